// Files annotated on several cores: a worker thread per core, each running the same bundle
// (this file's worker side below), results handed back in the order the files were given.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { annotateFile, FileJob, FileResult } from './job';

const WORKER_MARK = 'kilde-annotate-worker';

interface Task {
  id: number;
  job: FileJob;
  resolve: (r: FileResult) => void;
}

interface Slot {
  worker: Worker;
  task: Task | undefined;
}

/** Worker threads that annotate one file at a time each. */
export class AnnotatePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(readonly size: number, private readonly script: string) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script, { workerData: WORKER_MARK }), task: undefined };
    slot.worker.on('message', (m: { id: number; result: FileResult }) => {
      const task = slot.task;
      if (!task || task.id !== m.id) return;
      slot.task = undefined;
      task.resolve(m.result);
      this.feed(slot);
    });
    // A worker that dies (out of memory, say) fails only its file; a new one takes its place.
    const lost = (why: string) => {
      if (this.closed) return;
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      const task = slot.task;
      slot.task = undefined;
      this.slots[i] = this.spawn();
      task?.resolve({ ok: false, exit: 1, message: `analysis failed: ${why}`, warnings: [] });
      this.feed(this.slots[i]);
    };
    slot.worker.on('error', (err) => lost(err instanceof Error ? err.message.split('\n')[0] : String(err)));
    slot.worker.on('exit', (code) => lost(`its worker stopped (exit ${code})`));
    return slot;
  }

  run(job: FileJob): Promise<FileResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, resolve });
      const idle = this.slots.find((s) => !s.task);
      if (idle) this.feed(idle);
    });
  }

  private feed(slot: Slot): void {
    const task = this.queue.shift();
    if (!task) return;
    slot.task = task;
    slot.worker.postMessage({ id: task.id, job: task.job });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** How many workers: --jobs if given, else one per core, never more than there are files. */
export function poolSize(requested: number | undefined, files: number): number {
  return Math.max(1, Math.min(requested ?? availableParallelism(), files));
}

/** The worker side: when this bundle runs as one of the pool's threads, it answers jobs. */
export function runAsWorker(): boolean {
  if (isMainThread || workerData !== WORKER_MARK || !parentPort) return false;
  const port = parentPort;
  port.on('message', (m: { id: number; job: FileJob }) => {
    void annotateFile(m.job).then((result) => port.postMessage({ id: m.id, result }));
  });
  return true;
}
