/** Messages of the report area (see ../catalogue.ts). */
import type { Entry } from '../catalogue.js';

export const reportMessages: Record<string, Entry> = {};
