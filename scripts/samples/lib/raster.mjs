/**
 * A tiny raster canvas for the sample images: greyscale/RGB pixels, rectangles, lines and text
 * drawn from the real glyph outlines of Noto Sans JP (fontkit), anti-aliased by supersampling.
 */
import fontkit from '@pdf-lib/fontkit';
import { FONT_BOLD, FONT_REGULAR } from './pdf.mjs';

let fonts;
function font(bold) {
  fonts ??= { R: fontkit.create(FONT_REGULAR), B: fontkit.create(FONT_BOLD) };
  return bold ? fonts.B : fonts.R;
}

export class Canvas {
  constructor(w, h, bg = [255, 255, 255]) {
    this.w = w;
    this.h = h;
    this.px = new Float32Array(w * h * 3);
    for (let i = 0; i < w * h; i++) this.px.set(bg, i * 3);
  }

  /** Blends colour c into pixel (x, y) with coverage a (0..1). */
  blend(x, y, c, a) {
    if (x < 0 || y < 0 || x >= this.w || y >= this.h || a <= 0) return;
    const i = (y * this.w + x) * 3;
    for (let k = 0; k < 3; k++) this.px[i + k] = this.px[i + k] * (1 - a) + c[k] * a;
  }

  fillRect(x, y, w, h, c, a = 1) {
    for (let yy = Math.max(0, Math.round(y)); yy < Math.min(this.h, Math.round(y + h)); yy++)
      for (let xx = Math.max(0, Math.round(x)); xx < Math.min(this.w, Math.round(x + w)); xx++)
        this.blend(xx, yy, c, a);
  }

  strokeRect(x, y, w, h, c, t = 1) {
    this.fillRect(x, y, w, t, c);
    this.fillRect(x, y + h - t, w, t, c);
    this.fillRect(x, y, t, h, c);
    this.fillRect(x + w - t, y, t, h, c);
  }

  hline(x, y, w, c, t = 1) {
    this.fillRect(x, y, w, t, c);
  }

  vline(x, y, h, c, t = 1) {
    this.fillRect(x, y, t, h, c);
  }

  /** Width in pixels of `text` at size px. */
  measure(text, size, bold = false) {
    const f = font(bold);
    const run = f.layout(text);
    return (run.positions.reduce((s, p) => s + p.xAdvance, 0) * size) / f.unitsPerEm;
  }

  /** Draws text with its baseline at y; align left/right/center relative to x. */
  text(str, x, y, size, c = [20, 20, 20], { bold = false, align = 'left' } = {}) {
    const f = font(bold);
    const scale = size / f.unitsPerEm;
    const width = this.measure(str, size, bold);
    let pen = align === 'right' ? x - width : align === 'center' ? x - width / 2 : x;
    const run = f.layout(str);
    run.glyphs.forEach((g, i) => {
      this.glyph(g, pen + (run.positions[i].xOffset ?? 0) * scale, y, scale, c);
      pen += run.positions[i].xAdvance * scale;
    });
    return width;
  }

  glyph(g, ox, oy, scale, c) {
    const SS = 3;
    const polys = [];
    let cur = [];
    let last = [0, 0];
    const pt = (x, y) => [(ox + x * scale) * SS, (oy - y * scale) * SS];
    for (const { command, args } of g.path.commands) {
      if (command === 'moveTo') {
        if (cur.length) polys.push(cur);
        last = pt(args[0], args[1]);
        cur = [last];
      } else if (command === 'lineTo') {
        last = pt(args[0], args[1]);
        cur.push(last);
      } else if (command === 'quadraticCurveTo') {
        const c1 = pt(args[0], args[1]);
        const e = pt(args[2], args[3]);
        for (let t = 1; t <= 6; t++) {
          const u = t / 6;
          cur.push([
            (1 - u) ** 2 * last[0] + 2 * (1 - u) * u * c1[0] + u * u * e[0],
            (1 - u) ** 2 * last[1] + 2 * (1 - u) * u * c1[1] + u * u * e[1],
          ]);
        }
        last = e;
      } else if (command === 'bezierCurveTo') {
        const c1 = pt(args[0], args[1]);
        const c2 = pt(args[2], args[3]);
        const e = pt(args[4], args[5]);
        for (let t = 1; t <= 8; t++) {
          const u = t / 8;
          const v = 1 - u;
          cur.push([
            v ** 3 * last[0] + 3 * v * v * u * c1[0] + 3 * v * u * u * c2[0] + u ** 3 * e[0],
            v ** 3 * last[1] + 3 * v * v * u * c1[1] + 3 * v * u * u * c2[1] + u ** 3 * e[1],
          ]);
        }
        last = e;
      } else if (command === 'closePath') {
        if (cur.length) polys.push(cur);
        cur = [];
      }
    }
    if (cur.length) polys.push(cur);
    const edges = [];
    let minY = Infinity;
    let maxY = -Infinity;
    let minX = Infinity;
    let maxX = -Infinity;
    for (const p of polys)
      for (let i = 0; i < p.length; i++) {
        const a = p[i];
        const b = p[(i + 1) % p.length];
        minY = Math.min(minY, a[1]);
        maxY = Math.max(maxY, a[1]);
        minX = Math.min(minX, a[0]);
        maxX = Math.max(maxX, a[0]);
        if (a[1] !== b[1]) edges.push(a[1] < b[1] ? [a, b, 1] : [b, a, -1]);
      }
    if (!edges.length) return;
    const x0 = Math.floor(minX / SS);
    const y0 = Math.floor(minY / SS);
    const cw = Math.floor(maxX / SS) - x0 + 1;
    const ch = Math.floor(maxY / SS) - y0 + 1;
    const cov = new Float32Array(cw * ch);
    for (let sy = Math.floor(minY); sy <= Math.ceil(maxY); sy++) {
      const yc = sy + 0.5;
      const xs = [];
      for (const [a, b, dir] of edges)
        if (yc >= a[1] && yc < b[1])
          xs.push([a[0] + ((yc - a[1]) * (b[0] - a[0])) / (b[1] - a[1]), dir]);
      xs.sort((p, q) => p[0] - q[0]);
      let wind = 0;
      for (let k = 0; k < xs.length - 1; k++) {
        wind += xs[k][1];
        if (wind === 0) continue;
        for (let sx = Math.ceil(xs[k][0] - 0.5); sx + 0.5 < xs[k + 1][0]; sx++) {
          const px = Math.floor(sx / SS) - x0;
          const py = Math.floor(sy / SS) - y0;
          if (px >= 0 && py >= 0 && px < cw && py < ch) cov[py * cw + px] += 1 / (SS * SS);
        }
      }
    }
    for (let j = 0; j < ch; j++)
      for (let i = 0; i < cw; i++)
        if (cov[j * cw + i] > 0) this.blend(x0 + i, y0 + j, c, Math.min(1, cov[j * cw + i]));
  }

  /** Turns the page by a small angle about its centre (a sheet laid slightly askew on a scanner). */
  skew(degrees, bg) {
    const a = (degrees * Math.PI) / 180;
    const [cos, sin] = [Math.cos(a), Math.sin(a)];
    const src = this.px;
    const out = new Float32Array(src.length);
    const cx = this.w / 2;
    const cy = this.h / 2;
    for (let y = 0; y < this.h; y++)
      for (let x = 0; x < this.w; x++) {
        const sx = cos * (x - cx) + sin * (y - cy) + cx;
        const sy = -sin * (x - cx) + cos * (y - cy) + cy;
        const x0 = Math.floor(sx);
        const y0 = Math.floor(sy);
        const o = (y * this.w + x) * 3;
        if (x0 < 0 || y0 < 0 || x0 + 1 >= this.w || y0 + 1 >= this.h) {
          out.set(bg, o);
          continue;
        }
        const fx = sx - x0;
        const fy = sy - y0;
        for (let k = 0; k < 3; k++) {
          const p = (yy, xx) => src[(yy * this.w + xx) * 3 + k];
          out[o + k] =
            (p(y0, x0) * (1 - fx) + p(y0, x0 + 1) * fx) * (1 - fy) +
            (p(y0 + 1, x0) * (1 - fx) + p(y0 + 1, x0 + 1) * fx) * fy;
        }
      }
    this.px = out;
  }

  /** A new canvas k times smaller, each pixel the mean of a k × k block (smooths grain too). */
  downsample(k) {
    const out = new Canvas(Math.floor(this.w / k), Math.floor(this.h / k));
    for (let y = 0; y < out.h; y++)
      for (let x = 0; x < out.w; x++)
        for (let c = 0; c < 3; c++) {
          let s = 0;
          for (let dy = 0; dy < k; dy++)
            for (let dx = 0; dx < k; dx++)
              s += this.px[((y * k + dy) * this.w + x * k + dx) * 3 + c];
          out.px[(y * out.w + x) * 3 + c] = Math.round(s / (k * k));
        }
    return out;
  }

  /** RGBA bytes (for jpeg-js / pngjs), optionally rotated 90° counter-clockwise. */
  rgba({ rotateCcw = false } = {}) {
    const [w, h] = rotateCcw ? [this.h, this.w] : [this.w, this.h];
    const out = Buffer.alloc(w * h * 4);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        // Stored pixel (x, y) of a page turned 90° CCW shows source pixel (w-1-y? ...):
        // turning CCW maps source (sx, sy) to (sy, W-1-sx), so sx = W-1-y, sy = x.
        const sx = rotateCcw ? this.w - 1 - y : x;
        const sy = rotateCcw ? x : y;
        const i = (sy * this.w + sx) * 3;
        const o = (y * w + x) * 4;
        for (let k = 0; k < 3; k++)
          out[o + k] = Math.max(0, Math.min(255, Math.round(this.px[i + k])));
        out[o + 3] = 255;
      }
    return { data: out, width: w, height: h };
  }
}
