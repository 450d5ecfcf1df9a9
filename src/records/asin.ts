/**
 * ASINs as Amazon writes them: ten letters A–Z and digits. A seller's own sheet may hold one in
 * lower case, with a zero-width space pasted from a web page, in full-width letters, or with a
 * Cyrillic or Greek letter that looks Latin ("В0…" with a Cyrillic Ve). Each is read as the ASIN
 * it shows, and the reader says so; a value that is no ASIN even then is kept as written and
 * reported, never silently matched or dropped.
 */

/** Letters of other scripts that look like Latin capitals or digits, to the Latin they show. */
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Ԛ: 'Q',
  Ԝ: 'W',
  З: '3',
  а: 'A',
  в: 'B',
  е: 'E',
  к: 'K',
  м: 'M',
  н: 'H',
  о: 'O',
  р: 'P',
  с: 'C',
  т: 'T',
  х: 'X',
  у: 'Y',
  і: 'I',
  ј: 'J',
  ѕ: 'S',
  ԛ: 'Q',
  ԝ: 'W',
  // Greek
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'O',
  ν: 'V',
};

/** Invisible characters a copy from a web page or a chat can carry. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

const ASIN = /^[A-Z0-9]{10}$/;

export type AsinReading =
  | { kind: 'asis'; asin: string }
  | { kind: 'normalised'; asin: string; changes: ('case' | 'invisible' | 'width' | 'lookalike')[] }
  | { kind: 'invalid'; asin: string };

/** The ASIN a cell shows. */
export function readAsin(written: string): AsinReading {
  if (ASIN.test(written)) return { kind: 'asis', asin: written };
  const changes = new Set<'case' | 'invisible' | 'width' | 'lookalike'>();
  let s = written.replace(INVISIBLE, () => (changes.add('invisible'), ''));
  const nfkc = s.normalize('NFKC');
  if (nfkc !== s) changes.add('width');
  s = [...nfkc]
    .map((ch) => {
      const latin = LOOKALIKES[ch];
      if (latin) changes.add('lookalike');
      return latin ?? ch;
    })
    .join('');
  const upper = s.toUpperCase();
  if (upper !== s) changes.add('case');
  const trimmed = upper.trim();
  if (!ASIN.test(trimmed)) return { kind: 'invalid', asin: written };
  return { kind: 'normalised', asin: trimmed, changes: [...changes] };
}
