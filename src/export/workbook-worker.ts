/**
 * Worker entry: builds the reconciliation workbook on the second core while the main thread
 * renders the report (src/export/workbook-task.ts starts it). Sends the xlsx bytes back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkbookInput } from './workbook-task.js';
import { reply } from '../worker-job.js';
import { reconciliationWorkbook } from './workbook.js';

const { rec, cs, lang, date, lines } = workerData as WorkbookInput;
reply(parentPort, await reconciliationWorkbook(rec, cs, lang, date, lines));
