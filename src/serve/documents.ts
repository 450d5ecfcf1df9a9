/**
 * The evidence index as the page shows it: every case.json document and every action's evidence,
 * with its label and pages when attached (placed as the build's evidence layout places them),
 * why it is not submitted, or the problem found in it; and what the text check made of it.
 */
import type { LoadedCase } from '../case/load.js';
import { layoutEvidence } from '../assemble/assemble.js';
import { evidenceSources, type inspectDocuments } from '../assemble/inspect.js';
import type { DocText } from '../assemble/doctext.js';
import { makeContext } from '../compose/context.js';
import { notSubmittedReason } from '../compose/sections/evidence.js';
import type { Problem } from '../errors.js';
import { tr, type Lang } from '../i18n/catalogue.js';
import type { ReviewDocument } from './types.js';

type Inspected = Awaited<ReturnType<typeof inspectDocuments>>;

/** The text check's codes that say the document disagrees with case.json. */
const MISMATCH = new Set([
  'DOC_TEXT_NUMBER',
  'DOC_TEXT_SUPPLIER',
  'DOC_TEXT_DATE',
  'DOC_TEXT_PRODUCT',
  'DOC_TEXT_QUANTITY',
]);

/** The case.json path of each document (`$.documents[2]`, `$.actionsTaken[0].evidence[1]`). */
export function documentPaths(loaded: LoadedCase): Map<string, string> {
  return new Map(evidenceSources(loaded).map((s) => [s.jsonPath.replace(/\.file$/, ''), s.file]));
}

/** Each document's file as case.json writes it, by that path and by its real path (NFC). */
export function documentFiles(loaded: LoadedCase): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of evidenceSources(loaded)) {
    out.set(s.file.normalize('NFC'), s.file);
    const real = loaded.resolvedFiles.get(s.file);
    if (real) out.set(real.normalize('NFC'), s.file);
  }
  return out;
}

export function reviewDocuments(
  loaded: LoadedCase,
  inspected: Inspected | undefined,
  texts: Map<string, DocText> | undefined,
  problems: readonly Problem[],
  lang: Lang,
  /** Our pages before the documents (the preview's length), when known. */
  reportPages: number | undefined,
): ReviewDocument[] {
  const c = loaded.data;
  const ctx = makeContext({
    case: c,
    lang,
    revision: '',
    buildDate: c.notice.receivedOn,
    draft: true,
  });
  const attached = new Map((inspected?.docs ?? []).map((d) => [d.file, d]));
  const layout =
    inspected && reportPages !== undefined
      ? layoutEvidence(inspected.docs, reportPages)
      : undefined;
  const pages = new Map((layout?.entries ?? []).map((e) => [e.file, e]));
  const left = new Map((inspected?.notSubmitted ?? []).map((n) => [n.file, n]));
  return evidenceSources(loaded).map((s) => {
    const path = s.jsonPath.replace(/\.file$/, '');
    const real = (loaded.resolvedFiles.get(s.file) ?? s.file).normalize('NFC');
    const about = problems.filter(
      (p) =>
        (p.where.jsonPath !== undefined &&
          (p.where.jsonPath === path || p.where.jsonPath.startsWith(`${path}.`))) ||
        (p.where.file !== undefined &&
          (p.where.file.normalize('NFC') === real || p.where.file === s.file)),
    );
    const broken = about.find((p) => p.severity === 'error' && !p.code.startsWith('DOC_TEXT_'));
    const doc = attached.get(s.file);
    const excluded = left.get(s.file);
    const entry = pages.get(s.file);
    const text: ReviewDocument['text'] = about.some((p) => MISMATCH.has(p.code))
      ? 'mismatch'
      : about.some((p) => p.code === 'DOC_TEXT_UNVERIFIABLE')
        ? 'unverifiable'
        : texts?.has(s.file)
          ? 'checked'
          : 'notChecked';
    const description =
      s.index === undefined
        ? tr(lang, 'serve.state.doc.actionEvidence', { what: s.description ?? '' })
        : s.description;
    const base = {
      file: s.file,
      kind: s.kind,
      kindLabel: tr(lang, `assemble.kind.${s.kind}`),
      ...(description !== undefined ? { description } : {}),
      text,
    };
    if (broken) return { ...base, status: 'problem', reason: broken.message[lang] };
    if (excluded)
      return { ...base, status: 'notSubmitted', reason: notSubmittedReason(ctx, excluded.reason) };
    if (doc)
      return {
        ...base,
        label: doc.label,
        status: 'attached',
        ...(entry ? { pages: [entry.firstPage, entry.lastPage] as [number, number] } : {}),
      };
    // not read at all: the file is missing (the loader's problem names it)
    const missing = about[0];
    return { ...base, status: 'problem', ...(missing ? { reason: missing.message[lang] } : {}) };
  });
}
