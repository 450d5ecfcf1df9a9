/**
 * The document model: what the report says, already in one language and already formatted
 * (dates, numbers), but not how it looks. compose() builds it; render() draws it.
 */
import type { Case } from '../case/schema.js';
import type { Lang } from '../i18n/catalogue.js';
import type { Reconciliation } from '../reconcile/types.js';
import type { Plan } from '../plan/types.js';

/** One original document attached after our pages (filled by the assembly stage). */
export interface EvidenceEntry {
  /** Reference label printed everywhere the document is cited, e.g. "A-1". */
  label: string;
  kind: string;
  supplier?: string;
  invoiceNumber?: string;
  /** YYYY-MM-DD */
  date?: string;
  covers: { asin: string; quantity: number }[];
  /** 1-based pages of the final PDF where the document starts and ends. */
  firstPage: number;
  lastPage: number;
  sha256: string;
  /** case.json documents[].file */
  file: string;
  description?: string;
}

/** Why a document is not submitted (Amazon would not accept it as evidence of a purchase). */
export type NotSubmittedReason =
  | { code: 'quote' | 'proforma' | 'order-confirmation' }
  | { code: 'outsideWindow'; date: string; from: string; to: string }
  | { code: 'otherBuyer'; buyer: string; legalName: string };

/** A document the case lists that is left out of the combined PDF and the upload set. */
export interface NotSubmittedEntry {
  /** case.json documents[].file */
  file: string;
  kind: string;
  supplier?: string;
  invoiceNumber?: string;
  /** YYYY-MM-DD */
  date?: string;
  reason: NotSubmittedReason;
}

export interface ComposeInput {
  case: Case;
  /** The narrative (plan.md, plan.docx or case.json's own); default: case.json's narrative. */
  plan?: Plan;
  reconciliation?: Reconciliation;
  /** Language of the report (the --lang option or the case's language). */
  lang: Lang;
  /** e.g. "rev-001" */
  revision: string;
  /** YYYY-MM-DD */
  buildDate: string;
  draft: boolean;
  evidence?: EvidenceEntry[];
  /** Documents left out because Amazon would not accept them (listed in the evidence index). */
  notSubmitted?: NotSubmittedEntry[];
  /** "Changes since the previous submission": rendered right after the contents when present. */
  changes?: unknown;
  /**
   * The length of our report that the evidence page numbers assume. When set, those numbers are
   * printed as late page numbers (`latePage`), filled in by the renderer once it knows the
   * report's real length; when absent, they are printed as they are.
   */
  reportPages?: number;
  /** Pages appended after our report (separators and documents): the footer's total adds them. */
  appendedPages?: number;
  /** Added to every printed page number (when our pages are not at the start). */
  pageOffset?: number;
}

/**
 * A page number that depends on the length of our report: the page `after` pages after its last.
 * The renderer measures it for a guessed length and prints it for the real one
 * (src/render/late.ts), so that the report is laid out once, not again per guess.
 */
export function latePage(after: number): string {
  return `\uE000${after}\uE001`;
}

/** Finds late page numbers in a text (the private-use marks never come from a case). */
export const LATE_PAGE = /\uE000(\d+)\uE001/g;

/** A run of text inside a paragraph. */
export interface Inline {
  text: string;
  bold?: boolean;
}

export type Align = 'left' | 'right' | 'center';

export interface TableColumn {
  header: string;
  align: Align;
  /** Relative width (fractions of the table width after normalising). */
  width: number;
  /** Never break inside the cell's words when they fit (ASINs, invoice numbers). */
  nowrap?: boolean;
}

export interface TableRow {
  cells: string[];
  /** 'shortfall' rows are shaded and bold; 'total' is the totals row. */
  tone?: 'shortfall' | 'total' | 'muted';
}

export interface TableModel {
  /** Stable id for tests and the benchmark, e.g. "sourcing.consistency". */
  id: string;
  caption?: string;
  columns: TableColumn[];
  rows: TableRow[];
  totals?: TableRow;
  /** Shown instead of the table when there are no rows. */
  empty?: string;
  /** A note under the table (legend of the shading, source of the numbers). */
  note?: string;
}

export interface ChartSeries {
  name: string;
  values: number[];
}

/** Grouped bars: one group per category, one bar per series, on the chart's own scale. */
export interface BarChartModel {
  id: string;
  title: string;
  /** Category labels; a label may have a second line (the year under a month). */
  categories: string[][];
  series: ChartSeries[];
  /** Unit shown on the axis, e.g. 個 / units. */
  unit: string;
  /** Height of the plot in points (default 190). */
  height?: number;
  /** A note under the chart (e.g. which months are partial). */
  note?: string;
}

/** A point of a line chart: x in days from the chart's first day, y a value (rates: 0.04 = 4%). */
export interface LinePoint {
  x: number;
  y: number;
}

/**
 * Lines over days (performance cases: late shipment rate per week and over 30 days), with an
 * optional target line and a dated marker. Series differ by dash and markers, not colour.
 */
export interface LineChartModel {
  id: string;
  title: string;
  /** Days on the x axis: 0 … xMax. */
  xMax: number;
  /** Labelled ticks on the x axis. */
  ticks: { x: number; label: string }[];
  series: {
    name: string;
    points: LinePoint[];
    dash: 'solid' | 'dashed' | 'dotted';
    marker?: 'square' | 'circle';
  }[];
  /** y values are ratios printed as percentages. */
  percent: boolean;
  /** A horizontal reference line, e.g. Amazon's 4% target. */
  target?: { y: number; label: string };
  /** A vertical line, e.g. the day the fix took effect. */
  mark?: { x: number; label: string };
  /** A note under the chart (how to read it). */
  note?: string;
}

export type Block =
  | { kind: 'paragraph'; runs: Inline[] }
  /** A list: bullets, or numbered from `start` when it is set. */
  | { kind: 'bullets'; items: Inline[][]; start?: number }
  | { kind: 'subheading'; text: string }
  | { kind: 'quote'; label: string; text: string }
  | { kind: 'facts'; rows: { label: string; value: string }[] }
  | { kind: 'table'; table: TableModel }
  | { kind: 'chart'; chart: BarChartModel }
  | { kind: 'lineChart'; chart: LineChartModel }
  | { kind: 'actions'; items: { date: string; text: string; evidence: string }[] }
  | { kind: 'placeholder'; text: string };

export interface SectionModel {
  /** Section id (case/sections.ts) or a report part: "changes", "evidenceIndex". */
  id: string;
  /** Printed number ("1"…"23"), empty for unnumbered parts. */
  number: string;
  title: string;
  blocks: Block[];
}

export interface CoverModel {
  title: string;
  subtitle: string;
  /** Label/value pairs: seller, store, merchant id, marketplace, notice, ASINs, revision. */
  facts: { label: string; value: string }[];
  /** A warning line shown on drafts. */
  draftNotice?: string;
}

export interface ReportModel {
  lang: Lang;
  draft: boolean;
  kind: Case['kind'];
  /** Fixed metadata: same input → same bytes. */
  meta: {
    title: string;
    subject: string;
    author: string;
    keywords: string;
    /** YYYY-MM-DD; becomes creationDate and modificationDate at 00:00 UTC. */
    date: string;
  };
  header: { left: string; right: string };
  cover: CoverModel;
  labels: {
    contents: string;
    continued: string;
    draftWatermark: string;
    /** Footer template with {page} and {total}. */
    footer: string;
    /** Unit words of charts, legend etc. are in the blocks themselves. */
  };
  /** The one-page summary right after the cover (the three answers, the ASINs, the documents). */
  summary?: SectionModel;
  /** Optional "changes since the previous submission" part, right after the contents. */
  changes?: SectionModel;
  /** The numbered sections of the case's kind, in order. */
  sections: SectionModel[];
  /** The evidence index, after the sections (absent when there is no evidence yet). */
  evidenceIndex?: SectionModel;
  /** Pages after our report (separators and documents), added to the footer's total. */
  appendedPages?: number;
  pageOffset?: number;
}
