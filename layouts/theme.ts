/**
 * The look of the report in one place: A4, generous margins, a clear type scale, one accent
 * colour, light rules. Geometry constants are shared with the table measurer in src/render.
 */
import type { Style } from '@react-pdf/types';
import { FONT_FAMILY } from '../src/render/metrics.js';

export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { top: 80, bottom: 68, left: 62, right: 62 } as const;
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const BODY_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom;

export const COLOR = {
  ink: '#1A1A1A',
  text: '#262626',
  muted: '#666666',
  faint: '#9A9A9A',
  rule: '#CFD5DB',
  ruleStrong: '#4A4A4A',
  accent: '#1F4E79',
  accentLight: '#E9EFF5',
  shade: '#E4E4E4',
  quoteBg: '#F5F6F7',
  watermark: '#B0B0B0',
} as const;

/** Grey levels of chart series: distinct in black-and-white print, plus hatching on the third. */
export const SERIES_FILL = ['#1F4E79', '#9DB3C8', '#FFFFFF'] as const;

export const TYPE = {
  body: 10,
  bodyLeading: 1.75,
  small: 8.5,
  caption: 8.5,
  table: 8.2,
  tableLeading: 1.4,
  h1: 15,
  h2: 11,
  cover: 22,
} as const;

export const TABLE = {
  padX: 4.5,
  padY: 3.6,
  /** Height of a table caption line above the table (fixed so table pages can be measured). */
  captionHeight: 20,
  noteLeading: 1.5,
} as const;

/**
 * Header and footer, painted on a canvas (layouts/Frame.tsx): sizes and the tops of their text
 * (pdfkit places text by the top of the font's ascent; Noto Sans JP spans 1.448 em).
 */
export const FURNITURE = {
  header: { size: 7.5, textTop: 34, rule: 48.75 },
  footer: { size: 8, textTop: PAGE.height - 34 - 8 * 1.448 },
} as const;

// a plain object (react-pdf's StyleSheet.create returns its argument): the geometry above is read
// by `check`'s summary fit, which does not load the renderer
export const styles = {
  page: {
    paddingTop: MARGIN.top,
    paddingBottom: MARGIN.bottom,
    paddingLeft: MARGIN.left,
    paddingRight: MARGIN.right,
    fontFamily: FONT_FAMILY,
    color: COLOR.text,
  },
  /** The separators' footer (our report pages paint theirs: layouts/Frame.tsx). */
  footer: {
    position: 'absolute',
    bottom: 34,
    left: MARGIN.left,
    right: MARGIN.right,
    textAlign: 'center',
    fontSize: FURNITURE.footer.size,
    color: COLOR.muted,
  },
  watermark: {
    position: 'absolute',
    top: 380,
    left: 0,
    width: PAGE.width,
    textAlign: 'center',
    fontSize: 64,
    lineHeight: 1.2,
    fontWeight: 700,
    color: COLOR.watermark,
    opacity: 0.3,
    transform: 'rotate(-35deg)',
  },
  sectionHead: {
    flexDirection: 'row',
    alignItems: 'flex-end',
    marginTop: 18,
    marginBottom: 10,
    paddingBottom: 5,
    borderBottomWidth: 1.2,
    borderBottomColor: COLOR.accent,
  },
  sectionNumber: {
    fontSize: TYPE.h1,
    lineHeight: 1.3,
    fontWeight: 700,
    color: COLOR.accent,
    width: 30,
  },
  sectionTitle: { fontSize: TYPE.h1, lineHeight: 1.3, fontWeight: 700, color: COLOR.ink, flex: 1 },
  subheading: {
    fontSize: TYPE.h2,
    lineHeight: 1.5,
    fontWeight: 700,
    color: COLOR.ink,
    marginTop: 8,
    marginBottom: 4,
  },
  paragraph: { fontSize: TYPE.body, lineHeight: TYPE.bodyLeading, marginBottom: 7 },
  bulletRow: { flexDirection: 'row', marginBottom: 3 },
  bulletMark: { width: 14, fontSize: TYPE.body, lineHeight: TYPE.bodyLeading, color: COLOR.accent },
  numberMark: { width: 20, fontSize: TYPE.body, lineHeight: TYPE.bodyLeading },
  bulletText: { fontSize: TYPE.body, lineHeight: TYPE.bodyLeading },
  bold: { fontWeight: 700 },
  caption: {
    height: TABLE.captionHeight,
    fontSize: TYPE.caption + 0.5,
    lineHeight: 1.4,
    fontWeight: 700,
    color: COLOR.accent,
    paddingTop: 4,
  },
  note: {
    fontSize: TYPE.small - 0.5,
    lineHeight: TABLE.noteLeading,
    color: COLOR.muted,
    marginTop: 3,
  },
  quote: {
    backgroundColor: COLOR.quoteBg,
    borderLeftWidth: 2.5,
    borderLeftColor: COLOR.accent,
    paddingTop: 7,
    paddingBottom: 7,
    paddingLeft: 11,
    paddingRight: 11,
    marginTop: 4,
    marginBottom: 10,
  },
  quoteLabel: {
    fontSize: TYPE.small,
    lineHeight: 1.4,
    fontWeight: 700,
    color: COLOR.accent,
    marginBottom: 3,
  },
  quoteText: { fontSize: TYPE.body - 0.5, lineHeight: 1.7 },
  factRow: {
    flexDirection: 'row',
    borderBottomWidth: 0.5,
    borderBottomColor: COLOR.rule,
    paddingTop: 3,
    paddingBottom: 3,
  },
  factLabel: { width: 130, fontSize: TYPE.small + 0.5, lineHeight: 1.5, color: COLOR.muted },
  factValue: { fontSize: TYPE.small + 0.5, lineHeight: 1.5 },
  placeholder: {
    borderWidth: 1,
    borderStyle: 'dashed',
    borderColor: '#8A8A8A',
    backgroundColor: '#F2F2F2',
    padding: 10,
    marginBottom: 8,
  },
  placeholderText: { fontSize: TYPE.body, lineHeight: 1.6, fontWeight: 700, color: '#444444' },
  actionRow: {
    flexDirection: 'row',
    paddingTop: 5,
    paddingBottom: 5,
    borderBottomWidth: 0.5,
    borderBottomColor: COLOR.rule,
  },
  actionDate: {
    width: 96,
    fontSize: TYPE.small + 0.5,
    lineHeight: 1.6,
    fontWeight: 700,
    color: COLOR.accent,
  },
  actionBody: { flex: 1 },
  actionText: { fontSize: TYPE.body - 0.5, lineHeight: 1.65 },
  actionEvidence: { fontSize: TYPE.small, lineHeight: 1.5, color: COLOR.muted, marginTop: 1 },
  block: { marginBottom: 10 },
} satisfies Record<string, Style>;
