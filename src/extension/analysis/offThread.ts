// Where a large document's analysis runs off the extension host's thread: in
// the desktop (Node) extension host, a worker thread. The web build takes
// offThread.web.ts instead (scripts/build.mjs), where there is none.
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { Analysis, AnalyzeOptions } from '../../core';
import type { CancelFlag } from './cancel';
import type { DocText } from './docText';
import type { RunTimings } from './timings';
import { analyzeInWorker } from './workerHost';
import { WorkerPool } from './workerPool';
import type { Fault } from './workerProtocol';

export type OffThreadAnalyzer = (
  text: DocText,
  options: AnalyzeOptions,
  flag: CancelFlag,
  progress: (offset: number) => void,
  timings: RunTimings,
  fault?: Fault,
) => Promise<Analysis>;

// dist/extension.js and the worker's bundle lie side by side.
const WORKER_SCRIPT = path.join(__dirname, 'analysisWorker.js');

const workers = new WorkerPool(() => new Worker(WORKER_SCRIPT));

export const analyzeOffThread: OffThreadAnalyzer | undefined = (text, options, flag, progress, timings, fault) =>
  analyzeInWorker(workers, text, options, flag, progress, timings, fault);

/** Lets the idle worker go (the extension is deactivated). */
export function stopWorkers(): void {
  workers.dispose();
}
