/** The sample cases the generator writes, one module per case folder under samples/. */
import jaAuthenticity from './ja-authenticity.mjs';
import enAuthenticity from './en-authenticity.mjs';

export const CASES = [jaAuthenticity, enAuthenticity];
