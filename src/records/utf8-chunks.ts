/**
 * Chunks cut at UTF-8 character boundaries. exceljs's streaming reader decodes every chunk of
 * a part on its own, so a character whose bytes fall on a chunk boundary becomes two U+FFFD — in
 * a 150,000-row invoice sheet, supplier names like "テス��卸株式会社". Handing it chunks that
 * end on a whole character keeps every character whole.
 */
import { Transform } from 'node:stream';

/** Length of the longest prefix of `b` that ends on a whole UTF-8 character. */
export function wholeCharsLength(b: Uint8Array): number {
  const n = b.length;
  // look back over at most 3 continuation bytes for the lead byte of the last character
  for (let i = n - 1; i >= 0 && i >= n - 4; i--) {
    const x = b[i]!;
    if ((x & 0xc0) === 0x80) continue; // continuation byte
    const need = x >= 0xf0 ? 4 : x >= 0xe0 ? 3 : x >= 0xc0 ? 2 : 1;
    return n - i >= need ? n : i;
  }
  return n; // no lead byte nearby: invalid anyway, leave it to the decoder
}

/** The same bytes, re-chunked so that no chunk ends inside a character. */
export async function* wholeCharChunks(
  source: AsyncIterable<Uint8Array | string>,
): AsyncGenerator<Uint8Array | string> {
  let carry: Buffer = Buffer.alloc(0);
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    const b = carry.length ? Buffer.concat([carry, chunk]) : Buffer.from(chunk);
    const cut = wholeCharsLength(b);
    carry = b.subarray(cut);
    if (cut > 0) yield b.subarray(0, cut);
  }
  if (carry.length) yield carry;
}

/** A stream transform doing the same. */
export function wholeCharTransform(): Transform {
  let carry: Buffer = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      const b = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      const cut = wholeCharsLength(b);
      carry = b.subarray(cut);
      done(null, cut > 0 ? b.subarray(0, cut) : undefined);
    },
    flush(done) {
      done(null, carry.length ? carry : undefined);
    },
  });
}
