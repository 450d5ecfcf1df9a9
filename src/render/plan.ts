/**
 * The page plan: which parts flow together on react-pdf pages and which tables get pages of their
 * own. A short table stays in the flow as one unbreakable block; a medium one flows and breaks
 * between rows; a long one is cut into page-sized chunks (measured here, linear in rows) drawn
 * on dedicated pages.
 */
import type { Block, ReportModel, SectionModel } from '../compose/model.js';
import { BODY_HEIGHT, CONTENT_WIDTH, TABLE } from '../../layouts/theme.js';
import { chunkRows, measureTable, noteHeight, type Chunk, type MeasuredTable } from './table.js';

export type FlowItem =
  | { kind: 'heading'; section: SectionModel }
  | { kind: 'block'; block: Block; table?: MeasuredTable; split?: boolean };

export type PagePlan =
  | { kind: 'cover' }
  | { kind: 'contents' }
  /** The one-page summary after the cover. */
  | { kind: 'summary'; section: SectionModel }
  | { kind: 'flow'; items: FlowItem[] }
  | {
      kind: 'table';
      table: MeasuredTable;
      chunk: Chunk;
      index: number;
      last: boolean;
      /** The section heading when the table is the first thing of its section. */
      heading?: SectionModel;
    };

/** Tables up to this height are kept whole on one page. */
export const WHOLE_TABLE_LIMIT = BODY_HEIGHT * 0.4;
/**
 * Tables up to this many rows flow with the text, broken between rows by react-pdf (whose cost
 * grows with rows × pages, so it is bounded here); longer ones get pages of their own, cut into
 * chunks measured here, linear in rows.
 */
export const FLOW_TABLE_MAX_ROWS = 250;

/** Space on a table page below the caption. */
export const TABLE_PAGE_AVAIL = BODY_HEIGHT - TABLE.captionHeight - 6;

export function tablePages(table: MeasuredTable): { chunk: Chunk; last: boolean }[] {
  const chunks = chunkRows(table, TABLE_PAGE_AVAIL, noteHeight(table.note, table.width));
  return chunks.map((chunk, i) => ({ chunk, last: i === chunks.length - 1 }));
}

/** The plan of pages; late page numbers in tables are measured for a report of `anchor` pages. */
export function planPages(model: ReportModel, anchor = 0): PagePlan[] {
  const plan: PagePlan[] = [
    { kind: 'cover' },
    ...(model.summary ? [{ kind: 'summary' as const, section: model.summary }] : []),
    { kind: 'contents' },
  ];
  let flow: FlowItem[] = [];
  const flush = () => {
    if (flow.length) plan.push({ kind: 'flow', items: flow });
    flow = [];
  };
  const parts = [
    ...(model.changes ? [model.changes] : []),
    ...model.sections,
    ...(model.evidenceIndex ? [model.evidenceIndex] : []),
  ];
  for (const section of parts) {
    let headingPending = true;
    flow.push({ kind: 'heading', section });
    for (const block of section.blocks) {
      if (block.kind !== 'table') {
        flow.push({ kind: 'block', block });
        headingPending = false;
        continue;
      }
      const table = measureTable(block.table, CONTENT_WIDTH, anchor);
      const total =
        table.bodyHeight +
        (table.caption ? TABLE.captionHeight : 0) +
        noteHeight(table.note, CONTENT_WIDTH);
      if (total <= WHOLE_TABLE_LIMIT || table.rows.length <= FLOW_TABLE_MAX_ROWS) {
        flow.push({ kind: 'block', block, table, split: total > WHOLE_TABLE_LIMIT });
        headingPending = false;
        continue;
      }
      let heading: SectionModel | undefined;
      if (headingPending) {
        flow.pop();
        heading = section;
      }
      flush();
      tablePages(table).forEach(({ chunk, last }, index) =>
        plan.push({
          kind: 'table',
          table,
          chunk,
          index,
          last,
          heading: index === 0 ? heading : undefined,
        }),
      );
      headingPending = false;
    }
  }
  flush();
  return plan;
}
