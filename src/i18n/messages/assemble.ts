/** Messages of the assemble area (see ../catalogue.ts). */
import type { Entry } from '../catalogue.js';

export const assembleMessages: Record<string, Entry> = {};
