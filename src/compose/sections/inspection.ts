/**
 * §5 inspection of returned units: every complaint unit (a return whose comment doubts
 * authenticity) with its order id, LPN, disposition, what became of it and the inspection record
 * that names its LPN.
 */
import { formatNumber } from '../../i18n/format.js';
import type { ComposeContext } from '../context.js';
import type { Block } from '../model.js';
import { returnsNotProvided } from './returns.js';

export function inspectionBlocks(ctx: ComposeContext): Block[] {
  const { rec, m } = ctx;
  if (!rec?.complaintUnits) return [];
  if (rec.sources?.returns === 'none') return returnsNotProvided(ctx);
  const units = rec.complaintUnits;
  if (!units.length) return [{ kind: 'paragraph', runs: [{ text: m('report.inspection.none') }] }];
  const open = units.filter((u) => !u.inspection).length;
  return [
    {
      kind: 'paragraph',
      runs: [
        {
          text: m(
            open === units.length
              ? 'report.inspection.lead.noneInspected'
              : 'report.inspection.lead',
            {
              count: formatNumber(units.length),
              inspected: formatNumber(units.length - open),
            },
          ),
        },
      ],
    },
    {
      kind: 'table',
      table: {
        id: 'returnInspection.units',
        caption: m('report.inspection.caption'),
        columns: [
          { header: m('report.col.returnDate'), align: 'left', width: 1.1, nowrap: true },
          { header: m('report.col.asin'), align: 'left', width: 1.1, nowrap: true },
          // identifiers and Amazon's codes are never broken (a reviewer searches for them)
          { header: m('report.col.orderId'), align: 'left', width: 1.5, nowrap: true },
          { header: m('report.col.lpn'), align: 'left', width: 1.2, nowrap: true },
          // what became of the unit, over Amazon's disposition code (the code as it is quoted in
          // the returns report; the free-text status, English in every marketplace, stays in the
          // workbook and the JSON)
          { header: m('report.col.outcome'), align: 'left', width: 1.6 },
          { header: m('report.col.inspection'), align: 'left', width: 1.2, nowrap: true },
        ],
        rows: units.map((u) => ({
          cells: [
            ctx.date(u.date),
            u.asin,
            u.orderId,
            u.lpn ?? m('report.none'),
            `${m(`report.outcome.${u.outcome}`)}\n${u.disposition ?? m('report.none')}`,
            u.inspection ? ctx.ref(u.inspection) : m('report.inspection.missing'),
          ],
          tone: u.inspection ? undefined : ('shortfall' as const),
        })),
        note: open ? m('report.inspection.openNote') : undefined,
      },
    },
  ];
}
