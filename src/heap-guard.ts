/**
 * Running out of memory ends in a clear exit 2, never in V8's crash (exit 134 and a C++ stack).
 * The readers check the heap every 10,000 rows (`heapProblem`, naming the file being read); and
 * while any command runs, a timer looks at the heap whenever the event loop turns (streams,
 * file reads and child processes let it turn often) and stops the run the same way when the heap
 * is almost full. A write in progress is left as an interrupted build leaves it: revisions are
 * written to a temporary folder and renamed only when complete.
 */
import { getHeapStatistics } from 'node:v8';
import { EvidenceError, problem, type Location } from './errors.js';
import { t } from './i18n/catalogue.js';

/** Share of V8's heap limit above which a run is stopped. */
export const HEAP_SHARE = 0.88;
/**
 * While records are read: the reconciliation that follows is synchronous (no timer runs), so a
 * run is stopped while reading, with the file named, when what follows would not fit. Two
 * measures: the heap in use above this share of the limit (garbage included, so not too low),
 * and an estimate from the rows held that does not depend on when V8 last collected garbage.
 */
export const RECORDS_HEAP_SHARE = 0.6;
/**
 * Heap a whole run needs per invoice line held. Lines are held in columns (typed arrays, outside
 * the heap, and each distinct text once): `build` of 2,600,000 lines, each its own invoice,
 * completes in a 350 MB heap with these guards off, so at most (350 - 48) MB / 2.6M = 116 bytes a
 * line; about twice that, for what is not yet collected.
 */
export const HEAP_PER_INVOICE_LINE = 250;
/**
 * The same for a row of any other report (returns, receipts, ledger, shipments …; orders per SKU
 * and day), held as an object and copied once more in reconcile: kept at the 500 bytes measured
 * when invoice lines were held that way too.
 */
export const HEAP_PER_HELD_ROW = 500;
/** Heap of the tool itself before any record (modules, fonts, case). */
export const HEAP_BASE = 48 * 2 ** 20;

/**
 * The share for the records of this run: what is in use when reading starts plus a quarter of
 * the room left below HEAP_SHARE (the reconciliation after them takes about twice what they
 * take), at most RECORDS_HEAP_SHARE. Commands load their modules on use, so what is in use at
 * the start differs between commands; a fixed share let a light start read too many rows.
 */
export function recordsHeapShare(): number {
  const s = getHeapStatistics();
  const start = s.used_heap_size / s.heap_size_limit;
  return Math.min(RECORDS_HEAP_SHARE, start + (HEAP_SHARE - start) / 4);
}

/** The heap a run needs for the records held so far (see HEAP_PER_INVOICE_LINE). */
export function heldHeap(invoiceLines: number, otherRows: number): number {
  return invoiceLines * HEAP_PER_INVOICE_LINE + otherRows * HEAP_PER_HELD_ROW;
}

function heapMiB(share: number): { used: number; limit: number; full: boolean } {
  const s = getHeapStatistics();
  return {
    used: Math.round(s.used_heap_size / 2 ** 20),
    limit: Math.round(s.heap_size_limit / 2 ** 20),
    full: s.used_heap_size > s.heap_size_limit * share,
  };
}

/**
 * The out-of-memory fault (exit 2) when the heap is above `share` of its limit, or when the
 * records held would need more than 90% of it (`held`: bytes, from `heldHeap`); else undefined.
 */
export function heapProblem(
  where: Location = {},
  rows?: number,
  share = HEAP_SHARE,
  held = 0,
): EvidenceError | undefined {
  const h = heapMiB(share);
  const need = HEAP_BASE + held;
  if (!h.full && need <= getHeapStatistics().heap_size_limit * 0.9) return undefined;
  return new EvidenceError(
    [
      problem(
        'OUT_OF_MEMORY',
        where,
        rows === undefined
          ? t('fault.memory', { used: h.used, limit: h.limit })
          : h.full
            ? t('fault.memory.rows', { used: h.used, limit: h.limit, rows })
            : // not full yet: what the rows held will need does not fit (say so, not "out of memory")
              t('fault.memory.need', {
                used: h.used,
                limit: h.limit,
                rows,
                need: Math.round(need / 2 ** 20),
              }),
        { hint: t('fault.memory.hint', { mib: Math.max(4096, h.limit * 2) }) },
      ),
    ],
    2,
  );
}

/**
 * Starts the timer; `stop(err)` prints the fault and ends the process with exit 2.
 * The timer does not keep the process alive.
 */
export function startHeapGuard(stop: (err: EvidenceError) => void, everyMs = 100): void {
  const timer = setInterval(() => {
    const err = heapProblem();
    if (err) {
      clearInterval(timer);
      stop(err);
    }
  }, everyMs);
  timer.unref();
}
