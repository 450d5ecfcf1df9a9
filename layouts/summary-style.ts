/**
 * The type of the summary page (points): layouts/Summary.tsx sets it, src/render/summary-fit.ts
 * measures with the same numbers (without loading the renderer).
 */
import type { SetStyle } from './set-runs.js';
import { COLOR, TYPE } from './theme.js';

/** Sizes and spaces of the summary page. */
export const SUMMARY = {
  size: 9,
  leading: 1.55,
  subSize: TYPE.body,
  subLeading: 1.4,
  subTop: 7,
  subBottom: 2,
  paraBottom: 4,
  itemBottom: 1.5,
  listBottom: 3,
  indent: 12,
} as const;

/** Answers and list items: set by the typesetter, justified like the sections. */
export const SUMMARY_TEXT: SetStyle = {
  size: SUMMARY.size,
  leading: SUMMARY.leading,
  color: COLOR.text,
};
