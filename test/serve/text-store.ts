/**
 * The sample documents' texts (OCR of the scans takes seconds each, more on a loaded machine),
 * read once and kept in test-output/.cache/: a case copy gets them as preview/document-texts.json,
 * the store `serve` reads its first state from, so a test's server prints its URL without
 * reading every scan again. Keyed by the documents' contents: a changed sample reads again.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCheck } from '../../src/check.js';
import { PREVIEW_DIR } from '../../src/preview/dir.js';
import { TEXT_STORE } from '../../src/preview/dir.js';
import { ROOT, sampleCopy } from './helpers.js';

const CACHE = path.join(ROOT, 'test-output', '.cache');

/** The store is newer than every document of the sample (then it holds their texts). */
function current(store: string, sample: string): boolean {
  if (!existsSync(store)) return false;
  const at = statSync(store).mtimeMs;
  const docs = path.join(ROOT, 'samples', sample, 'documents');
  return readdirSync(docs).every((f) => statSync(path.join(docs, f)).mtimeMs < at);
}

const filling = new Map<string, Promise<string>>();

/** The shared store of `sample`, filled first when older than its documents (once a process). */
export function sampleTextStore(sample = 'ja-authenticity'): Promise<string> {
  let p = filling.get(sample);
  if (!p) {
    p = fill(sample);
    filling.set(sample, p);
  }
  return p;
}

async function fill(sample: string): Promise<string> {
  const store = path.join(CACHE, `${sample}-${TEXT_STORE}`);
  if (current(store, sample)) return store;
  mkdirSync(CACHE, { recursive: true });
  const tmp = mkdtempSync(path.join(tmpdir(), 'ep-texts-'));
  try {
    await runCheck(sampleCopy(tmp, 'case', sample), { today: '2026-11-20' }, { textStore: store });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return store;
}

/** Gives the copy `dir` of `sample` the sample's document texts, as serve keeps them. */
export async function seedTexts(dir: string, sample = 'ja-authenticity'): Promise<void> {
  const store = await sampleTextStore(sample);
  mkdirSync(path.join(dir, PREVIEW_DIR), { recursive: true });
  copyFileSync(store, path.join(dir, PREVIEW_DIR, TEXT_STORE));
}
