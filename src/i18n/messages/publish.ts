/** Messages of the publish area (see ../catalogue.ts). */
import type { Entry } from '../catalogue.js';

export const publishMessages: Record<string, Entry> = {};
