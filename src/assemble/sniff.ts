/** What a document really is, from its first bytes (never from its extension). */

export type ContentKind =
  'pdf' | 'jpeg' | 'png' | 'gif' | 'heic' | 'webp' | 'tiff' | 'bmp' | 'zip' | 'html' | 'unknown';

/** The kinds we can append. */
export type AcceptedKind = 'pdf' | 'jpeg' | 'png' | 'gif';

export function isAccepted(k: ContentKind): k is AcceptedKind {
  return k === 'pdf' || k === 'jpeg' || k === 'png' || k === 'gif';
}

function ascii(b: Uint8Array, start: number, end: number): string {
  return Buffer.from(b.subarray(start, end)).toString('latin1');
}

/** Detects the content kind by magic bytes. */
export function sniff(b: Uint8Array): ContentKind {
  // PDF: "%PDF-" within the first 1024 bytes (readers tolerate leading junk)
  if (ascii(b, 0, Math.min(b.length, 1024)).includes('%PDF-')) return 'pdf';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && ascii(b, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (b.length >= 6 && /^GIF8[79]a$/.test(ascii(b, 0, 6))) return 'gif';
  if (b.length >= 12 && ascii(b, 4, 8) === 'ftyp') {
    const brand = ascii(b, 8, 12);
    if (/^(heic|heix|hevc|hevx|heim|heis|mif1|msf1|avif|avis)$/.test(brand)) return 'heic';
  }
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  if (b.length >= 4 && (ascii(b, 0, 4) === 'II*\0' || ascii(b, 0, 4) === 'MM\0*')) return 'tiff';
  if (b.length >= 2 && ascii(b, 0, 2) === 'BM') return 'bmp';
  if (b.length >= 4 && ascii(b, 0, 4) === 'PK\x03\x04') return 'zip';
  const head = ascii(b, 0, Math.min(b.length, 512)).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  return 'unknown';
}

/** The content kind an extension promises, or undefined for extensions we do not know. */
export function kindOfExtension(file: string): ContentKind | undefined {
  const ext = file.toLowerCase().split('.').pop() ?? '';
  const map: Record<string, ContentKind> = {
    pdf: 'pdf',
    jpg: 'jpeg',
    jpeg: 'jpeg',
    jpe: 'jpeg',
    png: 'png',
    gif: 'gif',
    heic: 'heic',
    heif: 'heic',
    avif: 'heic',
    webp: 'webp',
    tif: 'tiff',
    tiff: 'tiff',
    bmp: 'bmp',
  };
  return map[ext];
}
