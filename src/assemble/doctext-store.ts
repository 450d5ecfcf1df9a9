/**
 * Document texts kept on disk between runs of a long-running command (the review page), by the
 * hash of the bytes read: OCR of a scan takes seconds, and the same bytes always read the same.
 * Only lasting answers are kept (a text, or "no text on it"); "no tools" or a failed tool is
 * asked again next time. A cache: a missing or damaged file is an empty store, a failed write
 * is ignored.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocText } from './doctext.js';

const VERSION = 1;

/** Which version of a document's bytes a text was read from. */
export const textKey = (d: { sha256: string; content: string }) => `${d.sha256}:${d.content}`;

const lasting = (t: DocText) => t.source !== 'none' || t.reason === 'empty';

export async function loadTextStore(file: string): Promise<Map<string, DocText>> {
  try {
    const v = JSON.parse(await readFile(file, 'utf8')) as {
      version?: number;
      texts?: Record<string, DocText>;
    };
    if (v.version !== VERSION || !v.texts || typeof v.texts !== 'object') return new Map();
    return new Map(
      Object.entries(v.texts).filter(
        ([, t]) => t && typeof t.text === 'string' && typeof t.source === 'string',
      ),
    );
  } catch {
    return new Map();
  }
}

export async function saveTextStore(file: string, texts: Map<string, DocText>): Promise<void> {
  const kept = Object.fromEntries(
    [...texts].filter(([, t]) => lasting(t)).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    await writeFile(tmp, JSON.stringify({ version: VERSION, texts: kept }));
    await rename(tmp, file);
  } catch {
    // a cache: the next run reads the documents again
  }
}
