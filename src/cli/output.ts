// stdout with backpressure (a slow reader must not make us buffer every
// file's output) and a quiet exit when the reader goes away, as in
// `kilde annotate *.txt | head`.
import { once } from 'node:events';

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

  async write(text: string): Promise<void> {
    if (!text) return;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }
}
