// A CP932 (Windows Shift_JIS) encoder built from the platform's own decoder: every single- and
// double-byte code is decoded once with TextDecoder('shift_jis') and the mapping reversed. No
// extra dependency; CP932-only characters such as ①㈱髙 are included.

let table;

function buildTable() {
  const dec = new TextDecoder('shift_jis');
  const map = new Map();
  for (let b = 0x00; b <= 0x7f; b++) map.set(String.fromCharCode(b), [b]);
  for (let b = 0xa1; b <= 0xdf; b++) map.set(dec.decode(Uint8Array.of(b)), [b]);
  const leads = [];
  for (let l = 0x81; l <= 0x9f; l++) leads.push(l);
  for (let l = 0xe0; l <= 0xfc; l++) leads.push(l);
  for (const l of leads) {
    for (let t = 0x40; t <= 0xfc; t++) {
      if (t === 0x7f) continue;
      const ch = dec.decode(Uint8Array.of(l, t));
      if (ch.length !== 1 || ch === '\ufffd') continue;
      const prev = map.get(ch);
      // Where CP932 has two codes for one character, Windows writes the IBM extension (FA–FC)
      // rather than the NEC-selected copy (ED–EE); otherwise the first code wins.
      if (!prev || (prev[0] >= 0xed && prev[0] <= 0xee && l >= 0xfa)) map.set(ch, [l, t]);
    }
  }
  return map;
}

/** Encodes a string to CP932 bytes; throws on a character CP932 cannot represent. */
export function encodeCp932(str) {
  table ??= buildTable();
  const out = [];
  for (const ch of str) {
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`not representable in CP932: U+${ch.codePointAt(0).toString(16)}`);
    out.push(...bytes);
  }
  return Buffer.from(out);
}

/** The CP932 bytes of `str` as a latin1 "binary" string, to splice into fast latin1 writes. */
export function cp932Binary(str) {
  return encodeCp932(str).toString('latin1');
}
