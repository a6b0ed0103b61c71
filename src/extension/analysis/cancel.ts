// Why a run can end without an analysis that is its own outcome: given up for
// newer text or a closed document, or left to the extension host's thread.

export class Cancelled extends Error {
  constructor() {
    super('analysis cancelled');
  }
}

export interface CancelFlag {
  readonly cancelled: boolean;
}

/** The worker could not start, or died before it sent an analysis: the run can be done without it. */
export class WorkerUnavailable extends Error {
  constructor(why: string, override readonly cause?: unknown) {
    super(`the analysis worker ${why}`);
  }
}
