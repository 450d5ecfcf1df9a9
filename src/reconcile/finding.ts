/** Making findings: a code, a severity, a catalogue message and what it is about. */
import { t, type Params } from '../i18n/catalogue.js';
import type { SourceRef } from '../records/types.js';
import type { Finding, FindingCode } from './types.js';

export type Refs = Pick<
  Finding,
  'asin' | 'invoice' | 'supplier' | 'file' | 'date' | 'sheet' | 'row' | 'jsonPath'
>;

/**
 * A finding whose message is the catalogue entry `reconcile.<code>[.variant]`. `perLang` gives
 * parameters whose text differs by language (lists of field names, for instance).
 */
export function finding(
  code: FindingCode,
  severity: Finding['severity'],
  params: Params,
  refs: Refs,
  opts: { variant?: string; perLang?: { ja: Params; en: Params } } = {},
): Finding {
  const key = `reconcile.${code}${opts.variant ? `.${opts.variant}` : ''}`;
  const message = opts.perLang
    ? {
        ja: t(key, { ...params, ...opts.perLang.ja }).ja,
        en: t(key, { ...params, ...opts.perLang.en }).en,
      }
    : t(key, params);
  const f: Finding = { code, severity, message };
  for (const k of ['asin', 'invoice', 'supplier', 'file', 'date', 'sheet', 'jsonPath'] as const)
    if (refs[k] !== undefined) f[k] = refs[k];
  if (refs.row !== undefined) f.row = refs.row;
  return f;
}

/** Localised list of catalogue entries, joined the way each language writes lists. */
export function listParam(keys: string[]): { ja: string; en: string } {
  return {
    ja: keys.map((k) => t(k).ja).join('、'),
    en: keys.map((k) => t(k).en).join(', '),
  };
}

/** The file, sheet and row of a record row, as finding refs. */
export function at(src: SourceRef): Pick<Finding, 'file' | 'sheet' | 'row'> {
  return { file: src.file, row: src.row, ...(src.sheet ? { sheet: src.sheet } : {}) };
}

/** Distinct values in first-seen order. */
export function distinct<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

/** Findings of one rule about record rows listed at most (the rest are counted in one more). */
export const MAX_LISTED_FINDINGS = 100;

/**
 * The findings `make` gives for the first MAX_LISTED_FINDINGS `subjects` (in their order), and
 * for the rest one MORE_FINDINGS finding of the same severity that counts them: never left out
 * silently, and a case whose millions of invoice lines each name their own invoice gets a list
 * one can read (and holds in memory) instead of millions of findings.
 */
export function listed<T>(
  subjects: readonly T[],
  make: (x: T) => Finding,
  /** How many subjects there are, when `subjects` are only the first of them. */
  count = subjects.length,
): Finding[] {
  const shown = subjects.slice(0, MAX_LISTED_FINDINGS).map(make);
  const rest = count - shown.length;
  const like = shown[0];
  if (rest > 0 && like)
    shown.push(
      finding(
        'MORE_FINDINGS',
        like.severity,
        { code: like.code, count: rest, shown: shown.length },
        {},
      ),
    );
  return shown;
}

/** Invoice numbers named in one message at most. */
export const MAX_NAMED_INVOICES = 20;

/** Distinct invoice numbers for a message: the first MAX_NAMED_INVOICES, then how many more. */
export function invoiceList(numbers: Iterable<string>): string {
  const all = distinct(numbers);
  const named = all.slice(0, MAX_NAMED_INVOICES).join(', ');
  return all.length > MAX_NAMED_INVOICES
    ? `${named} … (+${all.length - MAX_NAMED_INVOICES})`
    : named;
}
