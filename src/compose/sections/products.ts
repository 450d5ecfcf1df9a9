/** §2 products concerned: ASIN, SKUs, title, brand, supplier. */
import type { ComposeContext } from '../context.js';
import type { Block } from '../model.js';

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
      p.jan ?? m('report.none'),
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
          { header: m('report.col.title'), align: 'left', width: 2.6 },
          { header: m('report.col.brand'), align: 'left', width: 1.1 },
          { header: m('report.col.supplier'), align: 'left', width: 1.5 },
          { header: m('report.col.jan'), align: 'left', width: 1.2, nowrap: true },
          { header: m('report.col.cited'), align: 'center', width: 0.7 },
        ],
        rows,
      },
    },
  ];
}
