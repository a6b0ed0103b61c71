// Where the analysis workers come from. Starting one takes ~40 ms, and in a
// fresh worker the core runs cold, before V8 has optimised it: a 400 K
// character document took 560 ms in a new worker, 165–230 ms in one that had
// read it before (1 M: 800 ms, 300–350 ms). A worker that finished a run is
// therefore kept, idle, for the next run (most often the next edit of the
// same document); one that was stopped, failed or read a large document is
// not. No vscode import: the unit tests use this too.
import type { Worker } from 'worker_threads';

export interface Workers {
  /** A worker for a run: the idle one, or a new one. Throws if none can start. */
  take(): Worker;
  /** A worker back from a run: kept for the next one if `reusable`, else terminated. */
  give(worker: Worker, reusable: boolean): void;
}

/** A new worker for every run, terminated after it. */
export const oneOff = (spawn: () => Worker): Workers => ({
  take: spawn,
  give: (worker) => void worker.terminate(),
});

/** Keeps at most one idle worker, for `idleMs` after its last run. */
export class WorkerPool implements Workers {
  private idle: { worker: Worker; timer: ReturnType<typeof setTimeout>; died: () => void } | undefined;

  constructor(
    private readonly spawn: () => Worker,
    // Long enough for the next edit's run while the user types; not so long that an idle worker's
    // memory is held once they have moved on.
    private readonly idleMs = 30_000,
  ) {}

  take(): Worker {
    const idle = this.idle;
    if (!idle) return this.spawn();
    this.idle = undefined;
    clearTimeout(idle.timer);
    idle.worker.off('exit', idle.died).off('error', idle.died);
    idle.worker.ref();
    return idle.worker;
  }

  give(worker: Worker, reusable: boolean): void {
    if (!reusable || this.idle) {
      void worker.terminate();
      return;
    }
    const forget = () => {
      if (this.idle?.worker !== worker) return;
      clearTimeout(this.idle.timer);
      worker.off('exit', forget).off('error', forget);
      this.idle = undefined;
    };
    const timer = setTimeout(() => {
      forget();
      void worker.terminate();
    }, this.idleMs);
    // An idle worker must keep neither the extension host nor a test run alive.
    (timer as { unref?: () => void }).unref?.();
    worker.unref();
    // A worker that dies while idle is not handed out; its error, with no run to fail, is not thrown either.
    worker.once('exit', forget).once('error', forget);
    this.idle = { worker, timer, died: forget };
  }

  /** Terminates the idle worker, if any. */
  dispose(): void {
    const idle = this.idle;
    if (!idle) return;
    idle.died();
    void idle.worker.terminate();
  }
}
