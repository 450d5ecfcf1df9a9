/** DOCUMENT_TYPE (error): a document whose file type Amazon does not accept (PDF/JPG/PNG/GIF only). */
import type { Ctx } from '../context.js';
import { finding } from '../finding.js';
import type { Finding } from '../types.js';

/** File name endings Amazon accepts for appeal documents. */
export const ACCEPTED_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png', 'gif'];

export function documentType(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const d of ctx.c.documents) {
    const name = d.file.split('/').pop() ?? d.file;
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
    if (ACCEPTED_EXTENSIONS.includes(ext)) continue;
    out.push(
      finding(
        'DOCUMENT_TYPE',
        'error',
        { file: d.file, ext: ext || '-' },
        { file: d.file, invoice: d.invoiceNumber },
      ),
    );
  }
  return out;
}
