// The `kilde` command line. Failures are reported as one line on stderr
// (set KILDE_DEBUG=1 for stack traces); see HELP for the exit codes.
import { stat } from 'node:fs/promises';
import type { LangOption } from '../core/model';
import { version } from '../../package.json';
import { Format, parseArgs } from './args';
import { HELP, USAGE } from './help';
import { errorText } from './errors';
import { displayName, InputError, STDIN } from './input';
import { annotateFile, FileJob, FileResult } from './job';
import { Output } from './output';
import { AnnotatePool, parallelBytes, poolSize, runAsWorker } from './pool';
import { Progress } from './progress';
import { expandInputs } from './walk';
import { ReviewOptions, reviewText } from './review';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/**
 * KILDE_DEBUG_HEAP=N: after every N files, one line on stderr with the heap in
 * use (after a full GC when node runs with --expose-gc) and the bytes waiting
 * in stdout's buffer. The tests use it to check that memory does not grow with
 * the number of files and that a slow reader holds the CLI back.
 */
function heapProbe(): ((done: number, log: (line: string) => void) => void) | undefined {
  const every = Math.floor(Number(process.env.KILDE_DEBUG_HEAP));
  if (!(every > 0)) return undefined;
  const gc = (globalThis as { gc?: () => void }).gc;
  return (done, log) => {
    if (done % every !== 0) return;
    gc?.();
    log(`kilde: debug: ${done} files, heap ${process.memoryUsage().heapUsed} bytes, stdout buffer ${process.stdout.writableLength} bytes`);
  };
}

/** Whether worker threads pay for their start: for several files of parallelBytes() or more in
 *  all, or when --jobs asks for them. */
async function worthThreads(files: readonly string[], jobs: number | undefined): Promise<boolean> {
  if (files.length < 2 || files.includes(STDIN) || jobs === 1) return false;
  if (jobs !== undefined) return true;
  const enough = parallelBytes(poolSize(undefined, files.length));
  let bytes = 0;
  for (const f of files) {
    bytes += await stat(f).then((s) => s.size, () => 0);
    if (bytes >= enough) return true;
  }
  return false;
}

async function annotate(args: string[], format: Format, lang: LangOption, jobs: number | undefined): Promise<number> {
  const { files, folders, problems } = await expandInputs(args);
  let exit = EXIT_OK;
  for (const problem of problems) {
    process.stderr.write(`kilde: ${problem}\n`);
    exit = EXIT_USAGE;
  }
  const progress = new Progress(files.length);
  const out = new Output(process.stdout, () => {
    progress.clear();
    process.exit(EXIT_OK);
  });
  const probe = heapProbe();
  // Several files, or any folder, are printed as JSON lines.
  const manyFiles = files.length > 1 || folders;
  const pool = (await worthThreads(files, jobs)) ? new AnnotatePool(poolSize(jobs, files.length), __filename) : undefined;
  // Files are started ahead of the one being written, a few per worker and no more: a slow
  // reader holds the run back instead of the results piling up in memory.
  const ahead = pool ? 4 * pool.size : 1;
  const started: Array<Promise<FileResult>> = [];
  let next = 0;
  const startMore = () => {
    while (next < files.length && started.length < ahead) {
      const job: FileJob = { name: files[next], format, lang, manyFiles };
      if (!pool && job.name === STDIN && process.stdin.isTTY) progress.log('kilde: reading standard input (end with Ctrl-D)');
      started.push(pool ? pool.run(job) : annotateFile(job));
      next++;
    }
  };
  try {
    for (let i = 0; i < files.length; i++) {
      const shown = displayName(files[i]);
      progress.update(i, shown);
      startMore();
      const result = await started.shift()!;
      startMore();
      for (const warning of result.warnings) progress.log(`kilde: warning: ${shown}: ${warning}`);
      if (!result.ok) {
        progress.log(`kilde: ${shown}: ${result.message}`);
        exit = Math.max(exit, result.exit);
        continue;
      }
      await out.write(result.text);
      probe?.(i + 1, (line) => progress.log(line));
    }
  } finally {
    await pool?.close();
  }
  progress.clear();
  return exit;
}

async function review(file: string, options: ReviewOptions): Promise<number> {
  let result: { text: string; warnings: string[] };
  try {
    result = await reviewText(file, options);
  } catch (err) {
    process.stderr.write(`kilde: ${displayName(file)}: ${errorText(err)}\n`);
    return err instanceof InputError ? EXIT_USAGE : EXIT_FAILED;
  }
  for (const warning of result.warnings) process.stderr.write(`kilde: warning: ${file}: ${warning}\n`);
  const out = new Output(process.stdout, () => process.exit(EXIT_OK));
  await out.write(result.text);
  return EXIT_OK;
}

export async function main(argv: readonly string[]): Promise<number> {
  const cmd = parseArgs(argv);
  switch (cmd.command) {
    case 'help':
      process.stdout.write(HELP);
      return EXIT_OK;
    case 'version':
      process.stdout.write(`kilde ${version}\n`);
      return EXIT_OK;
    case 'usage-error':
      process.stderr.write(`kilde: ${cmd.message}\n${USAGE}\nRun "kilde --help" for more.\n`);
      return EXIT_USAGE;
    case 'annotate':
      return annotate(cmd.files, cmd.format, cmd.lang, cmd.jobs);
    case 'review':
      return review(cmd.file, cmd);
  }
}

if (runAsWorker()) {
  // One of the threads of a run over several files: the pool's messages drive it.
} else if (require.main === module) {
  main(process.argv.slice(2)).then(
    // exitCode, not exit(): let stdout drain into a pipe first.
    (code) => { process.exitCode = code; },
    (err) => {
      process.stderr.write(`kilde: internal error: ${errorText(err)}\n`);
      process.exitCode = EXIT_FAILED;
    },
  );
}
