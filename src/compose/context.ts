/** What every section generator gets: the case, the reconciliation, the language, helpers. */
import type { Case } from '../case/schema.js';
import { tr, type Lang, type Params } from '../i18n/catalogue.js';
import { formatDate } from '../i18n/format.js';
import type { Reconciliation } from '../reconcile/types.js';
import { planFromCase } from '../plan/from-case.js';
import type { Plan } from '../plan/types.js';
import {
  latePage,
  type ComposeInput,
  type EvidenceEntry,
  type NotSubmittedEntry,
} from './model.js';

export interface ComposeContext {
  c: Case;
  /** The seller's text of each section (plan.md, plan.docx or case.json's narrative). */
  plan: Plan;
  rec?: Reconciliation;
  lang: Lang;
  draft: boolean;
  evidence: EvidenceEntry[];
  /** Documents left out of the submission, with the reason. */
  notSubmitted: NotSubmittedEntry[];
  /** A catalogue text in the report's language. */
  m(key: string, params?: Params): string;
  date(iso: string | undefined): string;
  /** How our pages cite a case file: "A-3（41ページ）" / "A-3, p. 41", else the file name. */
  ref(file: string | undefined): string;
  /** A page of the evidence as printed: late when the input assumes a report length. */
  page(n: number): string;
  /** The supplier's display name for an id or a name as written. */
  supplierName(idOrName: string | undefined): string;
}

export function makeContext(input: ComposeInput): ComposeContext {
  const { lang } = input;
  const c = input.case;
  const evidence = input.evidence ?? [];
  const byFile = new Map<string, EvidenceEntry>();
  for (const e of evidence) byFile.set(e.file.normalize('NFC'), e);
  const m = (key: string, params?: Params) => tr(lang, key, params);
  const assumed = input.reportPages;
  const page = (n: number) => (assumed === undefined ? String(n) : latePage(n - assumed));
  const suppliers = new Map<string, string>();
  for (const s of c.suppliers) {
    suppliers.set(s.id, s.name);
    for (const a of s.aliases) suppliers.set(a, s.name);
  }
  return {
    c,
    plan: input.plan ?? planFromCase(c),
    rec: input.reconciliation,
    lang,
    draft: input.draft,
    evidence,
    notSubmitted: input.notSubmitted ?? [],
    m,
    date: (iso) => (iso ? formatDate(iso, lang) : m('report.none')),
    ref(file) {
      if (!file) return m('report.none');
      const e = byFile.get(file.normalize('NFC'));
      if (e) return m('report.ref.page', { label: e.label, page: page(e.firstPage) });
      return m('report.ref.file', { file });
    },
    page,
    supplierName: (s) => (s ? (suppliers.get(s) ?? s) : m('report.none')),
  };
}
