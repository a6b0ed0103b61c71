// The public surface of the core: pure TypeScript, no vscode and no Node API.
export { analyze, analyzeSteps } from './analyze';
export { IncrementalAnalyzer } from './incremental';
export type { IncrementalOptions, IncrementalStats } from './incremental';
export * from './model';
export { toBrat, toJson, toJsonPieces, toMarkdown, toPrediction } from './format';
export * from './review';
import { getGazetteer, gazetteerLoadStats } from './places/gazetteer';

/** Loads the gazetteer now instead of on the first analysis (for warm-up and the benchmark). */
export function loadGazetteer(): ReturnType<typeof gazetteerLoadStats> {
  getGazetteer();
  return gazetteerLoadStats();
}
