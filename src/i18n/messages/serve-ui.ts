/** Messages of the review page's own labels and buttons (keys serve.ui.*; sent to the page by src/serve/ui.ts) (see ../catalogue.ts). */
import type { Entry } from '../catalogue.js';

export const serveUiMessages: Record<string, Entry> = {};
