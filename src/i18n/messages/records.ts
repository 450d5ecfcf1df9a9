/** Messages of the records area (see ../catalogue.ts). */
import type { Entry } from '../catalogue.js';

export const recordsMessages: Record<string, Entry> = {};
