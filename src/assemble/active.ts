/**
 * Active content out of the copy we attach: scripts (JavaScript in page, document, field and
 * link actions), actions that launch programs, open web addresses, submit or import form data,
 * embedded files and the annotations that carry them or play media, XFA forms. What the page
 * shows is kept (text, images, form field appearances); a link becomes an inert rectangle.
 * Returns what was removed, by kind, so the separator page and the upload name can say so.
 */
import { PDFArray, PDFDict, PDFName, type PDFDocument, type PDFObject, type PDFRef } from 'pdf-lib';

export type ActiveKind =
  | 'javascript'
  | 'launch'
  | 'uri'
  | 'form-submit'
  | 'embedded-file'
  | 'media'
  | 'xfa'
  | 'other-action';

/** Annotations that only carry files, sound, video or 3D: removed whole. */
const CARRIERS = new Set(['FileAttachment', 'Sound', 'Movie', 'Screen', 'RichMedia', '3D']);

/** Actions that stay within the page being looked at. */
const INERT_ACTIONS = new Set(['GoTo']);

const KIND_OF_ACTION: Record<string, ActiveKind> = {
  JavaScript: 'javascript',
  Launch: 'launch',
  URI: 'uri',
  SubmitForm: 'form-submit',
  ImportData: 'form-submit',
  ResetForm: 'other-action',
  GoToR: 'other-action',
  GoToE: 'embedded-file',
  Rendition: 'media',
  Sound: 'media',
  Movie: 'media',
  RichMediaExecute: 'media',
};

const N = (s: string) => PDFName.of(s);

function dictOf(doc: PDFDocument, o: PDFObject | undefined): PDFDict | undefined {
  const v = o === undefined ? undefined : doc.context.lookup(o);
  return v instanceof PDFDict ? v : undefined;
}

/** The kinds of an action and of every action chained after it by /Next. */
function actionKinds(doc: PDFDocument, o: PDFObject | undefined, out: Set<ActiveKind>, depth = 0) {
  if (depth > 32) return;
  const v = o === undefined ? undefined : doc.context.lookup(o);
  if (v instanceof PDFArray) {
    for (let i = 0; i < v.size(); i++) actionKinds(doc, v.get(i), out, depth + 1);
    return;
  }
  if (!(v instanceof PDFDict)) return;
  const s = v.lookup(N('S'));
  const name = s instanceof PDFName ? s.decodeText() : '';
  if (!INERT_ACTIONS.has(name)) out.add(KIND_OF_ACTION[name] ?? 'other-action');
  actionKinds(doc, v.get(N('Next')), out, depth + 1);
}

/** Removes /A (unless a plain in-document GoTo) and /AA from `d`, noting what they were. */
function stripActions(doc: PDFDocument, d: PDFDict, found: Set<ActiveKind>): void {
  const aa = dictOf(doc, d.get(N('AA')));
  if (aa) {
    for (const [, v] of aa.entries()) actionKinds(doc, v, found);
    d.delete(N('AA'));
  }
  const a = d.get(N('A'));
  if (a !== undefined) {
    // a chain of plain GoTo actions stays; anything else in it removes the whole action
    const kinds = new Set<ActiveKind>();
    actionKinds(doc, a, kinds);
    for (const k of kinds) found.add(k);
    if (kinds.size) d.delete(N('A'));
  }
}

/**
 * Strips active content from `doc` in place: the catalog's (open action, document scripts,
 * embedded files, the form with its XFA) and that of every page in `pages` (additional actions,
 * annotation and form field actions, file and media annotations).
 */
export function stripActiveContent(doc: PDFDocument, pages: PDFRef[]): ActiveKind[] {
  const found = new Set<ActiveKind>();
  const cat = doc.catalog;
  const open = cat.get(N('OpenAction'));
  if (open !== undefined) {
    const kinds = new Set<ActiveKind>();
    actionKinds(doc, open, kinds);
    // an open action that is a destination array only turns to a page: harmless, but of no use
    for (const k of kinds) found.add(k);
    cat.delete(N('OpenAction'));
  }
  stripActions(doc, cat, found);
  const names = dictOf(doc, cat.get(N('Names')));
  if (names) {
    if (names.has(N('JavaScript'))) found.add('javascript');
    if (names.has(N('EmbeddedFiles'))) found.add('embedded-file');
    for (const k of ['JavaScript', 'EmbeddedFiles', 'AlternatePresentations', 'Renditions'])
      names.delete(N(k));
  }
  const form = dictOf(doc, cat.get(N('AcroForm')));
  if (form) {
    if (form.has(N('XFA'))) found.add('xfa');
    // the fields' scripts are found through their widgets below; the form itself goes
    cat.delete(N('AcroForm'));
  }
  for (const ref of pages) {
    const page = dictOf(doc, ref);
    if (!page) continue;
    stripActions(doc, page, found);
    const annots = page.lookup(N('Annots'));
    if (!(annots instanceof PDFArray)) continue;
    const keep = annots.asArray().filter((o) => {
      const annot = dictOf(doc, o);
      if (!annot) return true;
      const sub = annot.lookup(N('Subtype'));
      const subtype = sub instanceof PDFName ? sub.decodeText() : '';
      if (CARRIERS.has(subtype)) {
        found.add(subtype === 'FileAttachment' ? 'embedded-file' : 'media');
        return false;
      }
      stripActions(doc, annot, found);
      // a widget's field (and the fields above it) can hold scripts too
      let parent = dictOf(doc, annot.get(N('Parent')));
      for (let depth = 0; parent && depth < 32; depth++) {
        stripActions(doc, parent, found);
        parent = dictOf(doc, parent.get(N('Parent')));
      }
      return true;
    });
    if (keep.length !== annots.size()) {
      if (keep.length) page.set(N('Annots'), doc.context.obj(keep));
      else page.delete(N('Annots'));
    }
  }
  return [...found].sort();
}
