// The web extension host is itself a browser worker, without Node's
// worker_threads: there the analysis runs in slices on its thread
// (analyzeInSlices). scripts/build.mjs resolves './offThread' to this file
// for the web bundle.
import type { OffThreadAnalyzer } from './offThread';

export const analyzeOffThread: OffThreadAnalyzer | undefined = undefined;

export function stopWorkers(): void {
  // No workers to stop.
}
