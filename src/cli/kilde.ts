// The `kilde` command line. Failures are reported as one line on stderr
// (set KILDE_DEBUG=1 for stack traces); see HELP for the exit codes.
import { analyze } from '../core/analyze';
import type { LangOption } from '../core/model';
import { version } from '../../package.json';
import { Format, parseArgs } from './args';
import { HELP, USAGE } from './help';
import { displayName, Input, InputError, readInput, STDIN } from './input';
import { Output } from './output';
import { Progress } from './progress';
import { render } from './render';
import { ReviewOptions, reviewText } from './review';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

function errorText(err: unknown): string {
  if (process.env.KILDE_DEBUG && err instanceof Error && err.stack) return err.stack;
  return err instanceof Error ? err.message.split('\n')[0] : String(err);
}

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

async function annotate(files: string[], format: Format, lang: LangOption): Promise<number> {
  const progress = new Progress(files.length);
  const out = new Output(process.stdout, () => {
    progress.clear();
    process.exit(EXIT_OK);
  });
  const probe = heapProbe();
  const manyFiles = files.length > 1;
  let exit = EXIT_OK;
  for (let i = 0; i < files.length; i++) {
    const name = files[i];
    const shown = displayName(name);
    progress.update(i, shown);
    if (name === STDIN && process.stdin.isTTY) progress.log('kilde: reading standard input (end with Ctrl-D)');

    let input: Input;
    try {
      input = await readInput(name);
    } catch (err) {
      const why = err instanceof InputError ? err.message : errorText(err);
      progress.log(`kilde: ${shown}: ${why}`);
      exit = Math.max(exit, EXIT_USAGE);
      continue;
    }
    for (const warning of input.warnings) progress.log(`kilde: warning: ${shown}: ${warning}`);

    let text: string;
    try {
      text = render(format, input, analyze(input.text, { language: lang }), manyFiles);
    } catch (err) {
      progress.log(`kilde: ${shown}: analysis failed: ${errorText(err)}`);
      exit = Math.max(exit, EXIT_FAILED);
      continue;
    }
    await out.write(text);
    probe?.(i + 1, (line) => progress.log(line));
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
      return annotate(cmd.files, cmd.format, cmd.lang);
    case 'review':
      return review(cmd.file, cmd);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    // exitCode, not exit(): let stdout drain into a pipe first.
    (code) => { process.exitCode = code; },
    (err) => {
      process.stderr.write(`kilde: internal error: ${errorText(err)}\n`);
      process.exitCode = EXIT_FAILED;
    },
  );
}
