// Runs the core's analysis one slice at a time, giving the event loop a turn
// between slices so that typing, hovers and other extensions stay responsive
// while a large document is read.
import * as vscode from 'vscode';
import { analyzeSteps, Analysis, AnalyzeOptions } from '../../core';

export class Cancelled extends Error {
  constructor() {
    super('analysis cancelled');
  }
}

export interface CancelFlag {
  readonly cancelled: boolean;
}

/** How long each uninterrupted piece of a run held the extension host, in ms. */
export interface RunTimings {
  /** The longest turn spent reading the document's text (a getText call, or joining the parts). */
  longestReadMs: number;
  /** Slices of the text the core read, and the longest of them. */
  slices: number;
  longestSliceMs: number;
  /** The core's whole-document steps after the last slice, in order (the last one returns the analysis). */
  phasesMs: number[];
}

export const noTimings = (): RunTimings => ({ longestReadMs: 0, slices: 0, longestSliceMs: 0, phasesMs: [] });

// A request from the window needs a few turns of the event loop in the
// extension host: read, answered, and the answer written (VS Code's IPC
// writes on a zero-delay timer). Resuming after a single timer runs the next
// slice before the answer leaves, so every request waited about three slices
// (in code-server 1.100 with 50 ms slices, a command round trip took a median
// of 153 ms that way, 54 ms with the turns below). Browsers have no
// setImmediate; two timers do nearly as well there.
const immediate: ((cb: () => void) => void) | undefined = (globalThis as { setImmediate?: (cb: () => void) => void }).setImmediate;
export const nextTurn = (): Promise<void> => new Promise((resolve) => {
  setTimeout(() => (immediate ? immediate(() => setTimeout(resolve, 0)) : setTimeout(resolve, 0)), 0);
});

/**
 * Time-sliced loops over large analyses (decorations, the trees, the
 * outline). Several run at once after an analysis arrives, and all of them
 * resume in the same turn of the event loop, next to VS Code sending what
 * they made; so each gets a short slice of time rather than a fixed count
 * of items, whose cost varies with the machine and what else is running.
 */
export class TurnBudget {
  private since = performance.now();

  constructor(private readonly ms = 8) {}

  /** Whether the slice is used up; cheap enough to ask every few hundred items. */
  get spent(): boolean {
    return performance.now() - this.since >= this.ms;
  }

  async yield(): Promise<void> {
    await nextTurn();
    this.since = performance.now();
  }
}

/** Lines per getText call when reading a long document. */
const LINES_PER_READ = 20_000;

/** The document's text, read in parts with a turn for the event loop between
 *  them: joining a multi-megabyte document's lines in one go blocks noticeably. */
export async function readText(doc: vscode.TextDocument, flag: CancelFlag, timings = noTimings()): Promise<string> {
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    timings.longestReadMs = Math.max(timings.longestReadMs, now - t);
    t = now;
  };
  if (doc.lineCount <= LINES_PER_READ) {
    const text = doc.getText();
    lap();
    return text;
  }
  const parts: string[] = [];
  for (let line = 0; line < doc.lineCount; line += LINES_PER_READ) {
    const end = Math.min(doc.lineCount, line + LINES_PER_READ);
    const range = end < doc.lineCount ? new vscode.Range(line, 0, end, 0) : new vscode.Range(line, 0, end - 1, doc.lineAt(end - 1).text.length);
    parts.push(doc.getText(range));
    lap();
    await nextTurn();
    t = performance.now();
    if (flag.cancelled) throw new Cancelled();
  }
  const text = parts.join('');
  lap();
  return text;
}

/** `progress` gets the offset read so far. Throws Cancelled when `flag` is set. */
export async function analyzeInSlices(
  text: string,
  options: AnalyzeOptions,
  flag: CancelFlag,
  progress?: (offset: number) => void,
  timings = noTimings(),
): Promise<Analysis> {
  const steps = analyzeSteps(text, options);
  // The slice that ends the text yields text.length, and so does every whole-document step after it.
  let sliced = false;
  try {
    for (;;) {
      const t0 = performance.now();
      const step = steps.next();
      const ms = performance.now() - t0;
      if (sliced || step.done) {
        timings.phasesMs.push(ms);
      } else {
        timings.slices++;
        timings.longestSliceMs = Math.max(timings.longestSliceMs, ms);
        sliced = step.value >= text.length;
      }
      if (step.done) {
        if (flag.cancelled) throw new Cancelled();
        return step.value;
      }
      progress?.(step.value);
      await nextTurn();
      if (flag.cancelled) throw new Cancelled();
    }
  } finally {
    // Let the generator drop its state at once when we stop early.
    steps.return(undefined as unknown as Analysis);
  }
}
