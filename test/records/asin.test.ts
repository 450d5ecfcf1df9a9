/** ASINs as they show: lower case, invisible, full-width and look-alike letters. */
import { describe, expect, test } from 'vitest';
import { readAsin } from '../../src/records/asin.js';

describe('readAsin', () => {
  test('an ASIN as Amazon writes it is taken as is', () => {
    expect(readAsin('B0HOSTILE1')).toEqual({ kind: 'asis', asin: 'B0HOSTILE1' });
  });
  test.each([
    ['b0hostile1', ['case']],
    ['B0HOST\u200bILE1', ['invisible']],
    ['\u202aB0HOSTILE1\u202c', ['invisible']],
    ['Ｂ０ＨＯＳＴＩＬＥ１', ['width']],
    ['\u0412\u0030HOSTILE1', ['lookalike']], // Cyrillic Ve
    ['B0H\u039fSTILE1', ['lookalike']], // Greek Omicron
  ])('%j is read as B0HOSTILE1 and says why', (written, changes) => {
    const r = readAsin(written);
    expect(r).toEqual({ kind: 'normalised', asin: 'B0HOSTILE1', changes });
  });
  test('a value that is no ASIN even then is kept as written', () => {
    expect(readAsin('B0HOSTILE')).toEqual({ kind: 'invalid', asin: 'B0HOSTILE' });
    expect(readAsin('商品B0HOSTILE1')).toEqual({ kind: 'invalid', asin: '商品B0HOSTILE1' });
  });
});
