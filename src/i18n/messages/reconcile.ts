/** Messages of the reconcile area (see ../catalogue.ts). */
import type { Entry } from '../catalogue.js';

export const reconcileMessages: Record<string, Entry> = {};
