/**
 * The review page's contract: the JSON the server sends (`GET /api/state`) and takes
 * (`PUT /api/sections/:id`, `POST /api/build`). Both sides import these types: `src/serve/`
 * builds them from the same functions as the CLI, `web/` only shows them. Every text for the
 * seller is already in the case's language (the page never translates).
 */
import type { Location, Severity } from '../errors.js';

/** One finding as the page shows it: check's Problem, said in the case's language. */
export interface ReviewFinding {
  /** Stable id within one state (index-based is fine), for the page's keys. */
  id: string;
  code: string;
  severity: Severity;
  message: string;
  hint?: string;
  expected?: string;
  found?: string;
  where: Location;
  /** Printable "plan.md:12:3", "records/orders.txt row 41", "case.json $.documents[2]". */
  whereText: string;
  /**
   * What the finding is beside on the page: a plan section and (when known) the part of it
   * (paragraph, list item or table row) it concerns; else a record, a document or the case.
   */
  anchor:
    | { kind: 'section'; section: string; part?: number }
    | { kind: 'numbers'; asin?: string }
    | { kind: 'document'; file: string }
    | { kind: 'case' };
}

/** One paragraph, list item or table row of a section, with where it was written. */
export interface ReviewPart {
  /** Index within the section (the `part` of a finding's anchor). */
  index: number;
  /** Plain text as the check reads it. */
  text: string;
  /** 1-based line in the plan file (Markdown), or undefined (Word, case.json). */
  line?: number;
}

export interface ReviewSection {
  id: string;
  /** Section number and title in the case's language, e.g. 「4. 根本原因」. */
  title: string;
  /** The section's text as written in plan.md (no heading, HTML comments kept): what the editor shows. */
  source: string;
  parts: ReviewPart[];
  /**
   * Version of this section's source for optimistic saving: a hash of `source`. A save sends
   * the version it started from; a different current version is a conflict (409).
   */
  version: string;
  /** false when the plan is Word or case.json (the page explains why it can't be edited here). */
  editable: boolean;
  /** Set when not editable: why, in the case's language. */
  notEditableReason?: string;
}

/** Where one number came from: a record file and its rows (1-based, as in the CLI's messages). */
export interface NumberSource {
  file: string;
  sheet?: string;
  /** Rows, compressed into ranges: [[2, 2], [5, 9]]. */
  rows: [number, number][];
  /** How many rows the ranges hold (may be more than listed when `truncated`). */
  count: number;
  truncated?: boolean;
  /** Or a case.json path (invoice lines written in case.json, documents). */
  jsonPath?: string;
}

/** One number of the reconciliation with its sources. */
export interface ReviewNumber {
  /** invoiced, received, sold, returned, qualityReturns, counterfeitMentions … */
  key: string;
  label: string;
  /** null when unknown (not provided), shown as such, never as 0. */
  value: number | null;
  /** Already formatted in the case's language (units, percent). */
  text: string;
  sources: NumberSource[];
}

export interface ReviewProduct {
  /**
   * The product's ASIN; '' for the totals of a performance case's shipping log (orders, late
   * shipments, wrong items), which have a `title` instead.
   */
  asin: string;
  title?: string;
  cited: boolean;
  numbers: ReviewNumber[];
}

/** A chart as data (the page draws it; the numbers are the report's). */
export interface ReviewChart {
  id: string;
  title: string;
  /** x labels (months, weeks) in the case's language. */
  labels: string[];
  series: { name: string; values: (number | null)[] }[];
  /** Percent charts (performance) carry the target line (a ratio: 0.04 = 4 %). */
  target?: number;
  /** 'percent': values and target are ratios (0.04 = 4 %), as in the report's model. */
  unit: 'units' | 'percent';
}

export type EvidenceStatus = 'attached' | 'notSubmitted' | 'problem';

export interface ReviewDocument {
  /** A-1, B-2 … when attached. */
  label?: string;
  file: string;
  kind: string;
  /** The kind in the state's language (請求書, Delivery note …), what the page shows. */
  kindLabel: string;
  description?: string;
  status: EvidenceStatus;
  /** Why not submitted, or the problem, in the case's language. */
  reason?: string;
  /** Text check of the document against case.json: checked (text layer or OCR), not verifiable. */
  text: 'checked' | 'mismatch' | 'unverifiable' | 'notChecked';
  /**
   * Pages in the submission (attached only), placed as the build places them after our pages:
   * known once a preview was made (its length), absent before.
   */
  pages?: [number, number];
}

export interface ReviewRejectionPoint {
  /** Amazon's point as recorded by `reject`. */
  text: string;
  /** The case's answer to it (rejectionAnswers), if any. */
  answer?: string;
}

export interface ReviewRevision {
  revision: string;
  buildDate: string;
  pages: number | null;
  /** built, submitted, rejected, accepted … in the case's language. */
  status: string;
  statusDate: string | null;
  rejections: { date: string; points: ReviewRejectionPoint[] }[];
}

export interface ReviewState {
  /** Changes whenever anything in the state changes (the page polls or refetches on it). */
  stamp: string;
  lang: 'ja' | 'en';
  /**
   * The page's header: the store name and the notice type as case.json has them (the case's
   * language), e.g. 「山田商店 — 真贋調査」; the folder's name when case.json can't be read.
   */
  caseName: string;
  /** plan.md, plan.docx or case.json. */
  planFile: string;
  counts: { error: number; warning: number; info: number };
  findings: ReviewFinding[];
  sections: ReviewSection[];
  products: ReviewProduct[];
  charts: ReviewChart[];
  documents: ReviewDocument[];
  revisions: ReviewRevision[];
  /**
   * Preview pages (PNG, one URL each, `/api/preview/<n>.png?v=<hash of the PDF>`) of the last
   * preview/preview.pdf; empty while none is built. The state never builds the preview (about
   * 0.5 s idle, several seconds on a busy machine): the server runs rebuildPreview after a save.
   */
  previewPages: string[];
  /**
   * True while the server is making a new preview (after start or a save): the pages shown may
   * be the last preview's, and the page asks again until this is false.
   */
  previewPending: boolean;
  /** UI strings of the page in the case's language (labels, buttons, empty states). */
  ui: Record<string, string>;
}

/** PUT /api/sections/:id body. */
export interface SaveSectionRequest {
  /** The version the edit started from (ReviewSection.version). */
  version: string;
  source: string;
}

/** 409 body: someone else saved this section since `version`. */
export interface SaveConflict {
  conflict: true;
  /** What is in the file now. */
  current: { version: string; source: string };
  message: string;
}

/** POST /api/build progress events (Server-Sent Events on GET /api/build/:job/events). */
export type BuildEvent =
  | { type: 'progress'; step: string; message: string; done: number; total: number }
  | { type: 'done'; revision: string; pages: number; message: string }
  | { type: 'failed'; message: string; findings: ReviewFinding[] };

/** POST /api/build answer (202): the job and the URL of its events. */
export interface BuildStarted {
  job: string;
  /** `/api/build/<job>/events` */
  events: string;
}

/**
 * Body of every refusal or failure other than a save's conflict (401, 403, 404, 405, 409 while
 * a build runs, 413, 415, 422, 500, 503): what happened, in the case's language, and for a case
 * that cannot be read, its problems as the CLI prints them.
 */
export interface ApiErrorBody {
  message: string;
  problems?: string[];
}
