/**
 * CASE_PLACEHOLDER: example values that `init` writes (the example ASIN, seller, supplier, the
 * "paste the notice here" text, the example action and answer) still in the case. A reviewer who
 * reads 「例卸株式会社」 or B0EXAMPLE1 stops there, so `check` and `build` refuse them. The list
 * is taken from the template itself (both languages, both kinds), so it never drifts from it.
 */
import { problem, type Problem } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import { jsonPathOf, stripComments } from './load.js';
import type { Case } from './schema.js';
import { caseTemplate } from './template.js';

/**
 * Template fields whose value is an example to replace (paths with * for any array index). Names,
 * addresses and phone numbers shaped like real ones (山田 太郎, 03-0000-0000) are left to the
 * seller: a real value may look like them.
 */
const EXAMPLE_FIELDS = [
  'seller.legalName',
  'seller.storeName',
  'seller.merchantId',
  'notice.text',
  'notice.citedAsins.*',
  'products.*.asin',
  'products.*.skus.*',
  'products.*.title',
  'products.*.brand',
  'suppliers.*.name',
  'actionsTaken.*.what',
  'actionsTaken.*.noEvidenceReason',
  'rejectionAnswers.*.point',
  'rejectionAnswers.*.answer',
  'records.productCodes.*.code',
  'performance.deputy.name',
  'performance.deputy.phone',
];

function leaves(v: unknown, path: (string | number)[], out: [string, (string | number)[]][]) {
  if (typeof v === 'string') out.push([v, path]);
  else if (Array.isArray(v)) v.forEach((x, i) => leaves(x, [...path, i], out));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) leaves(x, [...path, k], out);
}

function matches(path: (string | number)[], pattern: string): boolean {
  const parts = pattern.split('.');
  return (
    parts.length === path.length &&
    parts.every((p, i) => (p === '*' ? typeof path[i] === 'number' : p === path[i]))
  );
}

let examples: Set<string> | undefined;

/** Every example value of the template, trimmed. */
export function exampleValues(): Set<string> {
  if (examples) return examples;
  examples = new Set();
  for (const lang of ['ja', 'en'] as const)
    for (const kind of ['authenticity', 'performance'] as const) {
      const found: [string, (string | number)[]][] = [];
      leaves(stripComments(caseTemplate(lang, kind)), [], found);
      for (const [value, path] of found)
        if (value.trim() && EXAMPLE_FIELDS.some((f) => matches(path, f)))
          examples.add(value.trim());
    }
  return examples;
}

/** One error for each example value left anywhere in the case (facts and narrative). */
export function placeholderProblems(c: Case): Problem[] {
  const ex = exampleValues();
  const found: [string, (string | number)[]][] = [];
  leaves(c, [], found);
  return found
    .filter(([value, path]) => path[0] !== '$schema' && ex.has(value.trim()))
    .map(([value, path]) =>
      problem(
        'CASE_PLACEHOLDER',
        { file: 'case.json', jsonPath: jsonPathOf(path) },
        t('case.placeholder', { value }),
        { hint: t('case.placeholder.hint'), found: value },
      ),
    );
}
