/** Messages of the review page's server and the serve command (see ../catalogue.ts). */
import type { Entry } from '../catalogue.js';

export const serveMessages: Record<string, Entry> = {};
