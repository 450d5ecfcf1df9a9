/** Messages of the plancheck area (see ../catalogue.ts). */
import type { Entry } from '../catalogue.js';

export const plancheckMessages: Record<string, Entry> = {};
