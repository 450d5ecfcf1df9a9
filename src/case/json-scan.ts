/**
 * What JSON.parse accepts silently in case.json and we do not: a key written twice in one object
 * (the last one wins without a word), the key "__proto__" (dropped when copied), nesting deeper
 * than any case needs (100,000 levels overflow the stack of every later step), and strings longer
 * than any text a reviewer reads. One pass over text JSON.parse has already accepted, with no
 * recursion; every finding names the JSON path and line.
 */
import { problem, type Problem } from '../errors.js';
import { t } from '../i18n/catalogue.js';
import { jsonPathOf } from './issues.js';

export const JSON_LIMITS = {
  /** Objects and arrays inside each other. */
  depth: 64,
  /** Characters of one string (a paragraph of the plan is limited further: plan/limits.ts). */
  stringChars: 20_000,
  /** Problems of one kind listed before the rest are counted. */
  listed: 20,
};

interface Frame {
  kind: 'object' | 'array';
  path: PropertyKey[];
  /** Keys seen in this object with the line of their first occurrence. */
  keys: Map<string, number>;
  index: number;
  /** The key whose value comes next (objects). */
  pendingKey?: string;
}

/** Problems of valid JSON text (call after JSON.parse succeeded on the same text). */
export function scanCaseJson(text: string): Problem[] {
  const out: Problem[] = [];
  const where = (p: PropertyKey[], line: number) => ({
    file: 'case.json',
    line,
    jsonPath: jsonPathOf(p),
  });
  const stack: Frame[] = [];
  let line = 1;
  let i = 0;
  let longStrings = 0;
  const n = text.length;

  /** Path of the value that starts now. */
  const valuePath = (): PropertyKey[] => {
    const top = stack.at(-1);
    if (!top) return [];
    if (top.kind === 'array') return [...top.path, top.index];
    return [...top.path, top.pendingKey ?? ''];
  };

  /** Reads a string token starting at the quote at i; returns its value and moves i past it. */
  const readString = (): string => {
    const start = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x5c) i += 2;
      else if (c === 0x22) break;
      else i++;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };

  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === ',' || c === ':') {
      i++;
      continue;
    }
    const top = stack.at(-1);
    if (c === '"') {
      const isKey = top?.kind === 'object' && top.pendingKey === undefined;
      const startLine = line;
      const s = readString();
      if (isKey) {
        const first = top.keys.get(s);
        // comment keys ("//") may repeat: they are ignored anyway
        if (first !== undefined && !s.startsWith('//'))
          out.push(
            problem(
              'CASE_JSON_DUPLICATE_KEY',
              where([...top.path, s], startLine),
              t('case.json.duplicateKey', { key: s, first, second: startLine }),
              { hint: t('case.json.duplicateKey.hint'), found: `${first}, ${startLine}` },
            ),
          );
        else top.keys.set(s, startLine);
        if (s === '__proto__')
          out.push(
            problem('CASE_JSON_KEY', where([...top.path, s], startLine), t('case.json.protoKey'), {
              hint: t('case.json.protoKey.hint'),
            }),
          );
        top.pendingKey = s;
        continue;
      }
      if (s.length > JSON_LIMITS.stringChars && ++longStrings <= JSON_LIMITS.listed)
        out.push(
          problem(
            'CASE_TEXT_TOO_LONG',
            where(valuePath(), startLine),
            t('case.text.tooLong', { length: s.length, max: JSON_LIMITS.stringChars }),
            {
              hint: t('case.text.tooLong.hint'),
              expected: `<= ${JSON_LIMITS.stringChars}`,
              found: String(s.length),
            },
          ),
        );
      afterValue();
      continue;
    }
    if (c === '{' || c === '[') {
      const p = valuePath();
      if (stack.length >= JSON_LIMITS.depth) {
        out.push(
          problem(
            'CASE_JSON_DEPTH',
            where(p, line),
            t('case.json.depth', { max: JSON_LIMITS.depth }),
            { hint: t('case.json.depth.hint'), expected: `<= ${JSON_LIMITS.depth}` },
          ),
        );
        return out; // nothing below this level is looked at
      }
      stack.push({ kind: c === '{' ? 'object' : 'array', path: p, keys: new Map(), index: 0 });
      i++;
      continue;
    }
    if (c === '}' || c === ']') {
      stack.pop();
      i++;
      afterValue();
      continue;
    }
    // a number, true, false or null
    while (i < n && !/[\s,\]}]/.test(text[i]!)) i++;
    afterValue();
  }
  return out;

  function afterValue(): void {
    const top = stack.at(-1);
    if (!top) return;
    if (top.kind === 'array') top.index++;
    else top.pendingKey = undefined;
  }
}
