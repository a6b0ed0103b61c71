// The extension host's side of a run in the analysis worker (worker.ts): hands
// over the text in chunks, follows the core's progress, and takes the analysis
// back part by part, a few milliseconds of the host's time per turn.
import { MessageChannel, receiveMessageOnPort, type Worker } from 'worker_threads';
import type { Analysis, AnalyzeOptions } from '../../core';
import { CancelFlag, Cancelled, OutOfMemory, WorkerUnavailable } from './cancel';
import type { DocText } from './docText';
import { noTimings, recordStep } from './timings';
import { nextTurn } from './turns';
import { type Fault, type FromWorker, type Part, Reassembly, type ToWorker } from './workerProtocol';
import type { Workers } from './workerPool';

// Posting a chunk copies it: 1 M characters take 1–2 ms; the whole 45 MB text as one message held the host 80 ms.
const CHARS_PER_CHUNK = 1 << 20;
// How much of a turn the host gives to handing over chunks or taking parts.
const TURN_MS = 8;
// After each full turn of taking the analysis back, the host rests this long: the window, VS Code's
// server and the host's own garbage collector then get the CPU between turns. At 45 MB, command
// round trips through the window while the worker reads and hands back went from 95% ≤ 39–47 ms
// and 99% ≤ 61–106 ms to 95% ≤ 15–26 ms and 99% ≤ 34–57 ms, for about half a second more in all.
const REST_MS = 4;
// While the worker analyses, the host looks at the flag this often even without news from it.
const CANCEL_POLL_MS = 50;
// A worker that read more than this is not kept for another run: an idle worker keeps the heap
// its last run grew to (measured ~115 MB of memory after 1 M characters, ~210 MB after 3 M), and
// against the time a larger run takes, a new worker's start matters less.
const REUSE_MAX_CHARS = 2_000_000;

/** Like analyzeInSlices, with the core's work done by a worker from `workers`. */
export async function analyzeInWorker(
  workers: Workers,
  text: DocText,
  options: AnalyzeOptions,
  flag: CancelFlag,
  progress?: (offset: number) => void,
  timings = noTimings(),
  fault?: Fault,
): Promise<Analysis> {
  let worker: Worker;
  try {
    worker = workers.take();
  } catch (err) {
    throw new WorkerUnavailable(`could not start: ${err instanceof Error ? err.message : String(err)}`, err);
  }
  const results = new MessageChannel();
  let trouble: Error | undefined;
  let analysed = false;
  let sliced = false;
  let done = false;
  let wake: (() => void) | undefined;
  const poke = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const sleep = (ms: number) => new Promise<void>((resolve) => {
    wake = resolve;
    setTimeout(poke, ms);
  });
  const onMessage = (m: FromWorker) => {
    if (m.type === 'step') {
      sliced = recordStep(timings, sliced, m.ms, m.offset, text.length, m.done);
      analysed = m.done;
      if (!m.done && !flag.cancelled) progress?.(m.offset);
    } else {
      // An error in the analysis itself: it would throw on the host as well, so it is the run's failure.
      const err = new Error(m.message);
      err.name = m.name;
      if (m.stack) err.stack = m.stack;
      trouble ??= err;
    }
    poke();
  };
  const onError = (err: Error) => {
    // Out of memory is the document's doing: the extension host's thread would run out too
    // (and take the whole extension host down with it), so the run fails rather than falls back.
    if ((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') trouble ??= new OutOfMemory(err.message);
    else trouble ??= new WorkerUnavailable(`failed: ${err.message}`, err);
    poke();
  };
  const onExit = (code: number) => {
    trouble ??= new WorkerUnavailable(`exited with code ${code} before it sent the analysis`);
    poke();
  };
  worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  const check = () => {
    if (flag.cancelled) throw new Cancelled();
    if (trouble) throw trouble;
  };
  const send = (m: ToWorker, transfer?: Parameters<Worker['postMessage']>[1]) => worker.postMessage(m, transfer);
  timings.offThread = true;
  let turn = performance.now();
  const lap = () => {
    timings.longestTransferMs = Math.max(timings.longestTransferMs, performance.now() - turn);
  };
  // A plain timer, not sleep(): a message from the worker must not cut it short. (Resting with a
  // timer alone, without the turn before it, let 260–1,320 ms stalls into the extension host.)
  const rest = async () => {
    await new Promise((resolve) => setTimeout(resolve, REST_MS));
    turn = performance.now();
    check();
  };
  const yieldTurn = async () => {
    lap();
    await nextTurn();
    turn = performance.now();
    check();
  };
  try {
    for (const part of text.parts) {
      for (let i = 0; i < part.length; i += CHARS_PER_CHUNK) {
        if (performance.now() - turn >= TURN_MS) await yieldTurn();
        send({ type: 'text', chunk: part.slice(i, i + CHARS_PER_CHUNK) });
      }
    }
    send({ type: 'start', options, results: results.port2, fault }, [results.port2]);
    lap();
    while (!analysed) {
      check();
      await sleep(CANCEL_POLL_MS);
    }
    // The parts are taken with receiveMessageOnPort, not as events: that way the host's time
    // to deserialise each one is measured, and no more than a turn's worth is taken at once.
    const whole = new Reassembly(text);
    turn = performance.now();
    while (!whole.complete) {
      const got = receiveMessageOnPort(results.port1) as { message: Part } | undefined;
      if (got) {
        whole.add(got.message);
        send({ type: 'more' });
      }
      if (!got || performance.now() - turn >= TURN_MS) {
        const full = !!got;
        await yieldTurn();
        if (full) await rest();
      }
    }
    lap();
    check();
    done = true;
    return whole.analysis;
  } finally {
    wake = undefined;
    results.port1.close();
    worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    // Otherwise the worker's heap, with everything the core built, goes with it.
    workers.give(worker, done && text.length <= REUSE_MAX_CHARS);
  }
}
