// Short one-line excerpts of article text for labels, lists and hovers.

const BREAKS_AND_SPACE = /[\s\u0085\u2028\u2029]+/g;
// Bidirectional overrides and isolates could make a label read backwards.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
// Other control characters are invisible and confuse some renderers.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0e-\x1f\x7f]/g;

/** Collapses line breaks and runs of white space; drops control characters. */
export function oneLine(text: string): string {
  return text.replace(CONTROLS, '').replace(BIDI_CONTROLS, '').replace(BREAKS_AND_SPACE, ' ').trim();
}

/** The first words of `text`, cut at a word boundary near `max` characters. */
export function firstWords(text: string, max = 60): string {
  // Look only at a bounded prefix: a claim may be a megabyte long.
  const flat = oneLine(text.length > max * 4 ? text.slice(0, max * 4) : text);
  if (flat.length <= max && text.length <= max * 4) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return (cut > max / 2 ? flat.slice(0, cut) : flat.slice(0, max)).replace(/[\s,;:–—-]+$/, '') + '…';
}

/** Text that can be cut: a string, or a huge document's text kept in parts (DocText). */
export interface Sliceable {
  readonly length: number;
  slice(start: number, end: number): string;
}

/** An excerpt of `text` around [start, end), with where the span sits in it. */
export function around(text: Sliceable, start: number, end: number, context = 30): { text: string; from: number; to: number } {
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  // Only the neighbourhood is read, far enough out for the word edges below.
  const base = Math.max(0, from - 11);
  const near = text.slice(base, Math.min(text.length, to + 11));
  // Prefer whole words at the edges.
  if (from > 0) {
    const space = near.lastIndexOf(' ', start - 1 - base) + base;
    if (space >= from - 10 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const found = near.indexOf(' ', end - base);
    const space = found < 0 ? -1 : found + base;
    if (space >= 0 && space <= to + 10) to = space;
  }
  const cut = (a: number, b: number) => oneLineKeepLength(near.slice(a - base, b - base));
  const before = (from > 0 ? '…' : '') + cut(from, start);
  const middle = cut(start, end);
  const after = cut(end, to) + (to < text.length ? '…' : '');
  const trimmed = before.trimStart();
  return { text: trimmed + middle + after.trimEnd(), from: trimmed.length, to: trimmed.length + middle.length };
}

/** Like oneLine, but one character out for one character in, so offsets into the result still hold. */
function oneLineKeepLength(text: string): string {
  return text.replace(/[\s\u0085\u2028\u2029]/g, ' ').replace(CONTROLS, ' ').replace(BIDI_CONTROLS, ' ');
}
