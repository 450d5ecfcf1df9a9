/** Hashing and canonical JSON (keys sorted at every depth) for manifests, snapshots and the log. */
import { createHash } from 'node:crypto';

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** JSON with keys sorted at every depth, 2-space indented, ending with a newline. */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

/** One-line canonical JSON (for the correspondence log). */
export function canonicalLine(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}
