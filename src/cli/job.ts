// One file annotated into the text printed for it: read, analysed, rendered. The same job runs
// on the main thread (one file, standard input, --jobs 1) and in the worker threads.
import { analyze } from '../core/analyze';
import type { LangOption } from '../core/model';
import type { Format } from './args';
import { errorText } from './errors';
import { InputError, readInput } from './input';
import { render } from './render';

export interface FileJob {
  name: string;
  format: Format;
  lang: LangOption;
  /** Several files (or a folder) are printed as JSON lines and with headers. */
  manyFiles: boolean;
}

/** What became of one file. A failure's message follows "kilde: FILE: " on stderr. */
export type FileResult =
  | { ok: true; text: Array<string | Uint8Array>; warnings: string[] }
  | { ok: false; exit: 1 | 2; message: string; warnings: string[] };

export async function annotateFile(job: FileJob): Promise<FileResult> {
  let input;
  try {
    input = await readInput(job.name);
  } catch (err) {
    return { ok: false, exit: 2, message: err instanceof InputError ? err.message : errorText(err), warnings: [] };
  }
  try {
    return { ok: true, text: render(job.format, input, analyze(input.text, { language: job.lang }), job.manyFiles), warnings: input.warnings };
  } catch (err) {
    return { ok: false, exit: 1, message: `analysis failed: ${errorText(err)}`, warnings: input.warnings };
  }
}
