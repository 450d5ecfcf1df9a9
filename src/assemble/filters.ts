/**
 * Bounded decoding of a PDF stream's filter chain. Every stage (Flate, LZW, ASCIIHex, ASCII85,
 * RunLength, with PNG/TIFF predictors) runs as a stream feeding the next, and a counter at the
 * end stops the whole chain as soon as the output passes its limit: a bomb costs the limit, not
 * what it would expand to, and no stage holds more than a chunk. Image codecs (DCT, JPX, JBIG2,
 * CCITT) end the chain undecoded: their size is judged from their own headers (pdfcheck.ts,
 * codecheaders.ts) and the image dictionary.
 */
import { Readable, Transform, Writable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflate, constants as zc } from 'node:zlib';

/** The chain's output went past its limit. */
export class DecodeLimitError extends Error {
  constructor(readonly limit: number) {
    super(`expands to more than ${formatBytes(limit)} (a decompression bomb?)`);
  }
}

export function formatBytes(n: number): string {
  return n >= 1 << 30
    ? `${+(n / (1 << 30)).toFixed(1)} GiB`
    : n >= 1 << 20
      ? `${+(n / (1 << 20)).toFixed(1)} MiB`
      : `${n} bytes`;
}

/** Most bytes decoded to read an image codec's headers apart from its image (JBIG2Globals). */
export const MAX_CODEC_HEADER_BYTES = 64 * 1024 * 1024;

/** Filters that end a chain: image codecs whose pixels we never decode. */
export const IMAGE_CODECS = new Set(['DCTDecode', 'JPXDecode', 'JBIG2Decode', 'CCITTFaxDecode']);

const ABBREVIATIONS: Record<string, string> = {
  AHx: 'ASCIIHexDecode',
  A85: 'ASCII85Decode',
  LZW: 'LZWDecode',
  Fl: 'FlateDecode',
  RL: 'RunLengthDecode',
  CCF: 'CCITTFaxDecode',
  DCT: 'DCTDecode',
};

export function filterName(n: string): string {
  return ABBREVIATIONS[n] ?? n;
}

/** One stage of a chain: the filter and its /DecodeParms as plain numbers. */
export interface FilterStage {
  name: string;
  parms: Record<string, number>;
}

/** Longest predictor row we accept (a 1-bit row of 500 million columns is not a page). */
const MAX_ROW_BYTES = 1 << 24;

class Counter extends Writable {
  bytes = 0;
  constructor(
    private readonly limit: number,
    private readonly sink?: (chunk: Buffer) => void,
  ) {
    super();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    this.bytes += chunk.length;
    if (this.bytes <= this.limit) this.sink?.(chunk);
    cb(this.bytes > this.limit ? new DecodeLimitError(this.limit) : null);
  }
}

/**
 * A Transform whose output goes through a 64 KiB buffer and is counted: past `limit` bytes it
 * stops at once (one input chunk of LZW or RunLength could otherwise expand a thousandfold
 * before the counter at the end of the chain sees it).
 */
abstract class Stage extends Transform {
  private out = Buffer.allocUnsafe(1 << 16);
  private outAt = 0;
  private total = 0;
  limit = Infinity;
  protected emit1(b: number): void {
    this.out[this.outAt++] = b;
    if (this.outAt === this.out.length) this.flushOut();
  }
  protected emitMany(src: Uint8Array, start: number, end: number): void {
    while (start < end) {
      const n = Math.min(end - start, this.out.length - this.outAt);
      this.out.set(src.subarray(start, start + n), this.outAt);
      this.outAt += n;
      start += n;
      if (this.outAt === this.out.length) this.flushOut();
    }
  }
  protected flushOut(): void {
    this.total += this.outAt;
    if (this.total > this.limit) throw new DecodeLimitError(this.limit);
    if (this.outAt) this.push(Buffer.from(this.out.subarray(0, this.outAt)));
    this.outAt = 0;
  }
  protected abstract consume(chunk: Buffer): void;
  protected finish(): void {}
  override _transform(chunk: Buffer, _e: BufferEncoding, cb: TransformCallback): void {
    try {
      this.consume(chunk);
      this.flushOut();
      cb();
    } catch (e) {
      cb(e as Error);
    }
  }
  override _flush(cb: TransformCallback): void {
    try {
      this.finish();
      this.flushOut();
      cb();
    } catch (e) {
      cb(e as Error);
    }
  }
}

const isSpace = (c: number) =>
  c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;

class AsciiHex extends Stage {
  private high = -1;
  private done = false;
  protected consume(chunk: Buffer): void {
    for (const c of chunk) {
      if (this.done) return;
      if (c === 0x3e) {
        this.done = true;
        break;
      }
      if (isSpace(c)) continue;
      const v =
        c >= 0x30 && c <= 0x39
          ? c - 0x30
          : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66
            ? (c | 0x20) - 0x57
            : -1;
      if (v < 0) throw new Error('ASCIIHexDecode: not a hex digit');
      if (this.high < 0) this.high = v;
      else {
        this.emit1((this.high << 4) | v);
        this.high = -1;
      }
    }
  }
  protected override finish(): void {
    if (this.high >= 0) this.emit1(this.high << 4);
  }
}

class Ascii85 extends Stage {
  private group: number[] = [];
  private done = false;
  private tilde = false;
  private flushGroup(n: number): void {
    const g = this.group;
    while (g.length < 5) g.push(84);
    let v = 0;
    for (const d of g) v = v * 85 + d;
    if (v > 0xffffffff) throw new Error('ASCII85Decode: group out of range');
    const bytes = [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
    for (let i = 0; i < n; i++) this.emit1(bytes[i]!);
    this.group = [];
  }
  protected consume(chunk: Buffer): void {
    for (const c of chunk) {
      if (this.done) return;
      if (this.tilde) {
        if (c !== 0x3e) throw new Error('ASCII85Decode: ~ not followed by >');
        this.done = true;
        break;
      }
      if (isSpace(c)) continue;
      if (c === 0x7e) {
        this.tilde = true;
        continue;
      }
      if (c === 0x7a && this.group.length === 0) {
        for (let i = 0; i < 4; i++) this.emit1(0);
        continue;
      }
      if (c < 0x21 || c > 0x75) throw new Error('ASCII85Decode: bad character');
      this.group.push(c - 0x21);
      if (this.group.length === 5) this.flushGroup(4);
    }
  }
  protected override finish(): void {
    if (this.group.length === 1) throw new Error('ASCII85Decode: stray final character');
    if (this.group.length > 1) this.flushGroup(this.group.length - 1);
  }
}

class RunLength extends Stage {
  private count = -1; // pending length byte: literal run (0..127) or repeat (129..255)
  private left = 0;
  private done = false;
  protected consume(chunk: Buffer): void {
    for (const c of chunk) {
      if (this.done) return;
      if (this.left > 0) {
        this.emit1(c);
        this.left--;
        continue;
      }
      if (this.count < 0) {
        if (c === 128) this.done = true;
        else if (c < 128) this.left = c + 1;
        else this.count = 257 - c;
        continue;
      }
      for (let i = 0; i < this.count; i++) this.emit1(c);
      this.count = -1;
    }
  }
}

/** PDF LZW (the variant of TIFF, with /EarlyChange). */
class Lzw extends Stage {
  private readonly early: number;
  private prefix = new Int32Array(4096);
  private suffix = new Uint8Array(4096);
  private length = new Uint16Array(4096);
  private seq = new Uint8Array(4096);
  private next = 258;
  private width = 9;
  private prev = -1;
  private acc = 0;
  private bits = 0;
  private done = false;
  constructor(earlyChange: number) {
    super();
    this.early = earlyChange === 0 ? 0 : 1;
    for (let i = 0; i < 256; i++) {
      this.prefix[i] = -1;
      this.suffix[i] = i;
      this.length[i] = 1;
    }
  }
  /** Writes entry `code` into seq, returns its length. */
  private spell(code: number): number {
    const n = this.length[code]!;
    for (let i = n - 1, c = code; i >= 0; i--) {
      this.seq[i] = this.suffix[c]!;
      c = this.prefix[c]!;
    }
    return n;
  }
  protected consume(chunk: Buffer): void {
    for (const byte of chunk) {
      if (this.done) return;
      this.acc = ((this.acc << 8) | byte) >>> 0;
      this.bits += 8;
      while (this.bits >= this.width && !this.done) {
        const code = (this.acc >>> (this.bits - this.width)) & ((1 << this.width) - 1);
        this.bits -= this.width;
        this.acc &= (1 << this.bits) - 1;
        this.code(code);
      }
    }
  }
  private code(code: number): void {
    if (code === 256) {
      this.next = 258;
      this.width = 9;
      this.prev = -1;
      return;
    }
    if (code === 257) {
      this.done = true;
      return;
    }
    let n: number;
    if (code < 256 || code < this.next) n = this.spell(code);
    else if (code === this.next && this.prev >= 0) {
      n = this.spell(this.prev);
      this.seq[n] = this.seq[0]!;
      n++;
    } else throw new Error('LZWDecode: code out of sequence');
    if (this.prev >= 0 && this.next < 4096) {
      this.prefix[this.next] = this.prev;
      this.suffix[this.next] = this.seq[0]!;
      this.length[this.next] = this.length[this.prev]! + 1;
      this.next++;
      const k = this.next + this.early;
      if (k >= 4096) this.width = 12;
      else if (k >= 2048) this.width = 12;
      else if (k >= 1024) this.width = 11;
      else if (k >= 512) this.width = 10;
    }
    this.prev = code;
    this.emitMany(this.seq, 0, n);
  }
}

/** PNG predictors (10–15): one filter-type byte before each row. */
class PngPredictor extends Stage {
  private readonly rowBytes: number;
  private readonly bpp: number;
  private row: Uint8Array;
  private prior: Uint8Array;
  private at = -1; // -1: the filter-type byte is next
  private type = 0;
  constructor(colors: number, bpc: number, columns: number) {
    super();
    this.rowBytes = Math.ceil((colors * bpc * columns) / 8);
    this.bpp = Math.max(1, Math.ceil((colors * bpc) / 8));
    this.row = new Uint8Array(this.rowBytes);
    this.prior = new Uint8Array(this.rowBytes);
  }
  protected consume(chunk: Buffer): void {
    for (const c of chunk) {
      if (this.at < 0) {
        this.type = c;
        this.at = 0;
        continue;
      }
      const i = this.at;
      const left = i >= this.bpp ? this.row[i - this.bpp]! : 0;
      const up = this.prior[i]!;
      const ul = i >= this.bpp ? this.prior[i - this.bpp]! : 0;
      let v: number;
      switch (this.type) {
        case 0:
          v = c;
          break;
        case 1:
          v = c + left;
          break;
        case 2:
          v = c + up;
          break;
        case 3:
          v = c + ((left + up) >> 1);
          break;
        case 4: {
          const p = left + up - ul;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - ul);
          v = c + (pa <= pb && pa <= pc ? left : pb <= pc ? up : ul);
          break;
        }
        default:
          throw new Error(`PNG predictor: unknown row filter ${this.type}`);
      }
      this.row[i] = v & 0xff;
      if (++this.at === this.rowBytes) {
        this.emitMany(this.row, 0, this.rowBytes);
        [this.prior, this.row] = [this.row, this.prior];
        this.at = -1;
      }
    }
  }
}

/** TIFF predictor 2 for 8-bit samples (other depths keep their length: passed on as they are). */
class TiffPredictor extends Stage {
  private readonly rowBytes: number;
  private readonly colors: number;
  private readonly eightBit: boolean;
  private row: Uint8Array;
  private at = 0;
  constructor(colors: number, bpc: number, columns: number) {
    super();
    this.colors = colors;
    this.eightBit = bpc === 8;
    this.rowBytes = Math.ceil((colors * bpc * columns) / 8);
    this.row = new Uint8Array(this.rowBytes);
  }
  protected consume(chunk: Buffer): void {
    for (const c of chunk) {
      const i = this.at;
      this.row[i] = this.eightBit && i >= this.colors ? (c + this.row[i - this.colors]!) & 0xff : c;
      if (++this.at === this.rowBytes) {
        this.emitMany(this.row, 0, this.rowBytes);
        this.at = 0;
      }
    }
  }
}

function predictor(p: Record<string, number>): Transform | undefined {
  const kind = p.Predictor ?? 1;
  if (kind === 1) return undefined;
  const colors = p.Colors ?? 1;
  const bpc = p.BitsPerComponent ?? 8;
  const columns = p.Columns ?? 1;
  const valid = (v: number, max: number) => Number.isInteger(v) && v >= 1 && v <= max;
  if (!valid(colors, 32) || ![1, 2, 4, 8, 16].includes(bpc) || !valid(columns, 1 << 30))
    throw new Error('predictor parameters out of range');
  if (Math.ceil((colors * bpc * columns) / 8) > MAX_ROW_BYTES)
    throw new Error(
      `predictor rows of ${columns} columns are longer than ${formatBytes(MAX_ROW_BYTES)}`,
    );
  if (kind === 2) return new TiffPredictor(colors, bpc, columns);
  if (kind >= 10 && kind <= 15) return new PngPredictor(colors, bpc, columns);
  throw new Error(`unknown predictor ${kind}`);
}

function stagesOf(f: FilterStage, limit: number, last: boolean): Transform[] {
  const out = stagesOfFilter(f, last);
  for (const t of out) if (t instanceof Stage) t.limit = limit;
  return out;
}

/** The stages of one filter; a predictor that ends the chain is left out (it only shortens). */
function stagesOfFilter(f: FilterStage, last: boolean): Transform[] {
  const out: Transform[] = [];
  switch (f.name) {
    case 'FlateDecode':
      // a stream cut short still gives what it holds, as viewers show it
      out.push(createInflate({ finishFlush: zc.Z_SYNC_FLUSH }));
      break;
    case 'LZWDecode':
      out.push(new Lzw(f.parms.EarlyChange ?? 1));
      break;
    case 'ASCIIHexDecode':
      out.push(new AsciiHex());
      return out;
    case 'ASCII85Decode':
      out.push(new Ascii85());
      return out;
    case 'RunLengthDecode':
      out.push(new RunLength());
      return out;
    default:
      throw new Error(`unsupported filter /${f.name}`);
  }
  const p = predictor(f.parms);
  if (p && !last) out.push(p);
  return out;
}

/**
 * Decodes `data` through `chain` (up to the first image codec) and returns how many bytes came
 * out; rejects with DecodeLimitError as soon as more than `limit` would, or with an Error naming
 * the filter when the data is damaged.
 */
export async function decodedSize(
  data: Uint8Array,
  chain: FilterStage[],
  limit: number,
  /** Given the decoded bytes chunk by chunk (within the limit). */
  sink?: (chunk: Buffer) => void,
): Promise<number> {
  const transforms: Transform[] = [];
  const end = chain.findIndex((f) => IMAGE_CODECS.has(f.name));
  const decoded = end < 0 ? chain : chain.slice(0, end);
  decoded.forEach((f, i) => transforms.push(...stagesOf(f, limit, i === decoded.length - 1)));
  const counter = new Counter(limit, sink);
  if (transforms.length === 0) {
    if (data.length > limit) throw new DecodeLimitError(limit);
    sink?.(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    return data.length;
  }
  await pipeline([
    Readable.from([Buffer.from(data.buffer, data.byteOffset, data.byteLength)]),
    ...transforms,
    counter,
  ]);
  return counter.bytes;
}
