/**
 * zod's issues about case.json as our problems: one message from the catalogue per issue code
 * (never zod's own English text), the JSON path of the value (of the key itself for an unknown
 * key), what was expected and what was found, in both languages.
 */
import type { z } from 'zod';
import { problem, type Problem, type Shown } from '../errors.js';
import { hasMessage, t, type Localized } from '../i18n/catalogue.js';
import { editDistance as distance } from '../edit-distance.js';

type Issue = z.core.$ZodIssue;

/** `$.a.b[2].c` from a zod issue path. */
export function jsonPathOf(p: readonly PropertyKey[]): string {
  let s = '$';
  for (const k of p)
    s +=
      typeof k === 'number'
        ? `[${k}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(k))
          ? `.${String(k)}`
          : `[${JSON.stringify(String(k))}]`;
  return s;
}

/** The value written at `path` in the raw case.json, or undefined. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = raw;
  for (const k of path)
    v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** The JSON type of a value as zod names it (string, number, array, object, …). */
function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** The name of a JSON type in both languages ("文字列" / "a text"). */
function typeName(type: string): Localized {
  const key = `case.schema.type.${type}`;
  return hasMessage(key) ? t(key) : { ja: type, en: type };
}

/** A value written in case.json as shown in a message: its JSON, cut at 60 characters. */
function describeFound(v: unknown): Shown {
  if (v === undefined) return t('problem.nothing');
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** The object keys the schema knows at `path` (to suggest the one a typo meant). */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let s: unknown = schema;
  const step = (x: unknown): unknown => {
    // unwrap optional/default/nullable wrappers
    for (let i = 0; i < 8; i++) {
      const def = (x as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
      if (!def) return undefined;
      if (def.innerType) x = def.innerType;
      else return x;
    }
    return x;
  };
  for (const k of path) {
    s = step(s);
    const def = (s as { _zod: { def: Record<string, unknown> } } | undefined)?._zod.def;
    if (!def) return [];
    if (def.type === 'object') s = (def.shape as Record<string, unknown>)[String(k)];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else return [];
  }
  const def = (step(s) as { _zod?: { def: Record<string, unknown> } } | undefined)?._zod?.def;
  if (def?.type === 'object') return Object.keys(def.shape as Record<string, unknown>);
  // a record whose keys are an enum (narrative: the section ids)
  const keyDef = (def?.keyType as { _zod?: { def: Record<string, unknown> } } | undefined)?._zod
    ?.def;
  if (def?.type === 'record' && keyDef?.type === 'enum')
    return Object.keys(keyDef.entries as Record<string, unknown>);
  return [];
}

function closest(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

interface Said {
  message: Localized;
  expected?: Shown;
  found?: Shown;
  hint?: Localized;
}

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** A number bound as written in `expected`: ">= 1", "> 0", "<= 10". */
const bound = (op: '<' | '>', inclusive: boolean | undefined, n: unknown) =>
  `${op}${inclusive ? '=' : ''} ${String(n)}`;

/** What to say about one issue (all but unknown keys, which become one problem per key). */
function say(issue: Issue, found: unknown): Said {
  const shownFound = describeFound(found);
  // Our own schema refinements carry a catalogue key as their message.
  if (hasMessage(issue.message) && issue.message.startsWith('case.'))
    return { message: t(issue.message), found: shownFound };
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined)
        return {
          message: t('case.schema.missing', { key: String(issue.path.at(-1) ?? '$') }),
          expected: typeName(issue.expected),
          found: t('problem.nothing'),
        };
      return {
        message: t('case.schema.wrongType', {
          expected: typeName(issue.expected),
          found: typeName(typeOf(found)),
        }),
        expected: typeName(issue.expected),
        found: shownFound,
      };
    case 'too_small':
      if (issue.origin === 'string')
        return {
          message: t('case.schema.empty'),
          expected: t('case.schema.nonEmpty'),
          found: shownFound,
        };
      if (issue.origin === 'array' || issue.origin === 'set')
        return {
          message: t('case.schema.tooFew', { min: Number(issue.minimum) }),
          found: t('case.schema.items', { count: Array.isArray(found) ? found.length : 0 }),
        };
      return {
        message: t('case.schema.tooSmall'),
        expected: bound('>', issue.inclusive, issue.minimum),
        found: shownFound,
      };
    case 'too_big':
      if (issue.origin === 'string')
        return {
          message: t('case.schema.tooLong', { max: Number(issue.maximum) }),
          found: shownFound,
        };
      if (issue.origin === 'array' || issue.origin === 'set')
        return {
          message: t('case.schema.tooMany', { max: Number(issue.maximum) }),
          found: t('case.schema.items', { count: Array.isArray(found) ? found.length : 0 }),
        };
      return {
        message: t('case.schema.tooBig'),
        expected: bound('<', issue.inclusive, issue.maximum),
        found: shownFound,
      };
    case 'invalid_format': {
      const key = `case.schema.format.${issue.format}`;
      return {
        message: hasMessage(key) ? t(key) : t('case.schema.format'),
        found: shownFound,
      };
    }
    case 'invalid_value':
      return {
        message: t(issue.values.length === 1 ? 'case.schema.value' : 'case.schema.oneOf'),
        expected: list(issue.values),
        found: shownFound,
      };
    case 'invalid_union': {
      // "a text or a list": the types the alternatives expected
      const types = [
        ...new Set(
          issue.errors
            .map((e) => e[0])
            .filter((e) => e?.code === 'invalid_type')
            .map((e) => (e as { expected: string }).expected),
        ),
      ];
      const or = (lang: 'ja' | 'en') =>
        types.map((x) => typeName(x)[lang]).join(lang === 'ja' ? 'または' : ' or ');
      return {
        message: t('case.schema.union'),
        expected: types.length ? { ja: or('ja'), en: or('en') } : undefined,
        found: shownFound,
      };
    }
    case 'invalid_key':
      return { message: t('case.schema.key'), found: shownFound };
    case 'not_multiple_of':
      return {
        message: t('case.schema.multipleOf', { divisor: Number(issue.divisor) }),
        found: shownFound,
      };
    default:
      return { message: t('case.schema.invalid'), found: shownFound };
  }
}

/** zod issues as problems, with JSON paths, expected and found, in both languages. */
export function schemaProblems(error: z.ZodError, raw: unknown, schema?: z.ZodType): Problem[] {
  const out: Problem[] = [];
  const hint = t('case.schema.hint');
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = schema ? keysAt(schema, issue.path) : [];
      for (const key of issue.keys) {
        const near = closest(key, known);
        out.push(
          problem(
            'CASE_SCHEMA',
            { file: 'case.json', jsonPath: jsonPathOf([...issue.path, key]) },
            t('case.schema.unknownKey', { key }),
            { hint: near ? t('case.schema.unknownKey.near', { key: near }) : hint },
          ),
        );
      }
      continue;
    }
    const said = say(issue, valueAt(raw, issue.path));
    out.push(
      problem(
        'CASE_SCHEMA',
        { file: 'case.json', jsonPath: jsonPathOf(issue.path) },
        said.message,
        {
          hint: said.hint ?? hint,
          ...(said.expected !== undefined ? { expected: said.expected } : {}),
          ...(said.found !== undefined ? { found: said.found } : {}),
        },
      ),
    );
  }
  return out;
}
