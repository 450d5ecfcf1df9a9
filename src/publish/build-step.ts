/**
 * The publish stage as the composition root (build.ts) calls it, in two steps around
 * compose/render/assemble:
 *   const plan = await planPublish(session, {...});   // hashes inputs, refuses identical, changes
 *   compose({..., revision: plan.revision, changes: plan.composeChanges})
 *   const rev = await finishPublish(plan, {pdf, pages, evidence, write});
 */
import type { LoadedCase } from '../case/load.js';
import { sectionsFor } from '../case/sections.js';
import type { Lang } from '../i18n/catalogue.js';
import type { Reconciliation } from '../reconcile/types.js';
import type { RecordFile } from '../records/types.js';
import type { Block } from '../compose/model.js';
import type { Problem } from '../errors.js';
import type { Plan } from '../plan/types.js';
import type { ChangesModel } from './changes.js';
import { unansweredProblems } from './unanswered.js';
import { changesReport } from './changes-report.js';
import { hashInputs, type BuildInputs, type ReadDocument } from './inputs.js';
import { countFindings, type ManifestDocument, type ManifestInput } from './manifest.js';
import type { PublishedRevision, Writer } from './revision.js';
import type { PublishSession } from './session.js';
import {
  snapshotFinding,
  snapshotProduct,
  SNAPSHOT_FORMAT,
  type RevisionSnapshot,
  type SnapshotDocument,
} from './snapshot.js';

export interface PlanInput {
  loaded: LoadedCase;
  /** The narrative as the plan stage read it (plan.md, plan.docx or case.json). */
  plan?: Plan;
  /** What the records readers read (Records.files). */
  recordFiles: readonly RecordFile[];
  reconciliation?: Reconciliation;
  /** The report's language (option or case). */
  lang: Lang;
  draft: boolean;
  force: boolean;
  buildDate: string;
  /** Options that change the output besides lang and draft (recorded only when set). */
  extraOptions?: Record<string, unknown>;
  /** Labels of the documents in the evidence index, when known before compose. */
  labels?: readonly { file: string; label: string }[];
  /** The documents as read by the build (hashed from the bytes it used, not read again). */
  documents?: readonly ReadDocument[];
}

export interface PublishPlan {
  session: PublishSession;
  input: PlanInput;
  inputs: BuildInputs;
  /** rev-NNN this build will publish. */
  revision: string;
  snapshot: Omit<RevisionSnapshot, 'revision'>;
  /** Changes since the previous submission (undefined for the first revision). */
  changes?: ChangesModel;
  /** The same as compose's `changes` input: {title, blocks}. */
  composeChanges?: { title: string; blocks: Block[] };
  /** Warnings for the build result: points of Amazon's last rejection not answered yet. */
  warnings: Problem[];
}

/** Each section's text as written in the plan file, as the snapshot keeps it. */
function planNarrative(plan: Plan): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, s] of Object.entries(plan.sections)) if (s!.source) out[id] = s!.source;
  return out;
}

function snapshotDocuments(
  loaded: LoadedCase,
  inputs: BuildInputs,
  labels: readonly { file: string; label: string }[] = [],
): SnapshotDocument[] {
  const byPath = new Map(inputs.inputs.map((i) => [i.path.normalize('NFC'), i]));
  return loaded.data.documents.map((d) => {
    const real = (loaded.resolvedFiles.get(d.file) ?? d.file).normalize('NFC');
    const h = byPath.get(real);
    const label = labels.find((l) => l.file.normalize('NFC') === d.file.normalize('NFC'))?.label;
    const out: SnapshotDocument = {
      file: d.file,
      kind: d.kind,
      sha256: h?.sha256 ?? '',
      size: h?.size ?? 0,
    };
    if (label) out.label = label;
    return out;
  });
}

/** Thrown by planPublish when the inputs equal the newest revision's: the build writes nothing. */
export class UnchangedBuild extends Error {
  constructor(
    readonly revision: string,
    readonly pages: number | null,
    /** The revision's PDF, relative to the case folder. */
    readonly pdf: string | undefined,
  ) {
    super(`nothing changed since ${revision}`);
  }
}

/**
 * Before compose: hashes the inputs, refuses a build identical to the last submitted revision
 * (unless `force`), and computes the changes since the previous submission.
 */
export async function planPublish(session: PublishSession, input: PlanInput): Promise<PublishPlan> {
  const options = { lang: input.lang, draft: input.draft, ...input.extraOptions };
  const planFile =
    input.plan?.bytes !== undefined
      ? { path: input.plan.file, bytes: input.plan.bytes }
      : undefined;
  const inputs = await hashInputs(
    input.loaded,
    input.recordFiles,
    options,
    planFile,
    input.documents,
  );
  // nothing changed since the newest revision: nothing to write (not an error)
  const latest = session.latest;
  if (!input.force && latest && latest.inputsKey === inputs.inputsKey)
    throw new UnchangedBuild(latest.revision, latest.pages, latest.pdf);
  session.refuseIdentical(inputs.inputsKey, input.force);
  const c = input.loaded.data;
  const snapshot: Omit<RevisionSnapshot, 'revision'> = {
    format: SNAPSHOT_FORMAT,
    buildDate: input.buildDate,
    language: input.lang,
    inputsKey: inputs.inputsKey,
    // the narrative compared between revisions is the text as written, wherever it was written
    case:
      input.plan && input.plan.kind !== 'case.json'
        ? { ...c, narrative: planNarrative(input.plan) }
        : c,
    products: (input.reconciliation?.products ?? []).map(snapshotProduct),
    findings: (input.reconciliation?.findings ?? []).map(snapshotFinding),
    documents: snapshotDocuments(input.loaded, inputs, input.labels),
  };
  const revision = session.nextRevision;
  const changes = session.changes({ ...snapshot, revision }, sectionsFor(c.kind));
  const warnings = unansweredProblems(session.correspondence, c.rejectionAnswers);
  const plan: PublishPlan = { session, input, inputs, revision, snapshot, warnings };
  if (changes) {
    plan.changes = changes;
    plan.composeChanges = changesReport(changes, input.lang, session.correspondence);
  }
  return plan;
}

export interface FinishInput {
  /** The combined PDF and its page count. */
  pdf: Buffer;
  pages: number;
  /** Name of the combined PDF in the revision folder. */
  pdfName?: string;
  /** Page ranges of the documents (the evidence index). */
  evidence?: readonly {
    label: string;
    file: string;
    kind: string;
    firstPage: number;
    lastPage: number;
    redactedPages?: number[];
  }[];
  /** Writes more files (e.g. the upload set) into the revision folder being built. */
  write?: Writer;
  /** After `write`: each document's copy in upload/ (recorded in the manifest with both hashes). */
  uploads?: () => readonly {
    file?: string;
    name: string;
    sha256: string;
    originalSha256?: string;
    metadataRemoved?: boolean;
  }[];
  /** Documents left out of the submission and why (the reason code). */
  notSubmitted?: readonly { file: string; reason: { code: string } }[];
}

/** After assemble: writes the revision (PDF, extra files, inputs.json, manifest.json). */
export async function finishPublish(
  plan: PublishPlan,
  out: FinishInput,
): Promise<PublishedRevision> {
  const { input, inputs, snapshot } = plan;
  const evidence = out.evidence ?? [];
  const documents: ManifestDocument[] = input.loaded.data.documents.map((d) => {
    const e = evidence.find((x) => x.file.normalize('NFC') === d.file.normalize('NFC'));
    const md: ManifestDocument = {
      file: d.file,
      kind: d.kind,
      pages: e ? { first: e.firstPage, last: e.lastPage } : null,
    };
    if (e) md.label = e.label;
    if (e?.redactedPages?.length) md.pricesRemoved = [...e.redactedPages];
    const left = out.notSubmitted?.find((x) => x.file.normalize('NFC') === d.file.normalize('NFC'));
    if (left) md.notSubmitted = left.reason.code;
    return md;
  });
  for (const e of evidence)
    if (!documents.some((d) => d.file.normalize('NFC') === e.file.normalize('NFC')))
      documents.push({
        file: e.file,
        kind: e.kind,
        label: e.label,
        pages: { first: e.firstPage, last: e.lastPage },
      });
  const manifest: ManifestInput = {
    options: { lang: input.lang, draft: input.draft, force: input.force, ...input.extraOptions },
    language: input.lang,
    buildDate: input.buildDate,
    case: inputs.case,
    inputs: inputs.inputs,
    pages: out.pages,
    documents,
    findings: countFindings(input.reconciliation?.findings ?? []),
    inputsKey: inputs.inputsKey,
  };
  const labelled: Omit<RevisionSnapshot, 'revision'> = {
    ...snapshot,
    documents: snapshot.documents.map((d) => {
      const e = evidence.find((x) => x.file.normalize('NFC') === d.file.normalize('NFC'));
      return e ? { ...d, label: e.label } : d;
    }),
  };
  const pdfName = out.pdfName ?? 'submission.pdf';
  return plan.session.publish(
    async (write, dir) => {
      await write(pdfName, out.pdf);
      if (out.write) await out.write(write, dir);
      // the upload copies are known once written: recorded before the manifest is made
      for (const u of out.uploads?.() ?? []) {
        if (u.file === undefined || u.originalSha256 === undefined) continue;
        const md = documents.find((d) => d.file.normalize('NFC') === u.file!.normalize('NFC'));
        if (md)
          md.upload = {
            path: `upload/${u.name}`,
            sha256: u.sha256,
            originalSha256: u.originalSha256,
            ...(u.metadataRemoved ? { metadataRemoved: true } : {}),
          };
      }
    },
    manifest,
    labelled,
  );
}
