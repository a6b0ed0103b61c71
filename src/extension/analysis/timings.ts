// What a run reports about how long it held the extension host. No vscode
// import: the worker's host side records these too.

/** How long each uninterrupted piece of a run held the extension host, in ms. */
export interface RunTimings {
  /** The longest turn spent reading the document's text (a getText call, or joining the parts). */
  longestReadMs: number;
  /** Slices of the text the core read, and the longest of them. */
  slices: number;
  longestSliceMs: number;
  /** The core's whole-document steps after the last slice, in order (the last one returns the analysis). */
  phasesMs: number[];
  /** The core ran in a worker thread: its slices and steps above held that thread, not the extension host. */
  offThread: boolean;
  /** The longest turn the extension host spent handing the text to the worker or taking the analysis back. */
  longestTransferMs: number;
}

export const noTimings = (): RunTimings => ({ longestReadMs: 0, slices: 0, longestSliceMs: 0, phasesMs: [], offThread: false, longestTransferMs: 0 });

/** The longest stretch a run held the extension host. */
export const longestHold = (t: RunTimings): number =>
  Math.max(t.longestReadMs, t.longestTransferMs, ...(t.offThread ? [] : [t.longestSliceMs, ...t.phasesMs]));

/**
 * Files a step of the core that ran `ms` and had read up to `offset` of
 * `length` characters: a slice, or once `sliced` (the text read to its end) a
 * whole-document step, as is the `last` (the one that returns the analysis).
 * Returns the new `sliced`.
 */
export function recordStep(timings: RunTimings, sliced: boolean, ms: number, offset: number, length: number, last: boolean): boolean {
  // The slice that ends the text yields its length, and so does every whole-document step after it.
  if (sliced || last) {
    timings.phasesMs.push(ms);
    return true;
  }
  timings.slices++;
  timings.longestSliceMs = Math.max(timings.longestSliceMs, ms);
  return offset >= length;
}
