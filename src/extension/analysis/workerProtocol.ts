// What the extension host and the analysis worker say to each other, and how
// an Analysis crosses between them in parts. Structured clone of a whole
// 45 MB analysis (1.5 million objects) would be one multi-second block on the
// receiving side; parts of a few thousand items each take a few milliseconds.
// Every span's `text` travels empty and is cut from the host's own copy of the
// input again: a slice of it costs V8 a few bytes, the copy a message makes
// costs the whole string (at 45 MB, 220 MB more of the host's heap).
import type { Analysis, AnalyzeOptions, TextSpan } from '../../core';
import type { MessagePort } from 'worker_threads';
import type { DocText } from './docText';

/** The fault the integration tests inject: an error thrown by the analysis, or the worker dying. */
export type Fault = { kind: 'throw'; message: string } | { kind: 'crash' };

export type ToWorker =
  | { type: 'text'; chunk: string }
  /** Analyse the text sent so far; the analysis goes back over `results`. */
  | { type: 'start'; options: AnalyzeOptions; results: MessagePort; fault?: Fault }
  /** The host has taken a part: the worker may send another. */
  | { type: 'more' };

export type FromWorker =
  /** The core yielded after reading up to `offset`; `ms` is how long that step ran. */
  | { type: 'step'; offset: number; ms: number; done: boolean }
  | { type: 'failed'; name: string; message: string; stack?: string };

// The lists are sent apart from the rest of the analysis; the order is the order they are filled in.
const LISTS = ['entities', 'claims', 'sources', 'statements'] as const;
type List = (typeof LISTS)[number];

export type Part =
  /** Everything but the lists (empty in it, so that keys keep their order), and the lists' lengths. */
  | { type: 'head'; analysis: Analysis; lengths: Record<List, number> }
  | { type: 'items'; list: List; items: unknown[] };

/** Measured at 45 MB: 4,000 entities deserialise in 3–6 ms. */
export const ITEMS_PER_PART = 4000;

/** The parts of `analysis`, the head first. */
export function* partsOf(analysis: Analysis, size = ITEMS_PER_PART): Generator<Part> {
  const head = { ...analysis };
  if (analysis.dateline) head.dateline = withoutText(analysis.dateline);
  const lengths = {} as Record<List, number>;
  for (const list of LISTS) {
    lengths[list] = analysis[list].length;
    (head as Record<List, unknown[]>)[list] = [];
  }
  yield { type: 'head', analysis: head, lengths };
  for (const list of LISTS) {
    const all: unknown[] = analysis[list];
    const strip = list === 'sources' ? (item: unknown) => item : (item: unknown) => withoutText(item as TextSpan);
    for (let i = 0; i < all.length; i += size) yield { type: 'items', list, items: all.slice(i, i + size).map(strip) };
  }
}

// Copies keep the keys in their order, so that what arrives looks exactly like what the core made.
function withoutText<T extends TextSpan & { sourceSpan?: TextSpan }>(span: T): T {
  const copy = { ...span, text: '' };
  if (span.sourceSpan) copy.sourceSpan = { ...span.sourceSpan, text: '' };
  return copy;
}

function withText(span: TextSpan & { sourceSpan?: TextSpan }, input: DocText): void {
  span.text = input.slice(span.start, span.end);
  if (span.sourceSpan) withText(span.sourceSpan, input);
}

/** Puts the parts of the analysis of `input` back together; `analysis` is whole once `complete`. */
export class Reassembly {
  private head?: Analysis;
  private missing = 0;
  /** One copy of each name, cue, kind and code (see intern). */
  private readonly pool = new Map<string, string>();

  constructor(private readonly input: DocText) {}

  get complete(): boolean {
    return this.head !== undefined && this.missing === 0;
  }

  get analysis(): Analysis {
    if (!this.complete) throw new Error('the analysis has not arrived whole');
    return this.head!;
  }

  add(part: Part): void {
    if (part.type === 'head') {
      this.head = part.analysis;
      if (this.head.dateline) withText(this.head.dateline, this.input);
      this.missing = LISTS.reduce((n, list) => n + part.lengths[list], 0);
      return;
    }
    if (!this.head) throw new Error('a part of the analysis arrived before its head');
    const into: unknown[] = this.head[part.list];
    const spans = part.list !== 'sources';
    for (const item of part.items) {
      intern(item as Record<string, unknown>, this.pool);
      if (spans) withText(item as TextSpan, this.input);
      into.push(item);
    }
    this.missing -= part.items.length;
  }
}

/**
 * Replaces every string in `o` (nested objects and arrays included) with the
 * pool's copy. The core shares one string among all the mentions of a name or
 * a kind; a message brings each as a copy of its own: at 45 MB, some 7 million
 * strings and 150 MB more of the extension host's heap (measured), all for V8
 * to go through on every collection.
 */
function intern(o: Record<string, unknown> | unknown[], pool: Map<string, string>): void {
  for (const k in o) {
    const v = (o as Record<string, unknown>)[k];
    if (typeof v === 'string') {
      const shared = pool.get(v);
      if (shared === undefined) pool.set(v, v);
      else (o as Record<string, unknown>)[k] = shared;
    } else if (typeof v === 'object' && v !== null) {
      // Lists of ids are most of the arrays: their first item says there is nothing to share.
      if (!Array.isArray(v) || typeof v[0] === 'string') intern(v as Record<string, unknown>, pool);
    }
  }
}
