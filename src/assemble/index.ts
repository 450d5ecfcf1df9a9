/**
 * The assemble stage: check the seller's documents, merge our report with the originals
 * (unaltered, behind a separator page each), bookmarks, metadata, and the upload set.
 */
export { inspectDocuments, labelSeries } from './inspect.js';
export { assembleSubmission, layoutEvidence } from './assemble.js';
export type { AssembleInput, AssembledPdf, DocumentPages } from './assemble.js';
export { writeUploadSet } from './upload.js';
export type { UploadFile, UploadSet } from './upload.js';
export type { EvidenceDoc, EvidenceEntry, OutlineNode, RenderedReport } from './types.js';
