// A one-line progress bar on stderr for long runs. Only on a terminal: in a
// pipe or a CI log the carriage returns would be noise. Messages printed
// while the bar shows go through log() so they do not collide with it.

const REDRAW_MS = 80;
const BAR_WIDTH = 24;

export class Progress {
  private shown = false;
  private lastDraw = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.enabled = Boolean(stream.isTTY) && total > 1;
  }

  update(done: number, label: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (this.shown && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const filled = Math.round((BAR_WIDTH * done) / this.total);
    const bar = '#'.repeat(filled) + '-'.repeat(BAR_WIDTH - filled);
    const line = `kilde [${bar}] ${done}/${this.total} ${label.replace(/[\x00-\x1f\x7f]/g, '?')}`;
    const width = Math.max(20, (this.stream.columns || 80) - 1);
    this.stream.write(`\r\x1b[2K${line.slice(0, width)}`);
    this.shown = true;
  }

  /** Prints a whole line to stderr above the bar. */
  log(message: string): void {
    this.clear();
    this.stream.write(message + '\n');
  }

  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[2K');
    this.shown = false;
    // Redraw at the next update even if it comes soon.
    this.lastDraw = 0;
  }
}
