/** The folder of the preview PDF, beside submissions/ (never inside it). */
export const PREVIEW_DIR = 'preview';
