// The analysis worker (dist/analysisWorker.js): runs the core on its own
// thread and heap, so that the core's allocations and garbage collections of
// a huge document do not stall the desktop extension host. Runs come one at a
// time; the host keeps a worker for the next run (workerPool.ts) or terminates
// it, which is also how a run that is no longer wanted is stopped.
import { readlinkSync } from 'fs';
import { setPriority } from 'os';
import { parentPort, type MessagePort } from 'worker_threads';
import { analyzeSteps, type Analysis } from '../../core';
import { type FromWorker, type Part, type ToWorker, partsOf } from './workerProtocol';

const host = parentPort!;
lowerPriority();
const post = (m: FromWorker) => host.postMessage(m);
let chunks: string[] = [];
let parts: Generator<Part> | undefined;
let results: MessagePort | undefined;
let credits = 0;

host.on('message', (m: ToWorker) => {
  if (m.type === 'text') chunks.push(m.chunk);
  else if (m.type === 'more') {
    credits++;
    pump();
  } else {
    // A new run: what is left of the last one (the host's 'more' for its last parts) goes.
    results = m.results;
    credits = 0;
    const text = chunks.join('');
    chunks = [];
    let analysis: Analysis;
    try {
      analysis = analyze(text, m);
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      post({ type: 'failed', name: e.name, message: e.message, stack: e.stack });
      return;
    }
    parts = partsOf(analysis);
    // The head and the first parts go at once; then one part for each the host has taken.
    credits += 4;
    pump();
  }
});

function analyze(text: string, m: Extract<ToWorker, { type: 'start' }>): Analysis {
  if (m.fault?.kind === 'crash') process.exit(70);
  if (m.fault?.kind === 'throw') throw new Error(m.fault.message);
  const steps = analyzeSteps(text, m.options);
  for (;;) {
    const t0 = performance.now();
    const step = steps.next();
    const ms = performance.now() - t0;
    post({ type: 'step', offset: step.done ? text.length : step.value, ms, done: !!step.done });
    if (step.done) return step.value;
  }
}

function pump(): void {
  while (parts && credits > 0) {
    const next = parts.next();
    if (next.done) {
      // Nothing of the run stays reachable while the worker waits for the next one. (The port is
      // not closed here: that could drop parts the host has not taken yet. The host closes it.)
      parts = undefined;
      results = undefined;
      return;
    }
    credits--;
    results!.postMessage(next.value);
  }
}

/**
 * Lets the window, VS Code's server and the extension host go first when
 * they share the CPU with this thread: the analysis is background work. Only
 * on Linux, where a thread has a priority of its own (its id is the process
 * id setpriority takes); elsewhere that call would lower the whole extension host.
 */
function lowerPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 10);
  } catch {
    // No /proc, or not allowed: the worker runs at the host's priority.
  }
}
