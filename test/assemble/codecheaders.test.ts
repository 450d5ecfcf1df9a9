/**
 * The sizes JPEG 2000, JBIG2 and CCITT images declare in their own headers, read from the
 * hand-made streams of the hostile corpus (scripts/hostile/round2-codecs.mjs).
 */
import { describe, expect, it } from 'vitest';
import {
  ccittFinding,
  jbig2Finding,
  jbig2Segments,
  jpxFinding,
} from '../../src/assemble/codecheaders.js';
// @ts-expect-error plain ESM script without types
import * as c from '../../scripts/hostile/round2-codecs.mjs';

const LIMIT = 250_000_000;
const dict = { width: 100, height: 100 };

describe('JPEG 2000 (SIZ and ihdr)', () => {
  it('accepts a codestream and a JP2 file of the dictionary size', () => {
    expect(jpxFinding(c.j2k({ width: 100, height: 100 }), dict, LIMIT)).toBeUndefined();
    const jp2 = c.jp2(c.j2k({ width: 100, height: 100 }), 100, 100);
    expect(jpxFinding(jp2, dict, LIMIT)).toBeUndefined();
  });

  it('refuses a SIZ over the pixel limit, whatever /Width says', () => {
    expect(jpxFinding(c.j2k({ width: 32000, height: 32000 }), dict, LIMIT)).toMatchObject({
      reason: 'size',
      what: 'JPEG 2000 SIZ',
      width: 32000,
      height: 32000,
    });
  });

  it('refuses a JP2 header box over the limit, and one that contradicts its codestream', () => {
    const code = c.j2k({ width: 100, height: 100 });
    expect(jpxFinding(c.jp2(code, 60000, 60000), dict, LIMIT)).toMatchObject({
      reason: 'size',
      what: 'JP2 ihdr',
    });
    expect(jpxFinding(c.jp2(code, 200, 100), dict, LIMIT)).toMatchObject({
      reason: 'mismatch',
      dictWidth: 200,
    });
  });

  it('refuses more tiles than a codestream can number, and 16,384 components', () => {
    const tiles = c.j2k({ width: 4000, height: 4000, tileW: 1, tileH: 1 });
    expect(jpxFinding(tiles, { width: 4000, height: 4000 }, LIMIT)).toMatchObject({
      reason: 'tiles',
      count: 16_000_000,
    });
    const comps = c.j2k({ width: 2000, height: 2000, comps: 16384, maxTiles: 0 });
    expect(jpxFinding(comps, { width: 2000, height: 2000 }, LIMIT)).toMatchObject({
      reason: 'samples',
      count: 16384,
    });
  });

  it('refuses a codestream of another size than the image dictionary', () => {
    expect(jpxFinding(c.j2k({ width: 3000, height: 3000 }), dict, LIMIT)).toMatchObject({
      reason: 'mismatch',
      width: 3000,
      dictWidth: 100,
    });
  });

  it('leaves data that is no codestream to the decoders (nothing is drawn)', () => {
    expect(jpxFinding(Buffer.from('not a jpeg 2000'), dict, LIMIT)).toBeUndefined();
  });
});

describe('JBIG2 (segments, globals)', () => {
  it('reads the segment headers of an embedded stream', () => {
    expect(jbig2Segments(c.jbig2Page(100, 100)).map((s) => s.type)).toEqual([48, 38]);
  });

  it('accepts a page of the dictionary size, with or without globals', () => {
    expect(jbig2Finding(c.jbig2Page(100, 100), undefined, dict, LIMIT)).toBeUndefined();
    const globals = c.patternDict(0, 8, 8, 4);
    expect(jbig2Finding(c.jbig2Page(100, 100), globals, dict, LIMIT)).toBeUndefined();
  });

  it('refuses a page, a region or a pattern dictionary in the globals over the limit', () => {
    const page = c.segment(0, 48, c.pageInfo(130000, 130000));
    expect(jbig2Finding(page, undefined, dict, LIMIT)).toMatchObject({
      what: 'JBIG2 page information',
      width: 130000,
    });
    const region = Buffer.concat([
      c.segment(0, 48, c.pageInfo(100, 100)),
      c.segment(1, 38, c.genericRegion(130000, 130000)),
    ]);
    expect(jbig2Finding(region, undefined, dict, LIMIT)).toMatchObject({ what: 'JBIG2 region' });
    const globals = c.patternDict(0, 255, 255, 1 << 18);
    expect(jbig2Finding(c.jbig2Page(100, 100), globals, dict, LIMIT)).toMatchObject({
      what: 'JBIG2 pattern dictionary',
      width: 255 * (1 << 18),
      height: 255,
    });
  });

  it('grows a page of unknown height with its regions and stripes', () => {
    const striped = Buffer.concat([
      c.segment(0, 48, c.pageInfo(100000, 0xffffffff, { striped: true, maxStripe: 128 })),
      c.segment(1, 38, c.genericRegion(100000, 8, 0, 160000)),
    ]);
    expect(jbig2Finding(striped, undefined, dict, LIMIT)).toMatchObject({
      what: 'JBIG2 page information (height unknown, striped)',
      height: 160008,
    });
    const stripe = Buffer.concat([
      c.segment(0, 48, c.pageInfo(100000, 0xffffffff, { striped: true, maxStripe: 128 })),
      c.endOfStripe(1, 5000),
    ]);
    expect(jbig2Finding(stripe, undefined, dict, LIMIT)).toMatchObject({ height: 5001 });
  });

  it('refuses a page of another width than the image dictionary', () => {
    expect(jbig2Finding(c.jbig2Page(200, 100), undefined, dict, LIMIT)).toMatchObject({
      reason: 'mismatch',
      width: 200,
    });
  });
});

describe('CCITT (/Columns, /Rows)', () => {
  it('accepts lines of the image width', () => {
    expect(ccittFinding({ K: -1, Columns: 100, Rows: 100 }, dict, LIMIT)).toBeUndefined();
    expect(ccittFinding({}, { width: 1728, height: 2200 }, LIMIT)).toBeUndefined();
  });

  it('refuses /Columns × /Rows over the limit and /Columns other than /Width', () => {
    expect(ccittFinding({ Columns: 536000000, Rows: 100 }, dict, LIMIT)).toMatchObject({
      reason: 'size',
      width: 536000000,
    });
    expect(
      ccittFinding({ Columns: 100000, Rows: 100000 }, { width: 100000, height: 100 }, LIMIT),
    ).toMatchObject({ reason: 'size', height: 100000 });
    expect(ccittFinding({ Columns: 1728 }, dict, LIMIT)).toMatchObject({ reason: 'mismatch' });
  });
});
