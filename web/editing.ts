/** The state of one section's editor, kept by the app so no view change loses typed text. */
import type { SaveConflict } from '../src/serve/types.js';

export interface EditorState {
  /** What the seller has typed (never replaced without their choice). */
  text: string;
  /** The section version the edit started from (sent with the save). */
  version: string;
  saving: boolean;
  conflict?: SaveConflict;
  /** 422: why this section can't be saved (a Word plan). */
  refused?: string;
  /** Any other failure (network, 4xx/5xx), with the server's message. */
  error?: string;
  /** The seller's text from before they loaded the file's text after a conflict. */
  earlier?: string;
}
