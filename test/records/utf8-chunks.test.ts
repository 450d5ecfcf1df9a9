/** Chunks cut on whole UTF-8 characters, whatever the boundaries of the chunks read. */
import { describe, expect, test } from 'vitest';
import { wholeCharChunks, wholeCharsLength } from '../../src/records/utf8-chunks.js';

describe('whole-character chunks', () => {
  const text = 'テスト卸株式会社 😀 é a';
  const bytes = Buffer.from(text);

  test('the length that ends on a whole character', () => {
    expect(wholeCharsLength(bytes)).toBe(bytes.length);
    expect(wholeCharsLength(bytes.subarray(0, 1))).toBe(0); // first byte of テ
    expect(wholeCharsLength(bytes.subarray(0, 4))).toBe(3);
    const emoji = Buffer.from('😀');
    for (let i = 1; i < 4; i++) expect(wholeCharsLength(emoji.subarray(0, i))).toBe(0);
  });

  test('every split of the bytes decodes chunk by chunk to the same text', async () => {
    for (let size = 1; size <= 7; size++) {
      async function* source() {
        for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
      }
      let out = '';
      for await (const c of wholeCharChunks(source()))
        out += typeof c === 'string' ? c : new TextDecoder().decode(c); // no stream: as exceljs
      expect(out, `chunks of ${size}`).toBe(text);
    }
  });
});
