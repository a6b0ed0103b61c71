// Runs the core's analysis one slice at a time, giving the event loop a turn
// between slices so that typing, hovers and other extensions stay responsive
// while a large document is read.
import * as vscode from 'vscode';
import { analyzeSteps, Analysis, AnalyzeOptions } from '../../core';
import { nextTurn } from './turns';
import { CancelFlag, Cancelled } from './cancel';
import { noTimings, recordStep } from './timings';
import { DocText } from './docText';

/** Lines per getText call when reading a long document. */
const LINES_PER_READ = 20_000;

/** The document's text, read in parts with a turn for the event loop between
 *  them: reading a multi-megabyte document's lines in one go blocks noticeably. */
export async function readText(doc: vscode.TextDocument, flag: CancelFlag, timings = noTimings()): Promise<DocText> {
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    timings.longestReadMs = Math.max(timings.longestReadMs, now - t);
    t = now;
  };
  if (doc.lineCount <= LINES_PER_READ) {
    const text = doc.getText();
    lap();
    return DocText.of(text);
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
  return new DocText(parts);
}

/** The text as one string, for the core on this thread: the join of a huge document's parts counts as reading. */
export function wholeText(text: DocText, timings = noTimings()): string {
  const t0 = performance.now();
  const whole = text.whole();
  timings.longestReadMs = Math.max(timings.longestReadMs, performance.now() - t0);
  return whole;
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
  let sliced = false;
  try {
    for (;;) {
      const t0 = performance.now();
      const step = steps.next();
      const ms = performance.now() - t0;
      sliced = recordStep(timings, sliced, ms, step.done ? text.length : step.value, text.length, !!step.done);
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
