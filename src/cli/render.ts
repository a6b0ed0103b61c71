// One file's analysis → the text printed for it, given how many files the
// run has (several files change json to JSON lines and add brat headers).
import type { Analysis } from '../core/model';
import { toBrat, toJsonPieces, toMarkdown } from '../core/format';
import type { Format } from './args';
import { displayName, Input } from './input';

/** The text for one file, in pieces to be written in turn (a large analysis is never one string). */
export function render(format: Format, input: Input, analysis: Analysis, manyFiles: boolean): string[] {
  switch (format) {
    case 'json':
    case 'jsonl': {
      // Several files as json are JSON lines too: one document per line.
      const pieces = format === 'json' && !manyFiles
        ? toJsonPieces(analysis, { pretty: true })
        : toJsonPieces(analysis, { pretty: false, file: input.name });
      pieces.push('\n');
      return pieces;
    }
    case 'brat': {
      const ann = toBrat(analysis, input.text, { leadingBom: input.bomStripped });
      // A file name may hold a line break; the header must stay one line.
      return manyFiles ? [`# ${input.name.replace(/[\r\n\u2028\u2029]/g, ' ')}\n`, ann] : [ann];
    }
    case 'md': {
      const md = toMarkdown(analysis, { title: displayName(input.name) });
      return manyFiles ? [md, '\n'] : [md];
    }
  }
}
