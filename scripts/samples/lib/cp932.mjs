/**
 * A CP932 (Windows Shift_JIS) encoder built from the platform's decoder: every single- and
 * double-byte code is decoded once and the reverse map kept. No dependency needed.
 */
let table;

function buildTable() {
  const map = new Map();
  const dec = new TextDecoder('shift_jis', { fatal: true });
  for (let b = 0x20; b < 0x7f; b++) map.set(String.fromCharCode(b), [b]);
  for (let b = 0xa1; b <= 0xdf; b++) map.set(dec.decode(new Uint8Array([b])), [b]);
  const leads = [];
  for (let b = 0x81; b <= 0x9f; b++) leads.push(b);
  for (let b = 0xe0; b <= 0xfc; b++) leads.push(b);
  for (const lead of leads) {
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      let ch;
      try {
        ch = dec.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if (ch.length === 0 || ch === '\ufffd') continue;
      // The first code wins: NEC and IBM duplicates map to the NEC row as Windows does.
      if (!map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  map.set('\t', [0x09]);
  map.set('\n', [0x0a]);
  map.set('\r', [0x0d]);
  return map;
}

/** Encodes text as CP932; throws on a character CP932 cannot hold. */
export function encodeCp932(text) {
  table ??= buildTable();
  const out = [];
  for (const ch of text) {
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`cannot encode ${JSON.stringify(ch)} in CP932`);
    out.push(...bytes);
  }
  return Buffer.from(out);
}

/** Windows-1252 bytes 0x80–0x9F (the rest equals ISO-8859-1); some Node builds decode them as C1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Encodes text as Windows-1252; throws on a character outside it. */
export function encodeWindows1252(text) {
  const rev = new Map();
  for (let b = 0; b < 256; b++) {
    const ch = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    if (!rev.has(ch)) rev.set(ch, b);
  }
  const out = [];
  for (const ch of text) {
    const b = rev.get(ch);
    if (b === undefined) throw new Error(`cannot encode ${JSON.stringify(ch)} in Windows-1252`);
    out.push(b);
  }
  return Buffer.from(out);
}
