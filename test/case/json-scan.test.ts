/** What JSON.parse accepts silently in case.json: duplicates, __proto__, depth, long strings. */
import { describe, expect, test } from 'vitest';
import { scanCaseJson, JSON_LIMITS } from '../../src/case/json-scan.js';

const codes = (text: string) =>
  scanCaseJson(text).map((p) => [p.code, p.where.jsonPath, p.where.line]);

describe('scanCaseJson', () => {
  test('a valid case with repeated comment keys has no problem', () => {
    expect(codes('{"//": "a", "//": "b", "x": [1, {"y": "z"}], "w": null}')).toEqual([]);
  });
  test('a key written twice names both lines', () => {
    const ps = scanCaseJson('{\n "a": {\n  "b": 1,\n  "c": 2,\n  "b": 3\n }\n}');
    expect(ps.map((p) => [p.code, p.where.jsonPath, p.where.line, p.found])).toEqual([
      ['CASE_JSON_DUPLICATE_KEY', '$.a.b', 5, '3, 5'],
    ]);
  });
  test('__proto__ is refused where it is written', () => {
    expect(codes('{"records": {"headerAliases": {"__proto__": {}}}}')).toEqual([
      ['CASE_JSON_KEY', '$.records.headerAliases.__proto__', 1],
    ]);
  });
  test('nesting deeper than the limit stops at the first level too deep', () => {
    const deep = `{"x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const ps = scanCaseJson(deep);
    expect(ps).toHaveLength(1);
    expect(ps[0]!.code).toBe('CASE_JSON_DEPTH');
    expect(ps[0]!.where.jsonPath).toBe(`$.x${'[0]'.repeat(JSON_LIMITS.depth - 1)}`);
  });
  test('a string longer than the limit names its path, escapes and all', () => {
    const long = 'あ'.repeat(JSON_LIMITS.stringChars + 1);
    expect(codes(`{"n": {"rootCause": ["ok \\" \\\\", "${long}"]}}`)).toEqual([
      ['CASE_TEXT_TOO_LONG', '$.n.rootCause[1]', 1],
    ]);
  });
});
