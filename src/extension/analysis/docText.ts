// A document's text as Kilde read it, kept in the parts it was read in. A
// huge document is read a few thousand lines per turn of the event loop;
// joining those parts into one string copies the whole text (90 MB for a
// 45 MB file) in one turn, which held the extension host 40–260 ms. The
// worker gets the parts as they are, span texts are cut from them, and only
// the in-thread core (the web extension host, or when no worker can start)
// and an export to brat need the text as one string. No vscode import: the
// worker's host side and its unit test use this too.
import { lastAtOrBefore } from '../../core/text/lines';

export class DocText {
  readonly parts: readonly string[];
  readonly length: number;
  /** Offset of each part's first character. */
  private readonly starts: number[] = [];
  /** The part the last slice started in: spans are mostly cut in document order. */
  private hint = 0;

  constructor(parts: readonly string[]) {
    this.parts = parts.length ? parts : [''];
    let offset = 0;
    for (const p of this.parts) {
      this.starts.push(offset);
      offset += p.length;
    }
    this.length = offset;
  }

  static of(text: string): DocText {
    return new DocText([text]);
  }

  /** Like String.prototype.slice with 0 ≤ start ≤ end ≤ length: a slice of one part where it can be. */
  slice(start: number, end: number): string {
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(start, Math.min(end, this.length));
    let i = this.partAt(start);
    const first = this.parts[i];
    const local = start - this.starts[i];
    if (end - this.starts[i] <= first.length) return first.slice(local, end - this.starts[i]);
    let out = first.slice(local);
    while (this.starts[i] + this.parts[i].length < end) {
      i++;
      out += this.parts[i].slice(0, end - this.starts[i]);
    }
    return out;
  }

  /** The text as one string: joins the parts (a copy of the whole text) unless there is only one. */
  whole(): string {
    return this.parts.length === 1 ? this.parts[0] : this.parts.join('');
  }

  /** Index of the part holding `offset` (the last part for the end of the text). */
  private partAt(offset: number): number {
    const starts = this.starts;
    const h = this.hint;
    if (h < starts.length && starts[h] <= offset && (h + 1 === starts.length || offset < starts[h + 1])) return h;
    return (this.hint = lastAtOrBefore(starts, offset));
  }
}
