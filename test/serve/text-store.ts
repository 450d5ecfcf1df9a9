/**
 * The sample documents' texts (OCR of the scans takes seconds each, more on a loaded machine),
 * read once and kept in test-output/.cache/: a case copy gets them as preview/document-texts.json,
 * the store `serve` reads its first state from, so a test's server prints its URL without
 * reading every scan again. Keyed by the documents' contents: a changed sample reads again.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCheck } from '../../src/check.js';
import { PREVIEW_DIR } from '../../src/preview/dir.js';
import { TEXT_STORE } from '../../src/serve/state.js';
import { ROOT, sampleCopy } from './helpers.js';

const CACHE = path.join(ROOT, 'test-output', '.cache');

/** Fills the shared store of `sample` (reading only documents it does not hold yet). */
export async function sampleTextStore(sample = 'ja-authenticity'): Promise<string> {
  const store = path.join(CACHE, `${sample}-${TEXT_STORE}`);
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
