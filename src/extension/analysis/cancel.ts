// Why a run can end without an analysis that is its own outcome: given up for
// newer text or a closed document, left to the extension host's thread, or
// out of memory.

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

/** The worker reached its heap limit on this text: the run fails, as it would on the extension host's thread. */
export class OutOfMemory extends Error {
  constructor(detail: string) {
    super(`the analysis ran out of memory (${detail}); the document is too large for Kilde to annotate`);
    this.name = 'OutOfMemory';
  }
}
