/**
 * manifest.json of a revision: what was built, from what, and the SHA-256 of the previous
 * revision's manifest, so that the revisions of a case form a verifiable chain.
 */
import type { Lang } from '../i18n/catalogue.js';
import { version } from '../version.js';
import { canonicalJson } from './json.js';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_FORMAT = 'evidence-pack/manifest@1';

export interface HashedFile {
  /** Path relative to the case folder (inputs) or to the revision folder (outputs), with "/". */
  path: string;
  size: number;
  sha256: string;
}

export interface InputFile extends HashedFile {
  /** 'record' (records/…) or 'document' (documents/…, evidence of actions). */
  role: 'record' | 'document' | 'plan';
  /** Detected kind: the report kind of a record (allOrders, …) or the file type of a document. */
  kind: string;
  /** Detected encoding of a record (utf-8, shift_jis, xlsx, …); 'binary' for documents. */
  encoding: string;
}

export interface ManifestDocument {
  /** case.json documents[].file */
  file: string;
  kind: string;
  label?: string;
  /** 1-based pages of the combined PDF the document occupies, when known. */
  pages: { first: number; last: number } | null;
  /** Pages of the document (1-based, within it) whose prices were removed (redacted). */
  pricesRemoved?: number[];
  /**
   * Its copy in upload/: the file there and its SHA-256 beside the original's (photos and scans
   * differ from the original by their removed metadata only).
   */
  upload?: { path: string; sha256: string; originalSha256: string; metadataRemoved?: boolean };
  /** Left out of the submission: why (quote, proforma, order-confirmation, outsideWindow, otherBuyer). */
  notSubmitted?: string;
}

/** What the build knows before writing; the publish layer adds the rest. */
export interface ManifestInput {
  options: Record<string, unknown>;
  language: Lang;
  buildDate: string;
  case: HashedFile;
  inputs: InputFile[];
  /** Page count of the combined PDF (null when no PDF was produced). */
  pages: number | null;
  documents: ManifestDocument[];
  /** Number of findings per finding code. */
  findings: Record<string, number>;
  /** SHA-256 of case.json + every input file + the options: equal keys = identical build. */
  inputsKey: string;
}

export interface Manifest extends ManifestInput {
  format: typeof MANIFEST_FORMAT;
  tool: { name: 'evidence-pack'; version: string };
  revision: string;
  /** Every file of the revision folder except manifest.json itself. */
  outputs: HashedFile[];
  previous: { revision: string; manifestSha256: string } | null;
}

export function makeManifest(
  input: ManifestInput,
  revision: string,
  outputs: HashedFile[],
  previous: Manifest['previous'],
): Manifest {
  return {
    ...input,
    format: MANIFEST_FORMAT,
    tool: { name: 'evidence-pack', version },
    revision,
    outputs: [...outputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    previous,
  };
}

export function manifestText(m: Manifest): string {
  return canonicalJson(m);
}

/** Number of findings per code, in code order. */
export function countFindings(findings: readonly { code: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.code] = (out[f.code] ?? 0) + 1;
  return out;
}
