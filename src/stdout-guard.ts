/**
 * `--json` prints exactly one JSON document on stdout. Libraries write there on their own
 * (omggif: console.log("Warning, gif stream shorter than expected.")), so while a command runs
 * with --json, stdout is the JSON's alone: everything else written to it goes to stderr, and
 * the document itself is written with the stream's own write, kept here before any redirect.
 */
const ownWrite = process.stdout.write.bind(process.stdout);
let guarded = false;

/** From now on, writes to process.stdout (console.log included) go to stderr. */
export function guardStdout(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) =>
    (process.stderr.write as (...a: unknown[]) => boolean)(
      chunk,
      ...rest,
    )) as typeof process.stdout.write;
}

/** Writes to the real stdout, guarded or not. */
export function writeStdout(text: string): boolean {
  return ownWrite(text);
}
