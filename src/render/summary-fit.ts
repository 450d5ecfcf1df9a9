/**
 * Does the summary fit its one page? Measured with the font's glyph widths and the summary
 * layout's own sizes (layouts/Summary.tsx), line by line as the page sets it, so that `check` can
 * say so — and name the answer that is too long — without rendering a PDF.
 */
import type { Block, Inline, SectionModel } from '../compose/model.js';
import { SUMMARY, SUMMARY_TEXT } from '../../layouts/summary-style.js';
import { setRuns } from '../../layouts/set-runs.js';
import { BODY_HEIGHT, CONTENT_WIDTH, TYPE } from '../../layouts/theme.js';
import type { SummaryContent } from '../compose/summary.js';
import { summarySection } from '../compose/summary.js';

/** The section heading at the top of the page: margins, the title line, the rule. */
const HEADING = 18 + TYPE.h1 * 1.3 + 5 + 1.2 + 10;
/** Room kept free for what the measure cannot see (bold runs are wider, rounding). */
const SAFETY = 0.97;

const LINE = SUMMARY.size * SUMMARY.leading;

/** Lines of a text as the summary page sets it (the same typesetter, justified). */
function textLines(runs: Inline[], width: number): number {
  return setRuns(runs, width, SUMMARY_TEXT).length;
}

function blockHeight(b: Block): number {
  switch (b.kind) {
    case 'subheading':
      return SUMMARY.subTop + SUMMARY.subSize * SUMMARY.subLeading + SUMMARY.subBottom;
    case 'paragraph':
      return textLines(b.runs, CONTENT_WIDTH) * LINE + SUMMARY.paraBottom;
    case 'bullets':
      return (
        b.items.reduce(
          (h, it) => h + textLines(it, CONTENT_WIDTH - SUMMARY.indent) * LINE + SUMMARY.itemBottom,
          0,
        ) + SUMMARY.listBottom
      );
    default:
      return 0;
  }
}

export interface SummaryFit {
  fits: boolean;
  /** Points available below the heading. */
  available: number;
  /** Height of each answer with its title. */
  answers: { id: string; title: string; height: number }[];
  /** The ASIN lines and the documents line. */
  fixed: number;
  total: number;
  /** What one line of the summary takes, to say lengths in lines. */
  line: number;
}

export function summaryFit(content: SummaryContent): SummaryFit {
  const section: SectionModel = summarySection(content);
  const available = (BODY_HEIGHT - HEADING) * SAFETY;
  const answers = content.answers.map((a) => ({
    id: a.id,
    title: a.title,
    height:
      blockHeight({ kind: 'subheading', text: a.title }) +
      a.blocks.reduce((h, b) => h + blockHeight(b), 0),
  }));
  const all = section.blocks.reduce((h, b) => h + blockHeight(b), 0);
  const answered = answers.reduce((h, a) => h + a.height, 0);
  return {
    fits: all <= available,
    available,
    answers,
    fixed: all - answered,
    total: all,
    line: LINE,
  };
}

/**
 * The answers to shorten when the summary does not fit: those taller than an equal share of the
 * room the fixed lines leave (at least one is, when the page overflows).
 */
export function answersTooLong(
  fit: SummaryFit,
): { id: string; title: string; height: number; share: number }[] {
  if (fit.fits) return [];
  const share = (fit.available - fit.fixed) / fit.answers.length;
  const over = fit.answers.filter((a) => a.height > share);
  const list = over.length
    ? over
    : [...fit.answers].sort((a, b) => b.height - a.height).slice(0, 1);
  return list.map((a) => ({ ...a, share }));
}
