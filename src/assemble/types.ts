/** The contracts of the assemble stage. */
import type { PDFDocument } from 'pdf-lib';
import type { CaseDocument } from '../case/schema.js';
import type { ProductCodes } from '../case/codes.js';
import type { EvidenceEntry as ComposeEvidenceEntry } from '../compose/model.js';
import type { AcceptedKind } from './sniff.js';
import type { PreparedImage } from './images.js';
import type { ActiveKind } from './active.js';

export type DocumentKind = CaseDocument['kind'];
export type Redaction = CaseDocument['redactions'][number];

/** One original document, checked and ready to append. */
export interface EvidenceDoc {
  /** … for invoices and delivery notes; B-1 … for every other kind. */
  label: string;
  /** Index in case.json documents, or undefined for an action's evidence file not listed there. */
  index?: number;
  /** The path as written in case.json. */
  file: string;
  /** The real path inside the case folder (NFC/NFD resolved), relative. */
  resolved: string;
  /** The file's own name (last path segment of `resolved`). */
  name: string;
  kind: DocumentKind;
  content: AcceptedKind;
  bytes: Buffer;
  sha256: string;
  /** Pages this document contributes (images: 1). */
  pages: number;
  description?: string;
  supplier?: string;
  invoiceNumber?: string;
  date?: string;
  covers: { asin: string; quantity: number }[];
  /** case.json supplierId of the document. */
  supplierId?: string;
  /** Highlight annotations laid over the copy in the combined PDF (the --highlight option). */
  highlights?: number;
  /** Invoices and delivery notes: per ASIN they cover, the SKUs, JAN and this supplier's product codes. */
  codes?: ProductCodes[];
  redactions: Redaction[];
  /** Loaded and checked PDF (content 'pdf'), as viewers read it, active content removed. */
  pdf?: PDFDocument;
  /** The bytes `pdf` was loaded from (qpdf's rewrite of `bytes`, or `bytes` itself). */
  pdfBytes?: Buffer;
  /** Active content removed from the attached copy (PDF: scripts, launch/web links, files…). */
  activeRemoved?: ActiveKind[];
  /** Prepared image (content jpeg/png/gif). */
  image?: PreparedImage;
}

/**
 * One row of the evidence index as compose/render get it (compose's EvidenceEntry, the one
 * contract). firstPage..lastPage are the pages of the original document in the combined PDF;
 * its separator page is firstPage − 1.
 */
export interface EvidenceEntry extends ComposeEvidenceEntry {
  kind: DocumentKind;
  /** Prices were blacked out on these pages of the document (1-based, within the document). */
  redactedPages?: number[];
}

/** A bookmark: title and 1-based page in the combined PDF. */
export interface OutlineNode {
  title: string;
  page: number;
  children?: OutlineNode[];
}

/** What the render callback gives back: our report pages. */
export interface RenderedReport {
  pdf: Uint8Array;
  pages: number;
  outline: OutlineNode[];
  /** The report's own metadata (compose's ReportModel.meta); derived from the case when absent. */
  meta?: { title: string; subject: string; author: string; keywords: string };
  /**
   * True when the page numbers printed are those for the report's real length (`pages`),
   * whatever length it was asked to assume (our renderer's late page numbers); else they are
   * those for the assumed length, and the assembly renders again until the two agree.
   */
  exact?: boolean;
}
