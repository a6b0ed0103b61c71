// Files annotated on several cores: a worker thread per core, each running the same bundle
// (this file's worker side below), results handed back in the order the files were given.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { annotateFile, FileJob, FileResult } from './job';

const WORKER_MARK = 'kilde-annotate-worker';
const ENCODER = new TextEncoder();

interface Task {
  id: number;
  job: FileJob;
  resolve: (r: FileResult) => void;
}

interface Slot {
  worker: Worker;
  /** Sent and not yet answered, oldest first; the first is the one being analysed. */
  tasks: Task[];
}

// Each worker is sent its next file before it has finished the current one. Waiting for the
// answer before sending the next left it idle one message round trip per file: on an archive
// of small files, about a sixth of its time.
const DEPTH = 2;

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
    const slot: Slot = { worker: new Worker(this.script, { workerData: WORKER_MARK }), tasks: [] };
    slot.worker.on('message', (m: { id: number; result: FileResult }) => {
      if (slot.tasks[0]?.id !== m.id) return;
      slot.tasks.shift()!.resolve(m.result);
      this.feed(slot);
    });
    // A worker that dies (out of memory, say) fails only the file it was analysing; the files
    // sent after it go back to the head of the queue, and a new worker takes its place.
    const lost = (why: string) => {
      if (this.closed) return;
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      const [task, ...waiting] = slot.tasks;
      slot.tasks = [];
      this.queue.unshift(...waiting);
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
      // The least busy worker takes it.
      let slot = this.slots[0];
      for (const s of this.slots) if (s.tasks.length < slot.tasks.length) slot = s;
      this.feed(slot);
    });
  }

  private feed(slot: Slot): void {
    while (slot.tasks.length < DEPTH) {
      const task = this.queue.shift();
      if (!task) return;
      slot.tasks.push(task);
      slot.worker.postMessage({ id: task.id, job: task.job });
    }
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

// Each worker loads the bundle and then runs cold code until the JIT has compiled it, and while
// every core runs a worker, the compiler threads wait for a core too. On 2 cores, folders of
// article-sized files took, on 2 workers against 1 thread: 6.7 MB 6.7 s / 4.3 s, 20 MB 10.5 s /
// 9.8 s, 40 MB 15.3 s / 15.9 s, 80 MB 25.9 s / 33.1 s. The cost is about what one thread reads in
// WARM_UP_BYTES; n workers save (n − 1)/n of the reading, hence the threshold.
const WARM_UP_BYTES = 24 << 20;

/** The bytes of files from which n workers are faster than one thread: 48 MB on 2 cores, 32 MB on 4. */
export function parallelBytes(workers: number): number {
  return workers < 2 ? Infinity : WARM_UP_BYTES * workers / (workers - 1);
}

/** The worker side: when this bundle runs as one of the pool's threads, it answers jobs. */
export function runAsWorker(): boolean {
  if (isMainThread || workerData !== WORKER_MARK || !parentPort) return false;
  const port = parentPort;
  port.on('message', (m: { id: number; job: FileJob }) => {
    void annotateFile(m.job).then((result) => {
      if (!result.ok) return port.postMessage({ id: m.id, result });
      // The text goes back as UTF-8 bytes, handed over rather than copied: the encoding is
      // done here, on this thread, and the main thread only writes.
      const bytes = result.text.map((piece) => (typeof piece === 'string' ? ENCODER.encode(piece) : piece));
      port.postMessage({ id: m.id, result: { ...result, text: bytes } }, bytes.map((b) => b.buffer as ArrayBuffer));
    });
  });
  return true;
}
