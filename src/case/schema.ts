/**
 * case.json, schema version 1. Types come from the schemas (z.infer); the JSON Schema published
 * in schema/case.schema.json is generated from `caseSchema` (scripts/emit-schema.mjs).
 * zod's own messages are never shown: issues are said in the case's language by ./issues.ts;
 * a refinement's message is a catalogue key.
 */
import { z } from 'zod';
import { ALL_SECTIONS } from './sections.js';

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

export const isoDate = z
  .string()
  .refine(isRealDate, { message: 'case.date' })
  .describe('A calendar date, YYYY-MM-DD');

export const asin = z
  .string()
  .regex(/^[A-Z0-9]{10}$/, { message: 'case.schema.asin' })
  .describe('Amazon Standard Identification Number, e.g. B0ABCDE123');

const nonEmpty = z.string().min(1);

/** A path inside the case folder, written with "/" (checked further in paths.ts). */
export const casePath = nonEmpty.describe(
  'A file path relative to the case folder, e.g. documents/invoice-001.pdf',
);

/**
 * Narrative text of a section: a string, or an array of lines joined with newlines.
 * A blank line separates paragraphs; lines starting "- " are bullets; **bold** is bold.
 */
export const narrative = z
  .union([z.string(), z.array(z.string())])
  .describe(
    'Section text: paragraphs separated by a blank line, "- " bullets, **bold**. An array is joined with newlines.',
  );

export const supplierKind = z.enum([
  'manufacturer',
  'authorized-distributor',
  'wholesaler',
  'retailer',
  'marketplace',
]);

export const documentStatus = z.enum(['final', 'quote', 'proforma', 'order-confirmation']);

export const documentKind = z.enum([
  'invoice',
  'delivery-note',
  'letter',
  'photo',
  'inspection',
  'other',
]);

export const sellerSchema = z.strictObject({
  legalName: nonEmpty.describe('Legal name exactly as registered in Seller Central'),
  storeName: nonEmpty,
  merchantId: nonEmpty.describe('Merchant token / seller id, e.g. A1B2C3D4E5F6G7'),
  address: nonEmpty,
  phone: nonEmpty,
  email: z.email(),
  responsiblePerson: z.strictObject({ name: nonEmpty, role: nonEmpty }),
});

export const noticeSchema = z.strictObject({
  receivedOn: isoDate.describe("The day Amazon's notice was received"),
  type: nonEmpty.describe('e.g. 真贋調査 (inauthentic item complaint), late shipment rate'),
  text: nonEmpty.describe("Amazon's words, copied from the notice"),
  citedAsins: z.array(asin),
  referenceId: z.string().optional(),
});

export const productSchema = z.strictObject({
  asin,
  skus: z.array(nonEmpty).min(1),
  title: nonEmpty,
  brand: nonEmpty,
  supplierIds: z.array(nonEmpty).default([]),
  jan: z.string().optional().describe('JAN / EAN / UPC code'),
});

export const supplierSchema = z.strictObject({
  id: nonEmpty,
  name: nonEmpty,
  kind: supplierKind,
  address: z.string().optional(),
  phone: z.string().optional(),
  website: z.string().optional(),
  email: z.string().optional(),
  contactPerson: z.string().optional(),
  /** Other names this supplier is written as in invoice-line files. */
  aliases: z.array(z.string()).default([]),
});

export const redactionSchema = z.strictObject({
  page: z.number().int().min(1),
  /** Rectangle in PDF points from the bottom-left corner of the page (images: pixels from top-left). */
  x: z.number(),
  y: z.number(),
  width: z.number().positive(),
  height: z.number().positive(),
});

export const documentSchema = z.strictObject({
  file: casePath,
  kind: documentKind,
  description: z.string().optional(),
  invoiceNumber: z.string().optional(),
  supplierId: z.string().optional(),
  issueDate: isoDate.optional(),
  status: documentStatus.default('final'),
  buyerName: z.string().optional(),
  redactions: z.array(redactionSchema).default([]),
  /** An inspection record (or photo) of returned units: the LPNs of the units it covers. */
  lpns: z
    .array(nonEmpty)
    .default([])
    .describe(
      'License plate numbers (LPN, from the FBA returns report) of the returned units this document covers, e.g. an inspection record',
    ),
});

export const actionSchema = z.strictObject({
  date: isoDate,
  what: nonEmpty,
  evidence: z.array(casePath).default([]),
  noEvidenceReason: z.string().optional(),
});

export const rejectionAnswerSchema = z.strictObject({
  /** The point of Amazon's message being answered, quoted or numbered. */
  point: nonEmpty,
  answer: nonEmpty,
});

export const headerAliasesSchema = z
  .record(z.string(), z.record(z.string(), z.array(z.string())))
  .describe(
    'Extra header names per report kind and field, e.g. {"allOrders": {"sku": ["商品管理番号"]}}',
  );

export const recordsOptionsSchema = z.strictObject({
  headerAliases: headerAliasesSchema.default({}),
  /** Supplier product codes that appear on invoice lines, mapped to ASINs. */
  productCodes: z
    .array(z.strictObject({ supplierId: z.string().optional(), code: nonEmpty, asin }))
    .default([]),
  /** Date order for ambiguous slash dates in the seller's own files. */
  dateOrder: z.enum(['YMD', 'MDY', 'DMY']).optional(),
  /** The date range chosen when the Business Report was downloaded (when its file name lacks it). */
  businessReportRange: z
    .strictObject({ from: isoDate, to: isoDate })
    .optional()
    .describe(
      'The date range of the Business Report (Detail Page Sales and Traffic By Child Item) in records/, as chosen when downloading it',
    ),
});

export const performanceSchema = z.strictObject({
  metric: z.enum(['lateShipmentRate', 'wrongItems', 'both']).default('lateShipmentRate'),
  /** The day the fix took effect: rates are compared before and after. */
  fixDate: isoDate,
  /** Handling time set in Seller Central, in days. */
  handlingTimeDays: z.number().int().min(0).optional(),
  deputy: z
    .object({
      name: nonEmpty,
      role: z.string().optional(),
      phone: z.string().optional(),
      email: z.string().optional(),
    })
    .optional(),
});

export const buildOptionsSchema = z.strictObject({
  /** Fixes the build date (else SOURCE_DATE_EPOCH, else today). */
  date: isoDate.optional(),
  /** Largest file Seller Central should get, in MiB; the combined PDF is split above it. */
  uploadLimitMiB: z.number().positive().default(10),
  /**
   * Attach documents Amazon would not accept as evidence of a purchase (quotes, pro formas, order
   * confirmations, invoices outside the 365 days or addressed to another buyer); left out by default.
   */
  includeUnaccepted: z.boolean().optional(),
  /** Highlight annotations over cited ASINs, supplier codes and the supplier's name in PDF invoices. */
  highlight: z.boolean().optional(),
});

/**
 * The three answers of the summary page and of form.txt, in the seller's words; an answer left
 * out is drawn from the sections that hold it.
 */
export const summarySchema = z.strictObject({
  rootCause: narrative.optional(),
  actionsTaken: narrative.optional(),
  prevention: narrative.optional(),
  /** Largest length of each answer in form.txt (Amazon publishes no limit), in characters. */
  formMaxChars: z.number().int().positive().default(2000),
});

export const caseSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  language: z.enum(['ja', 'en']),
  kind: z.enum(['authenticity', 'performance']),
  marketplace: nonEmpty.describe('e.g. amazon.co.jp, amazon.com'),
  seller: sellerSchema,
  notice: noticeSchema,
  products: z.array(productSchema).default([]),
  suppliers: z.array(supplierSchema).default([]),
  documents: z.array(documentSchema).default([]),
  actionsTaken: z.array(actionSchema).default([]),
  summary: summarySchema.optional(),
  /** The plan's text, the old way: new cases keep it in plan.md beside case.json (see src/plan). */
  narrative: z
    .partialRecord(z.enum(ALL_SECTIONS as [string, ...string[]]), narrative)
    .default({})
    .describe(
      'Text of each section, the old way. New cases write it in plan.md beside case.json; `evidence-pack migrate` moves it there.',
    ),
  rejectionAnswers: z.array(rejectionAnswerSchema).default([]),
  records: recordsOptionsSchema.default({ headerAliases: {}, productCodes: [] }),
  /**
   * How the orders are fulfilled: 'fba' (from Amazon's warehouses) or 'merchant' (the seller
   * ships from their own stock: no FBA receipts are asked for). Default: from the order report's
   * fulfillment-channel (merchant when every order is merchant-fulfilled), else fba.
   */
  fulfilment: z
    .enum(['fba', 'merchant'])
    .optional()
    .describe(
      "How orders are fulfilled: 'fba' (Amazon's warehouses) or 'merchant' (shipped from the seller's own stock)",
    ),
  performance: performanceSchema.optional(),
  build: buildOptionsSchema.default({ uploadLimitMiB: 10 }),
});

export type Case = z.infer<typeof caseSchema>;
export type CaseInput = z.input<typeof caseSchema>;
export type Seller = Case['seller'];
export type Notice = Case['notice'];
export type Product = Case['products'][number];
export type Supplier = Case['suppliers'][number];
export type CaseDocument = Case['documents'][number];
export type Action = Case['actionsTaken'][number];
export type SupplierKind = z.infer<typeof supplierKind>;
export type DocumentStatus = z.infer<typeof documentStatus>;
export type Narrative = z.infer<typeof narrative>;
