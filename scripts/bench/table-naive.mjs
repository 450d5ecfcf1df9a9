// Reference "naive": react-pdf's own pagination of the table — one <Page>, a `fixed` header row
// and one <View wrap={false}> per row; react-pdf splits it into pages itself (cost grows
// quadratically with rows). Same font, same columns, same rows as the other renderers.
// With --engine next, the page opts into react-pdf's new pagination engine (experimentalPagination,
// react-pdf 4.9), which measures content once instead of laying out the rest again at each break.
// Usage: node scripts/bench/table-naive.mjs --rows N [--out file.pdf] [--engine classic|next]
import React from 'react';
import { Document, Page, View, Text, Font, StyleSheet, renderToFile } from '@react-pdf/renderer';
import { COLUMNS, tableRows, tableArgs, FONT_REGULAR, FONT_BOLD } from './rows.mjs';

const { rows: n, out } = tableArgs();
const engineAt = process.argv.indexOf('--engine');
const engine = engineAt >= 0 ? process.argv[engineAt + 1] : 'classic';
const t0 = performance.now();
const rows = tableRows(n);
Font.register({
  family: 'NotoSansJP',
  fonts: [
    { src: FONT_REGULAR, fontWeight: 400 },
    { src: FONT_BOLD, fontWeight: 700 },
  ],
});
// Japanese breaks anywhere without a hyphen; ASCII words stay whole.
Font.registerHyphenationCallback((word) =>
  /^[\x20-\x7e]*$/.test(word) ? [word] : Array.from(word).flatMap((c) => [c, '']),
);
const s = StyleSheet.create({
  page: { paddingVertical: 40, paddingHorizontal: 40, fontFamily: 'NotoSansJP' },
  row: { flexDirection: 'row', borderBottomWidth: 0.3, borderBottomColor: '#999' },
  head: {
    flexDirection: 'row',
    backgroundColor: '#eef2f7',
    borderBottomWidth: 0.3,
    borderBottomColor: '#999',
  },
  cell: { padding: 3, fontSize: 8, lineHeight: 1.2 },
  bold: { fontWeight: 700 },
});
const h = React.createElement;
const cells = (get, bold) =>
  COLUMNS.map((c) =>
    h(
      View,
      { key: c.key, style: { width: `${c.width * 100}%` } },
      h(
        Text,
        {
          style: bold ? [s.cell, s.bold, { textAlign: c.align }] : [s.cell, { textAlign: c.align }],
        },
        get(c),
      ),
    ),
  );
const doc = h(
  Document,
  { creationDate: new Date(Date.UTC(2026, 9, 1)), producer: 'bench', creator: 'bench' },
  h(
    Page,
    { size: 'A4', style: s.page, ...(engine === 'next' ? { experimentalPagination: true } : {}) },
    h(
      View,
      { style: s.head, fixed: true },
      cells((c) => c.ja, true),
    ),
    rows.map((r, i) =>
      h(
        View,
        { key: i, style: s.row, wrap: false },
        cells((c) => r[c.key], false),
      ),
    ),
  ),
);
await renderToFile(doc, out);
console.log(
  JSON.stringify({
    renderer: 'react-pdf-naive',
    engine,
    rows: n,
    seconds: (performance.now() - t0) / 1000,
  }),
);
