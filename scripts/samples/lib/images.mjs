/**
 * Sample images: a scanned invoice as JPEG (rotated, with a hand-written EXIF block holding
 * Orientation=6 and GPS tags, as phones and scanner apps write them) and a PNG photo.
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

const TYPES = { BYTE: 1, ASCII: 2, SHORT: 3, LONG: 4, RATIONAL: 5 };
const SIZE = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8 };

/** Encodes one IFD (entries sorted by tag) at `start`; returns bytes and where the next goes. */
function ifd(entries, start, nextIfd = 0) {
  entries = [...entries].sort((a, b) => a.tag - b.tag);
  const head = 2 + entries.length * 12 + 4;
  let dataOff = start + head;
  const main = Buffer.alloc(head);
  const data = [];
  main.writeUInt16LE(entries.length, 0);
  entries.forEach((e, i) => {
    const type = TYPES[e.type];
    let bytes;
    if (e.type === 'ASCII') bytes = Buffer.from(`${e.value}\0`, 'latin1');
    else if (e.type === 'RATIONAL') {
      bytes = Buffer.alloc(e.value.length * 8);
      e.value.forEach(([n, d], k) => {
        bytes.writeUInt32LE(n, k * 8);
        bytes.writeUInt32LE(d, k * 8 + 4);
      });
    } else {
      const vals = Array.isArray(e.value) ? e.value : [e.value];
      bytes = Buffer.alloc(vals.length * SIZE[type]);
      vals.forEach((v, k) => {
        if (type === 1) bytes.writeUInt8(v, k);
        else if (type === 3) bytes.writeUInt16LE(v, k * 2);
        else bytes.writeUInt32LE(v, k * 4);
      });
    }
    const count = e.type === 'ASCII' ? bytes.length : bytes.length / SIZE[type];
    const o = 2 + i * 12;
    main.writeUInt16LE(e.tag, o);
    main.writeUInt16LE(type, o + 2);
    main.writeUInt32LE(count, o + 4);
    if (bytes.length <= 4) bytes.copy(main, o + 8);
    else {
      main.writeUInt32LE(dataOff, o + 8);
      const padded = bytes.length % 2 ? Buffer.concat([bytes, Buffer.alloc(1)]) : bytes;
      data.push(padded);
      dataOff += padded.length;
    }
  });
  main.writeUInt32LE(nextIfd, head - 4);
  const out = Buffer.concat([main, ...data]);
  return { bytes: out, end: start + out.length };
}

const dms = (deg) => {
  const d = Math.floor(deg);
  const mFloat = (deg - d) * 60;
  const m = Math.floor(mFloat);
  const s = Math.round((mFloat - m) * 60 * 100);
  return [
    [d, 1],
    [m, 1],
    [s, 100],
  ];
};

/**
 * The EXIF payload ("Exif\0\0" + TIFF) with IFD0 (make, model, orientation, date) and a GPS IFD.
 */
export function exifBlock({ make, model, orientation, dateTime, lat, lon }) {
  const ifd0Entries = (gpsOffset) => [
    { tag: 0x010f, type: 'ASCII', value: make },
    { tag: 0x0110, type: 'ASCII', value: model },
    { tag: 0x0112, type: 'SHORT', value: orientation },
    { tag: 0x011a, type: 'RATIONAL', value: [[200, 1]] },
    { tag: 0x011b, type: 'RATIONAL', value: [[200, 1]] },
    { tag: 0x0128, type: 'SHORT', value: 2 },
    { tag: 0x0132, type: 'ASCII', value: dateTime },
    { tag: 0x8825, type: 'LONG', value: gpsOffset },
  ];
  // First pass to learn where IFD0 ends, second with the real GPS offset.
  const probe = ifd(ifd0Entries(0), 8);
  const first = ifd(ifd0Entries(probe.end), 8);
  const gps = ifd(
    [
      { tag: 0x0000, type: 'BYTE', value: [2, 3, 0, 0] },
      { tag: 0x0001, type: 'ASCII', value: lat >= 0 ? 'N' : 'S' },
      { tag: 0x0002, type: 'RATIONAL', value: dms(Math.abs(lat)) },
      { tag: 0x0003, type: 'ASCII', value: lon >= 0 ? 'E' : 'W' },
      { tag: 0x0004, type: 'RATIONAL', value: dms(Math.abs(lon)) },
    ],
    first.end,
  );
  const tiffHead = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]);
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiffHead, first.bytes, gps.bytes]);
}

/** JPEG bytes of a canvas, stored turned 90° CCW (shown upright by Orientation=6). */
export function scanJpeg(canvas, exif, quality = 82) {
  const { data, width, height } = canvas.rgba({ rotateCcw: true });
  return Buffer.from(jpeg.encode({ data, width, height, exifBuffer: exif }, quality).data);
}

export function photoPng(canvas) {
  const { data, width, height } = canvas.rgba();
  const png = new PNG({ width, height });
  data.copy(png.data);
  return PNG.sync.write(png, { colorType: 2 });
}

/**
 * Makes a clean page look scanned: paper tone, uneven light, grain, a few specks and a grey
 * shadow along one edge. Deterministic (uses the given PRNG).
 */
export function scanLook(canvas, rnd) {
  const { w, h, px } = canvas;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      const light = 0.94 + 0.03 * Math.sin(x / 170 + y / 260) - 0.05 * Math.max(0, 1 - x / 22);
      const grain = (rnd.next() - 0.5) * 9;
      for (let k = 0; k < 3; k++) {
        const tone = k === 2 ? 0.985 : 1; // a slightly warm paper
        px[i + k] = px[i + k] * light * tone + grain;
      }
    }
  for (let n = 0; n < 60; n++) {
    const x = rnd.int(0, w - 3);
    const y = rnd.int(0, h - 3);
    canvas.fillRect(x, y, rnd.int(1, 2), rnd.int(1, 2), [90, 90, 90], 0.5);
  }
}
