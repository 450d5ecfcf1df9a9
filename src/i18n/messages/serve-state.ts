/** Messages of the review page's state (labels of numbers, statuses, reasons) (see ../catalogue.ts). */
import type { Entry } from '../catalogue.js';

export const serveStateMessages: Record<string, Entry> = {};
