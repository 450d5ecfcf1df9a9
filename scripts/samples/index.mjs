/**
 * The sample cases the generator writes, one module per case folder under samples/<id>/.
 *
 * A case module default-exports a definition with an `id`. Authenticity cases give the data
 * that lib/authenticity.mjs turns into records, documents and case.json (see
 * ja-authenticity.mjs). Any other kind of case can instead export `build()`, returning
 * `{files: Map<relativePath, Buffer>, numbers, window}`; make-samples writes the files. The
 * libraries in lib/ (prng, cp932, reports, tables, pdf, raster, images, simulate) are shared.
 */
import jaAuthenticity from './ja-authenticity.mjs';
import enAuthenticity from './en-authenticity.mjs';
import jaPerformance from './ja-performance.mjs';

export const CASES = [jaAuthenticity, enAuthenticity, jaPerformance];
