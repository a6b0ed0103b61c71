// brat standoff (.ann) export. brat reads the .txt as a Python str, so its
// offsets count Unicode code points while ours count UTF-16 code units; it
// reads the .ann line by line with str.splitlines(), so no annotation line
// may hold a line break, and it checks that each T line's text equals the
// marked fragments joined by one space. Spans that cross a line break become
// discontinuous fragments ("0 5;6 11").
import type { Analysis, Claim, Entity, Span } from '../model';
import { codePointMapper } from './codepoints';

export interface BratOptions {
  /** The .txt on disk starts with a UTF-8 BOM that was stripped before
   *  analysis: brat keeps it as a character, so every offset moves by one. */
  leadingBom?: boolean;
}

const ENTITY_TYPE: Record<Entity['kind'], string> = { place: 'Place', number: 'Number', source: 'Source', person: 'Person', organisation: 'Organisation' };

// Everything Python's str.splitlines() breaks on, plus tab, which brat
// tolerates but most other .ann readers split fields on.
const BREAK = /[\t\n\v\f\r\x1c\x1d\x1e\x85\u2028\u2029]/;
const BREAKS = new RegExp(BREAK.source, 'g');
const SPACE = /\s/;

/** Cuts [start, end) at line breaks; whitespace next to a cut is dropped. */
export function fragments(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  const push = (s: number, e: number, first: boolean, last: boolean) => {
    if (!first) while (s < e && SPACE.test(text[s])) s++;
    if (!last) while (e > s && SPACE.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = start; i < end; i++) {
    if (BREAK.test(text[i])) {
      push(from, i, from === start, false);
      from = i + 1;
    }
  }
  push(from, end, from === start, true);
  return out;
}

/** One-line, tab-free text for fields that brat reads up to the line end. */
function oneLine(s: string): string {
  return s.replace(BREAKS, ' ');
}

class AnnWriter {
  private lines: string[] = [];
  private next = { T: 1, A: 1, R: 1, '#': 1 };
  constructor(
    private readonly text: string,
    private readonly cp: (u16: number) => number,
  ) {}

  /** Returns the T id, or undefined when nothing printable is left of the span. */
  textBound(type: string, span: Span): string | undefined {
    const frags = fragments(this.text, span.start, span.end);
    if (frags.length === 0) return undefined;
    const id = `T${this.next.T++}`;
    const offsets = frags.map((f) => `${this.cp(f.start)} ${this.cp(f.end)}`).join(';');
    const shown = frags.map((f) => this.text.slice(f.start, f.end)).join(' ');
    this.lines.push(`${id}\t${type} ${offsets}\t${shown}`);
    return id;
  }

  attribute(name: string, target: string, value: string): void {
    // Attribute values are space-separated tokens in brat.
    this.lines.push(`A${this.next.A++}\t${name} ${target} ${value.replace(/\s+/g, '-')}`);
  }

  relation(type: string, from: string, to: string): void {
    this.lines.push(`R${this.next.R++}\t${type} Arg1:${from} Arg2:${to}`);
  }

  note(target: string, note: string): void {
    if (note) this.lines.push(`#${this.next['#']++}\tAnnotatorNotes ${target}\t${oneLine(note)}`);
  }

  toString(): string {
    return this.lines.length ? this.lines.join('\n') + '\n' : '';
  }
}

function entityNote(e: Entity): string {
  switch (e.kind) {
    case 'place': {
      const m = e.meta;
      const where = m.country && m.country !== m.name ? `, ${m.country}` : '';
      const code = m.countryCode ? ` (${m.countryCode})` : '';
      return `${m.name}${where}${code}${m.guessed ? ' [guessed]' : ''}`;
    }
    case 'number': {
      const m = e.meta;
      const parts: string[] = [];
      if (m.iso) parts.push(m.isoEnd ? `${m.iso}/${m.isoEnd}` : m.iso);
      else if (m.value !== undefined) parts.push(m.valueEnd !== undefined ? `${m.value}–${m.valueEnd}` : String(m.value));
      if (m.unit) parts.push(m.unit);
      if (m.counted) parts.push(m.counted);
      if (m.approximate) parts.push(`(approx.${m.approxCue ? ` "${m.approxCue}"` : ''})`);
      return parts.join(' ');
    }
    case 'source':
    case 'person':
    case 'organisation': {
      const m = e.meta;
      return m.role ? `${m.canonical}, ${m.role}` : m.canonical;
    }
  }
}

function entityCategory(e: Entity): [string, string] {
  switch (e.kind) {
    case 'place': return ['PlaceType', e.meta.placeType];
    case 'number': return ['NumberKind', e.meta.kind];
    case 'source': return ['SourceType', e.meta.sourceType];
    case 'person':
    case 'organisation': return ['Speaks', e.meta.sourceId !== undefined ? 'yes' : 'no'];
  }
}

function speakerEntity(claim: Claim, entities: Entity[]): Entity | undefined {
  const span = claim.sourceSpan;
  if (!span) return undefined;
  const sources = entities.filter((e) => e.kind === 'source');
  return (
    sources.find((e) => e.start === span.start && e.end === span.end) ??
    sources.find((e) => e.start < span.end && span.start < e.end)
  );
}

export function toBrat(analysis: Analysis, text: string, options: BratOptions = {}): string {
  const toCp = codePointMapper(text);
  const shift = options.leadingBom ? 1 : 0;
  const out = new AnnWriter(text, (u) => toCp(u) + shift);

  const entityIds = new Map<Entity, string>();
  for (const e of analysis.entities) {
    const id = out.textBound(ENTITY_TYPE[e.kind], e);
    if (!id) continue;
    entityIds.set(e, id);
    const [attr, value] = entityCategory(e);
    out.attribute(attr, id, value);
    out.note(id, entityNote(e));
  }

  // Several claims can hang on one cue ("X og Y sa at ...").
  const cueIds = new Map<string, string | undefined>();
  for (const c of analysis.claims) {
    const id = out.textBound('Claim', c);
    if (!id) continue;
    out.attribute('ClaimKind', id, c.kind);
    const cueKey = `${c.cueSpan.start}:${c.cueSpan.end}`;
    if (!cueIds.has(cueKey)) cueIds.set(cueKey, out.textBound('Cue', c.cueSpan));
    const cueId = cueIds.get(cueKey);
    if (cueId) out.relation('Cue', id, cueId);
    const speaker = speakerEntity(c, analysis.entities);
    const speakerId = speaker && entityIds.get(speaker);
    if (speakerId) out.relation('SaidBy', id, speakerId);
    out.note(id, `source: ${c.source || '(unknown)'}; cue: ${c.cue}`);
  }
  return out.toString();
}
