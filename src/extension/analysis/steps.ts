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

// setTimeout exists in Node and in browsers alike; setImmediate does not.
export const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Lines per getText call when reading a long document. */
const LINES_PER_READ = 20_000;

/** The document's text, read in parts with a turn for the event loop between
 *  them: joining a multi-megabyte document's lines in one go blocks noticeably. */
export async function readText(doc: vscode.TextDocument, flag: CancelFlag): Promise<string> {
  if (doc.lineCount <= LINES_PER_READ) return doc.getText();
  const parts: string[] = [];
  for (let line = 0; line < doc.lineCount; line += LINES_PER_READ) {
    const end = Math.min(doc.lineCount, line + LINES_PER_READ);
    const range = end < doc.lineCount ? new vscode.Range(line, 0, end, 0) : new vscode.Range(line, 0, end - 1, doc.lineAt(end - 1).text.length);
    parts.push(doc.getText(range));
    await nextTurn();
    if (flag.cancelled) throw new Cancelled();
  }
  return parts.join('');
}

/** `progress` gets the offset read so far. Throws Cancelled when `flag` is set. */
export async function analyzeInSlices(
  text: string,
  options: AnalyzeOptions,
  flag: CancelFlag,
  progress?: (offset: number) => void,
): Promise<Analysis> {
  const steps = analyzeSteps(text, options);
  try {
    for (;;) {
      const step = steps.next();
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
