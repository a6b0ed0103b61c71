// Command-line parsing, by hand: the CLI has two commands and a few options,
// and a dependency-free bundle starts faster.
import type { LangOption } from '../core/model';

export const FORMATS = ['json', 'jsonl', 'brat', 'md'] as const;
export type Format = (typeof FORMATS)[number];
export const REVIEW_FORMATS = ['json', 'claimreview', 'md'] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];
const LANGS: readonly LangOption[] = ['auto', 'nb', 'nn', 'en'];

export type Command =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'annotate'; files: string[]; format: Format; lang: LangOption; jobs?: number }
  | { command: 'review'; file: string; format: ReviewFormat; lang: LangOption; factChecker?: string; factCheckerUrl?: string }
  | { command: 'usage-error'; message: string };

const usageError = (message: string): Command => ({ command: 'usage-error', message });

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) return usageError('missing command');
  // Help and version win wherever they appear before "--", as users expect.
  const dashDash = argv.indexOf('--');
  const options = dashDash >= 0 ? argv.slice(0, dashDash) : argv;
  if (options.includes('--help') || options.includes('-h') || argv[0] === 'help') return { command: 'help' };
  if (options.includes('--version') || options.includes('-V')) return { command: 'version' };

  const [command, ...rest] = argv;
  if (command !== 'annotate' && command !== 'review') {
    return usageError(command.startsWith('-') ? `unknown option ${command}` : `unknown command ${command}`);
  }
  const review = command === 'review';
  const formats: readonly string[] = review ? REVIEW_FORMATS : FORMATS;

  let format = 'json';
  let lang: LangOption = 'auto';
  let factChecker: string | undefined;
  let factCheckerUrl: string | undefined;
  let jobs: number | undefined;
  const files: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const reviewOnly = name === '--fact-checker' || name === '--fact-checker-url';
    const annotateOnly = name === '--jobs' || name === '-j';
    if (name !== '--format' && name !== '-f' && name !== '--lang' && name !== '-l' && !(review && reviewOnly) && !(!review && annotateOnly)) {
      return usageError(`unknown option ${name}`);
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < rest.length) value = rest[++i];
    if (value === undefined || value === '') return usageError(`${name} needs a value`);
    if (name === '--format' || name === '-f') {
      if (!formats.includes(value)) {
        return usageError(`unknown format "${value}" (use ${formats.join(', ')})`);
      }
      format = value;
    } else if (name === '--fact-checker') {
      factChecker = value;
    } else if (name === '--fact-checker-url') {
      factCheckerUrl = value;
    } else if (annotateOnly) {
      if (!/^[1-9][0-9]{0,2}$/.test(value)) return usageError(`${name} needs a whole number from 1 to 999, not "${value}"`);
      jobs = Number(value);
    } else {
      if (!(LANGS as readonly string[]).includes(value)) {
        return usageError(`unknown language "${value}" (use ${LANGS.join(', ')})`);
      }
      lang = value as LangOption;
    }
  }
  if (review) {
    // The reviews are in a file beside the article: standard input has no "beside".
    if (files.length !== 1 || files[0] === '-') return usageError('review needs exactly one FILE (not standard input): its reviews are in FILE.kilde.json');
    if (format === 'claimreview' && !factChecker) return usageError('--format claimreview needs --fact-checker NAME (who publishes the fact-check)');
    return { command: 'review', file: files[0], format: format as ReviewFormat, lang, factChecker, factCheckerUrl };
  }
  if (files.length === 0) return usageError('annotate needs at least one FILE (or - for standard input)');
  if (files.filter((f) => f === '-').length > 1) return usageError('standard input (-) can be read only once');
  return { command: 'annotate', files, format: format as Format, lang, ...(jobs !== undefined ? { jobs } : {}) };
}
