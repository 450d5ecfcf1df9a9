/**
 * A minimal real .docx written by the tests: [Content_Types].xml, relationships, styles with
 * "heading 2" and "heading 3", numbering (bullets and decimals), and word/document.xml.
 */
import { makeZip } from '../../scripts/hostile/zip.mjs';

export interface Para {
  /** Style id: Heading1, Heading2, Heading3 (else a normal paragraph). */
  style?: string;
  /** Runs: text, or [text, 'b'] for bold. */
  runs: (string | [string, 'b'])[];
  /** List: 1 = bullets, 2 = numbered. */
  list?: 1 | 2;
  /** Raw XML added inside the paragraph (tracked changes, comment references). */
  raw?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function paragraph(p: Para): string {
  const props = [
    p.style ? `<w:pStyle w:val="${p.style}"/>` : '',
    p.list ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${p.list}"/></w:numPr>` : '',
  ].join('');
  const runs = p.runs
    .map((r) =>
      typeof r === 'string'
        ? `<w:r><w:t xml:space="preserve">${esc(r)}</w:t></w:r>`
        : `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(r[0])}</w:t></w:r>`,
    )
    .join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}${p.raw ?? ''}</w:p>`;
}

/** A table of plain cells (first row is the header). */
export function tableXml(rows: string[][]): string {
  return `<w:tbl>${rows
    .map(
      (r) =>
        `<w:tr>${r.map((c) => `<w:tc><w:p><w:r><w:t>${esc(c)}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`,
    )
    .join('')}</w:tbl>`;
}

const style = (id: string, name: string) =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;

export function makeDocx(body: (Para | string)[]): Buffer {
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${body.map((b) => (typeof b === 'string' ? b : paragraph(b))).join('')}</w:body></w:document>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>${style('Normal', 'Normal')}${style('Heading1', 'heading 1')}${style('Heading2', 'heading 2')}${style('Heading3', 'heading 3')}</w:styles>`;
  const level = (fmt: string) =>
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${fmt === 'bullet' ? '•' : '%1.'}"/></w:lvl>`;
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${level('bullet')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${level('decimal')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
  const types = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
  const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;
  return makeZip([
    { name: '[Content_Types].xml', data: Buffer.from(types) },
    { name: '_rels/.rels', data: Buffer.from(rels) },
    { name: 'word/document.xml', data: Buffer.from(doc) },
    { name: 'word/_rels/document.xml.rels', data: Buffer.from(docRels) },
    { name: 'word/styles.xml', data: Buffer.from(styles) },
    { name: 'word/numbering.xml', data: Buffer.from(numbering) },
  ]);
}
