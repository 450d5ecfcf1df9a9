/** §1 the issue: date, type, Amazon's words quoted, the cited ASINs. */
import type { ComposeContext } from '../context.js';
import type { Block } from '../model.js';

export function issueBlocks(ctx: ComposeContext): Block[] {
  const { c, m } = ctx;
  const n = c.notice;
  const titles = new Map(c.products.map((p) => [p.asin, p.title]));
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      runs: [
        {
          text: m('report.issue.lead', {
            date: ctx.date(n.receivedOn),
            type: n.type,
            count: n.citedAsins.length,
          }),
        },
      ],
    },
  ];
  if (n.citedAsins.length)
    blocks.push({
      kind: 'bullets',
      items: n.citedAsins.map((a) => {
        const title = titles.get(a);
        return title
          ? [{ text: a, bold: true }, { text: `  ${title}` }]
          : [{ text: a, bold: true }];
      }),
    });
  const facts = [
    { label: m('report.cover.noticeDate'), value: ctx.date(n.receivedOn) },
    { label: m('report.cover.noticeType'), value: n.type },
  ];
  if (n.referenceId) facts.push({ label: m('report.cover.referenceId'), value: n.referenceId });
  blocks.push({ kind: 'facts', rows: facts });
  blocks.push({ kind: 'quote', label: m('report.issue.quote'), text: n.text });
  return blocks;
}
