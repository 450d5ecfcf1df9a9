/** §2 products concerned: ASIN, SKUs, title, brand, supplier. */
import { productCodesOf } from '../../case/codes.js';
import type { ComposeContext } from '../context.js';
import type { Block } from '../model.js';

/** JAN and the supplier product codes of a product, one per line (the supplier named when it has several). */
export function codesCell(ctx: ComposeContext, asin: string, supplierIds: string[]): string {
  const { c, m } = ctx;
  const pc = productCodesOf(c, asin);
  const lines: string[] = [];
  if (pc.jan) lines.push(m('codes.jan', { jan: pc.jan }));
  // a code shared by every supplier is shown once; different codes name their supplier
  const distinct = [...new Set(pc.codes.map((x) => x.code))];
  if (distinct.length === 1 || supplierIds.length < 2)
    for (const code of distinct) lines.push(m('codes.code', { code }));
  else
    for (const x of pc.codes)
      lines.push(
        x.supplierId
          ? m('codes.codeOf', { code: x.code, supplier: ctx.supplierName(x.supplierId) })
          : m('codes.code', { code: x.code }),
      );
  return lines.join('\n') || m('report.none');
}

export function productBlocks(ctx: ComposeContext): Block[] {
  const { c, m } = ctx;
  const cited = new Set(c.notice.citedAsins);
  const rows = c.products.map((p) => ({
    cells: [
      p.asin,
      p.skus.join('\n'),
      p.title,
      p.brand,
      p.supplierIds.map((id) => ctx.supplierName(id)).join('\n') || m('report.none'),
      codesCell(ctx, p.asin, p.supplierIds),
      cited.has(p.asin) ? m('report.cited.yes') : m('report.cited.no'),
    ],
  }));
  return [
    {
      kind: 'table',
      table: {
        id: 'products',
        caption: m('report.products.caption'),
        columns: [
          { header: m('report.col.asin'), align: 'left', width: 1.15, nowrap: true },
          { header: m('report.col.sku'), align: 'left', width: 1.2 },
          { header: m('report.col.title'), align: 'left', width: 2.2 },
          { header: m('report.col.brand'), align: 'left', width: 1.0 },
          { header: m('report.col.supplier'), align: 'left', width: 1.4 },
          { header: m('codes.col'), align: 'left', width: 1.9 },
          { header: m('report.col.cited'), align: 'center', width: 0.7 },
        ],
        rows,
        note: m('codes.note'),
      },
    },
  ];
}
