// stdout with backpressure (a slow reader must not make us buffer every
// file's output) and a quiet exit when the reader goes away, as in
// `kilde annotate *.txt | head`.
import { once } from 'node:events';
import { isHighSurrogate } from '../core/text/tokenize';

export class Output {
  constructor(
    private readonly stream: NodeJS.WriteStream = process.stdout,
    onClosed: () => void = () => process.exit(0),
  ) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') onClosed();
      else {
        process.stderr.write(`kilde: cannot write output: ${err.message}\n`);
        process.exit(1);
      }
    });
  }

  /** Writes the text, or the pieces of one text in turn (as text or as UTF-8 bytes). */
  async write(text: string | ReadonlyArray<string | Uint8Array>): Promise<void> {
    for (const piece of typeof text === 'string' ? [text] : text) {
      if (typeof piece !== 'string') {
        if (!this.stream.write(piece)) await once(this.stream, 'drain');
        continue;
      }
      // A long string goes in slices: stdout encodes what it is given whole, and one
      // encoding of tens of megabytes costs far more than many of a megabyte.
      for (let at = 0; at < piece.length;) {
        let end = Math.min(piece.length, at + CHUNK);
        // Never between the two halves of a surrogate pair.
        if (end < piece.length && isHighSurrogate(piece.charCodeAt(end - 1))) end++;
        if (!this.stream.write(at === 0 && end === piece.length ? piece : piece.slice(at, end))) await once(this.stream, 'drain');
        at = end;
      }
    }
  }
}

const CHUNK = 1 << 20;
