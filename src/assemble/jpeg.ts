/**
 * JPEG byte-stream surgery without touching the pixels: read the EXIF orientation and drop the
 * metadata segments (EXIF with GPS and camera, XMP, IPTC, comments) before the bytes are embedded.
 */

export interface JpegSegment {
  marker: number;
  /** Offset of the 0xFF of the marker. */
  start: number;
  /** Offset just after the segment (marker + length field + payload). */
  end: number;
}

/** Markers without a length field. */
function standalone(m: number): boolean {
  return m === 0x01 || (m >= 0xd0 && m <= 0xd9);
}

/**
 * The header segments up to and including SOS (the entropy-coded data follows SOS).
 * Throws when the structure is broken.
 */
export function jpegSegments(b: Uint8Array): { segments: JpegSegment[]; sosEnd: number } {
  if (b[0] !== 0xff || b[1] !== 0xd8) throw new Error('no SOI marker');
  const segments: JpegSegment[] = [];
  let pos = 2;
  while (pos < b.length) {
    if (b[pos] !== 0xff) throw new Error(`expected a marker at byte ${pos}`);
    let m = b[pos + 1];
    let p = pos + 1;
    while (m === 0xff && p + 1 < b.length) m = b[++p]; // fill bytes
    const start = p - 1;
    if (m === undefined) throw new Error('truncated');
    if (standalone(m)) {
      if (m === 0xd9) throw new Error('EOI before image data');
      pos = p + 1;
      continue;
    }
    if (p + 2 >= b.length) throw new Error('truncated segment header');
    const len = (b[p + 1]! << 8) | b[p + 2]!;
    const end = p + 1 + len;
    if (len < 2 || end > b.length)
      throw new Error(`segment 0xFF${m.toString(16)} runs past the end`);
    segments.push({ marker: m, start, end });
    if (m === 0xda) return { segments, sosEnd: end };
    pos = end;
  }
  throw new Error('no SOS marker (no image data)');
}

/** Reads the EXIF orientation (1–8) from APP1, or 1 when absent or unreadable. */
export function jpegOrientation(b: Uint8Array): number {
  let segs: JpegSegment[];
  try {
    segs = jpegSegments(b).segments;
  } catch {
    return 1;
  }
  for (const s of segs) {
    if (s.marker !== 0xe1) continue;
    const o = s.start + 4;
    if (Buffer.from(b.subarray(o, o + 6)).toString('latin1') !== 'Exif\0\0') continue;
    const v = exifOrientation(b.subarray(o + 6, s.end));
    if (v) return v;
  }
  return 1;
}

/** Orientation tag (0x0112) of IFD0 of a TIFF-structured EXIF block. */
export function exifOrientation(t: Uint8Array): number | undefined {
  if (t.length < 8) return undefined;
  const le = t[0] === 0x49 && t[1] === 0x49;
  if (!le && !(t[0] === 0x4d && t[1] === 0x4d)) return undefined;
  const dv = new DataView(t.buffer, t.byteOffset, t.byteLength);
  const u16 = (o: number) => dv.getUint16(o, le);
  const u32 = (o: number) => dv.getUint32(o, le);
  const ifd = u32(4);
  if (ifd + 2 > t.length) return undefined;
  const n = u16(ifd);
  for (let i = 0; i < n; i++) {
    const e = ifd + 2 + i * 12;
    if (e + 12 > t.length) return undefined;
    if (u16(e) === 0x0112) {
      const v = u16(e + 8);
      return v >= 1 && v <= 8 ? v : undefined;
    }
  }
  return undefined;
}

/** The frame size from the SOF segment. */
export function jpegSize(b: Uint8Array): { width: number; height: number } {
  const { segments } = jpegSegments(b);
  for (const s of segments) {
    const m = s.marker;
    if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc) {
      const p = s.start + 4;
      return { height: (b[p + 1]! << 8) | b[p + 2]!, width: (b[p + 3]! << 8) | b[p + 4]! };
    }
  }
  throw new Error('no SOF segment');
}

/**
 * The same JPEG without metadata: APP1–APP13 and APP15 (EXIF incl. GPS and camera, XMP, ICC,
 * IPTC/Photoshop) and COM segments are cut out; APP0 (JFIF) and APP14 (Adobe colour transform,
 * needed to decode CMYK/YCCK correctly) stay. The entropy-coded data is copied byte for byte.
 */
export function stripJpegMetadata(b: Uint8Array): Buffer {
  const { segments } = jpegSegments(b);
  const keep = (m: number) => !((m >= 0xe1 && m <= 0xed) || m === 0xef || m === 0xfe);
  const parts: Uint8Array[] = [b.subarray(0, 2)];
  let cursor = 2;
  for (const s of segments) {
    if (!keep(s.marker)) {
      if (s.start > cursor) parts.push(b.subarray(cursor, s.start));
      cursor = s.end;
    }
  }
  parts.push(b.subarray(cursor));
  return Buffer.concat(parts);
}
