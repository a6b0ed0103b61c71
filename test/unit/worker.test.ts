import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { Worker } from 'worker_threads';
import { analyze } from '../../src/core/analyze';
import { Cancelled, OutOfMemory, WorkerUnavailable } from '../../src/extension/analysis/cancel';
import { DocText } from '../../src/extension/analysis/docText';
import { noTimings } from '../../src/extension/analysis/timings';
import { analyzeInWorker } from '../../src/extension/analysis/workerHost';
import { oneOff, WorkerPool } from '../../src/extension/analysis/workerPool';
import { partsOf, Reassembly } from '../../src/extension/analysis/workerProtocol';

const article = readFileSync(join(__dirname, '..', '..', 'examples', 'torskekvote.txt'), 'utf8');
// Large enough for several of the worker's parts of every list but sources, and for a few core slices.
const text = Array.from({ length: 200 }, (_, i) => article.replace(/17/g, String(17 + i))).join('\n\n');
// The host hands the text over in the parts it read it in; cut anywhere here, so that spans cross them.
const read = new DocText(Array.from({ length: Math.ceil(text.length / 9973) }, (_, i) => text.slice(i * 9973, (i + 1) * 9973)));
const WORKER = join(__dirname, '..', '..', 'src', 'extension', 'analysis', 'worker.ts');
// The worker's source, compiled on the fly as mocha's own files are.
const spawn = () => new Worker(`require('tsx/cjs'); require(${JSON.stringify(WORKER)});`, { eval: true });
const fresh = oneOff(spawn);
const going = { cancelled: false };

describe('analysis in a worker', function () {
  // Only against a hang: on a busy 2-core machine one test took 21 s of the 60 s this was.
  this.timeout(180000);
  let direct: ReturnType<typeof analyze>;

  before(() => {
    direct = analyze(text);
  });

  it('splits an analysis into parts and puts it back together exactly', () => {
    const whole = new Reassembly(read);
    let parts = 0;
    for (const part of partsOf(direct, 7)) {
      assert.ok(!whole.complete);
      whole.add(structuredClone(part));
      parts++;
    }
    assert.ok(parts > 100);
    assert.deepEqual(Object.keys(whole.analysis), Object.keys(direct));
    assert.deepEqual(whole.analysis, direct);
  });

  it('gives what the core gives on the extension host, reporting progress and its steps', async () => {
    assert.ok(direct.entities.length > 2 * 4000, `only ${direct.entities.length} entities`);
    assert.ok(read.parts.length > 20 && direct.claims.some((c) => Math.floor(c.start / 9973) !== Math.floor(c.end / 9973)), 'no claim crosses a part');
    const offsets: number[] = [];
    const timings = noTimings();
    const a = await analyzeInWorker(fresh, read, {}, going, (o) => offsets.push(o), timings);
    assert.deepEqual(Object.keys(a), Object.keys(direct));
    assert.deepEqual(a, direct);
    assert.ok(offsets.length > 1 && offsets.every((o, i) => o <= text.length && (i === 0 || o >= offsets[i - 1])), `progress ${offsets}`);
    assert.equal(offsets[offsets.length - 1], text.length);
    assert.ok(timings.offThread);
    assert.ok(timings.slices > 1 && timings.phasesMs.length > 0, JSON.stringify(timings));
    assert.ok(timings.longestTransferMs > 0);
  });

  it('stops when the run is given up', async () => {
    const flag = { cancelled: false };
    let steps = 0;
    const run = analyzeInWorker(fresh, read, {}, flag, () => {
      if (++steps === 2) flag.cancelled = true;
    });
    await assert.rejects(run, Cancelled);
  });

  it('hands an error of the analysis on as the run\'s own, and a dead worker as WorkerUnavailable', async () => {
    await assert.rejects(analyzeInWorker(fresh, read, {}, going, undefined, undefined, { kind: 'throw', message: 'boom' }), (err: Error) => {
      assert.ok(!(err instanceof WorkerUnavailable));
      assert.equal(err.message, 'boom');
      assert.match(err.stack ?? '', /worker\.ts/);
      return true;
    });
    await assert.rejects(analyzeInWorker(fresh, read, {}, going, undefined, undefined, { kind: 'crash' }), WorkerUnavailable);
    await assert.rejects(analyzeInWorker(oneOff(() => new Worker('/nonexistent/analysisWorker.js')), read, {}, going), WorkerUnavailable);
  });

  it('keeps a worker that finished a run for the next one, and not one whose run failed or was stopped', async () => {
    const started: Worker[] = [];
    const pool = new WorkerPool(() => {
      const w = spawn();
      started.push(w);
      return w;
    });
    try {
      const first = await analyzeInWorker(pool, read, {}, going);
      // The second run gets the same worker, with nothing of the first run's state left in it.
      const other = new DocText([article.replace(/Tromsø/g, 'Bodø')]);
      const second = await analyzeInWorker(pool, other, {}, going);
      assert.equal(started.length, 1, 'a second worker was started');
      assert.deepEqual(first, direct);
      assert.deepEqual(second, analyze(other.whole()));
      assert.deepEqual(await analyzeInWorker(pool, read, {}, going), direct);
      assert.equal(started.length, 1);
      // A failed run's worker is not kept.
      await assert.rejects(analyzeInWorker(pool, read, {}, going, undefined, undefined, { kind: 'throw', message: 'boom' }));
      const stopped = { cancelled: false };
      await assert.rejects(analyzeInWorker(pool, read, {}, stopped, () => (stopped.cancelled = true)), Cancelled);
      assert.equal(started.length, 2, 'the worker of the failed run was used again');
      assert.deepEqual(await analyzeInWorker(pool, read, {}, going), direct);
      assert.equal(started.length, 3, 'the worker of the stopped run was used again');
      // A worker that dies while idle is not handed out.
      const idle = started[2];
      await idle.terminate();
      assert.deepEqual(await analyzeInWorker(pool, DocText.of(article), {}, going), analyze(article));
      assert.equal(started.length, 4);
    } finally {
      pool.dispose();
    }
    // Disposed: the idle worker has gone.
    await new Promise((resolve) => started[3].once('exit', resolve));
  });

  it('lets an idle worker go after a while', async () => {
    let worker: Worker | undefined;
    const pool = new WorkerPool(() => (worker = spawn()), 50);
    await analyzeInWorker(pool, DocText.of(article), {}, going);
    // The test times out if it never goes.
    await new Promise((resolve) => worker!.once('exit', resolve));
  });

  it('fails the run when the worker runs out of memory, rather than trying the extension host\'s thread', async () => {
    // Room for the worker and one article's analysis, not for 200 articles'.
    const small = () => new Worker(`require('tsx/cjs'); require(${JSON.stringify(WORKER)});`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 2 } });
    assert.deepEqual(await analyzeInWorker(oneOff(small), DocText.of(article), {}, going), analyze(article));
    await assert.rejects(analyzeInWorker(oneOff(small), read, {}, going), (err: Error) => {
      assert.ok(err instanceof OutOfMemory, `${err.name}: ${err.message}`);
      assert.match(err.message, /out of memory.*too large/);
      return true;
    });
  });
});
