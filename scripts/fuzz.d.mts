// Types for the parts of fuzz.mjs that test/unit/fuzz.test.ts uses.
import type { Analysis, AnalyzeOptions } from '../src/core/model';

export interface FuzzEnv {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  IncrementalAnalyzer?: new () => { update(text: string, options?: AnalyzeOptions & { full?: boolean }): Analysis };
  formats?: {
    toJson(a: Analysis, options?: { pretty?: boolean; file?: string }): string;
    toBrat(a: Analysis, text: string): string;
    toMarkdown(a: Analysis, options?: { title?: string }): string;
  };
}

export interface FuzzFailure {
  kind: 'throw' | 'invariant' | 'nondeterministic' | 'format' | 'incremental' | 'superlinear' | 'hang';
  generator: string;
  seed: number;
  index: number;
  message: string;
  stack?: string;
  options?: AnalyzeOptions;
  input?: string;
  texts?: string[];
  shrunk?: string;
  shrunkMessage?: string;
}

export interface TimingResult {
  k: number;
  kind: string;
  smallChars: number;
  bigChars: number;
  smallMs: number;
  bigMs: number;
  ratio: number;
}

export interface FuzzStats {
  seed: number;
  executions: number;
  chars: number;
  byGenerator: Record<string, { executions: number; chars: number }>;
  determinismChecks: number;
  formatChecks: number;
  incrementalEdits: number;
  repeatedFailures: number;
  timing: TimingResult[];
  failures: FuzzFailure[];
  slowest: { ms: number; chars: number; generator: string; index?: number };
  elapsedMs: number;
}

export interface FuzzOptions {
  env: FuzzEnv;
  corpus?: string[];
  seed?: number;
  seconds?: number;
  maxExecutions?: number;
  generators?: string[];
  timingEverySeconds?: number;
  timingSize?: number;
  timingLimit?: number;
  timingFloorMs?: number;
  shrinkMs?: number;
  maxFailures?: number;
  /** Start the timing checks with each pattern unit repeated alone. */
  sweepPatterns?: boolean;
  onFailure?: (f: FuzzFailure) => void;
  onProgress?: (stats: FuzzStats, elapsedMs: number) => void;
  progressEverySeconds?: number;
  heartbeat?: (phase: number, index: number) => void;
}

export const GENERATORS: string[];
/** Runs the fuzzer in this thread until the time or the execution budget runs out. */
export function fuzz(options: FuzzOptions): FuzzStats;
/** The figures of a run, as the command line prints them. */
export function summary(stats: FuzzStats): string;
/** Deletes chunks of `input` while `fails` holds. */
export function shrink(input: string, fails: (candidate: string) => boolean, budgetMs: number): { input: string; tries: number };
