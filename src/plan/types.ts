/**
 * The narrative model: the seller's text of each section, whichever file it came from
 * (plan.md, plan.docx or the legacy `narrative` of case.json), with where each part was written.
 * compose reads the blocks, the plan check reads the plain text and the positions.
 */
import type { SectionId } from '../case/sections.js';
import type { Location } from '../errors.js';
import type { Block } from '../compose/model.js';

export type PlanSourceKind = 'case.json' | 'plan.md' | 'plan.docx';

/** One paragraph, list item or table row as plain text, and where it starts. */
export interface PlanPart {
  /** Plain text (no Markdown marks). */
  text: string;
  where: Location;
}

export interface PlanSection {
  id: SectionId;
  /** What the report prints (paragraphs, bullets, numbered lists, tables). */
  blocks: Block[];
  /** Plain text for the plan check: parts separated by blank lines, no Markdown marks. */
  text: string;
  /** The section's text as written (Markdown without comments, or the case.json string). */
  source: string;
  /** Where the section starts (its heading, or its JSON path). */
  where: Location;
  parts: PlanPart[];
}

export interface Plan {
  kind: PlanSourceKind;
  /** File name relative to the case folder: plan.md, plan.en.md, plan.docx or case.json. */
  file: string;
  /** Exact bytes of the plan file (undefined for case.json, which is hashed on its own). */
  bytes?: Buffer;
  sections: Partial<Record<SectionId, PlanSection>>;
}
