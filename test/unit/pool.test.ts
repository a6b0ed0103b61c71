import { strict as assert } from 'assert';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { AnnotatePool, parallelBytes } from '../../src/cli/pool';
import type { FileJob, FileResult } from '../../src/cli/job';

// The pool with a stand-in worker: it answers each job with the file's name, slowly enough that
// every worker holds a second job while it works on the first, and dies on a file named "krasj".
const STAND_IN = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, job }) => {
  if (job.name.includes('krasj')) process.exit(3);
  const until = Date.now() + 20;
  while (Date.now() < until);
  parentPort.postMessage({ id, result: { ok: true, text: [job.name], warnings: [] } });
});
`;

describe('cli: the worker pool', function () {
  this.timeout(20_000);
  let dir: string;
  let script: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kilde-pool-'));
    script = join(dir, 'stand-in.cjs');
    writeFileSync(script, STAND_IN);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const job = (name: string): FileJob => ({ name, format: 'json', lang: 'auto', manyFiles: true });

  it('answers every file, each with its own result, whichever worker took it', async () => {
    const pool = new AnnotatePool(2, script);
    try {
      const names = Array.from({ length: 9 }, (_, i) => `fil-${i}.txt`);
      const results = await Promise.all(names.map((n) => pool.run(job(n))));
      assert.deepEqual(results.map((r) => (r.ok ? r.text[0] : r.message)), names);
    } finally {
      await pool.close();
    }
  });

  it('a worker that dies fails only the file it was on; the file sent to it behind that one is still answered', async () => {
    const pool = new AnnotatePool(2, script);
    try {
      // Sent before any answer: each worker holds two, so the one that takes "krasj" also holds the next.
      const names = ['a.txt', 'krasj.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'];
      const results: FileResult[] = await Promise.all(names.map((n) => pool.run(job(n))));
      const failed = results.flatMap((r, i) => (r.ok ? [] : [`${names[i]}: ${r.message}`]));
      assert.deepEqual(failed, ['krasj.txt: analysis failed: its worker stopped (exit 3)']);
      assert.deepEqual(results.flatMap((r) => (r.ok ? [r.text[0]] : [])), names.filter((n) => n !== 'krasj.txt'));
    } finally {
      await pool.close();
    }
  });

  it('takes threads only for archives large enough to pay for their warm-up, sooner on more cores', () => {
    const MB = 1 << 20;
    // One worker is no parallelism at all.
    assert.equal(parallelBytes(1), Infinity);
    // Measured on 2 cores: 20 MB and 40 MB were no faster on two workers, 80 MB was 1.28× faster.
    assert.ok(parallelBytes(2) > 40 * MB && parallelBytes(2) < 80 * MB, `${parallelBytes(2) / MB} MB on 2 cores`);
    assert.ok(parallelBytes(4) < parallelBytes(2) && parallelBytes(8) < parallelBytes(4));
    // Never below the warm-up one worker costs, however many cores.
    assert.ok(parallelBytes(64) > 20 * MB);
  });
});
