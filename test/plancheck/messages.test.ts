import { describe, expect, it } from 'vitest';
import { plancheckMessages } from '../../src/i18n/messages/plancheck.js';

describe('plan-check messages', () => {
  const keys = Object.keys(plancheckMessages);
  it('fill both languages and pair every message with a hint', () => {
    for (const k of keys) {
      expect(plancheckMessages[k]!.ja.trim(), k).not.toBe('');
      expect(plancheckMessages[k]!.en.trim(), k).not.toBe('');
      if (!k.endsWith('.hint')) expect(keys, k).toContain(`${k}.hint`);
    }
  });
  it('use the same placeholders in both languages (titles apart)', () => {
    const ph = (s: string) =>
      [...s.matchAll(/\{(\w+)(?:\}|\s*,\s*plural\b)/g)]
        .map((m) => m[1]!.replace(/(Ja|En)$/, ''))
        .sort()
        .filter((v, i, a) => a.indexOf(v) === i);
    for (const k of keys)
      expect(ph(plancheckMessages[k]!.ja), k).toEqual(ph(plancheckMessages[k]!.en));
  });
});
