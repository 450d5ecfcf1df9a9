/** The folder of the preview PDF, beside submissions/ (never inside it). */
export const PREVIEW_DIR = 'preview';

/**
 * The file in preview/ that keeps the documents' texts between runs (`check`, the review page):
 * OCR of a scan takes seconds, and the same bytes always read the same.
 */
export const TEXT_STORE = 'document-texts.json';
