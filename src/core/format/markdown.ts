// Markdown report: a claims table for fact-checkers plus short lists of the
// sources, the people and organisations named, places and figures. Every piece of article text goes through
// escapeMarkdownInline, so a hostile article renders as plain text.
import type { Analysis, NumberEntity, OrganisationEntity, PersonEntity, PlaceEntity } from '../model';
import { escapeMarkdownInline as esc } from './escape';

export interface MarkdownOptions {
  /** Heading for the report, typically the file name. */
  title?: string;
  /** Longest list of places, figures or statements before "… and N more". */
  listLimit?: number;
}

const DEFAULT_LIST_LIMIT = 50;
/** The Source cell of a claim whose text never names its source. */
export const UNKNOWN_SOURCE = '_unknown source_';

function capped(items: string[], limit: number): string[] {
  if (items.length <= limit) return items;
  return [...items.slice(0, limit), `- … and ${items.length - limit} more`];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function section(title: string, count: number, body: string[], empty: string): string[] {
  return [`## ${title} (${count})`, '', ...(body.length ? body : [`_${empty}_`]), ''];
}

function claimsTable(a: Analysis): string[] {
  if (!a.claims.length) return [];
  const rows = a.claims.map((c, i) =>
    // Lines are 1-based here, as editors show them; the model's are 0-based.
    // A claim whose text never says who: said so in words, never an empty cell.
    `| ${i + 1} | ${esc(c.source) || UNKNOWN_SOURCE} | ${esc(c.cue)} | ${c.kind} | ${esc(c.text)} | ${c.line + 1} |`,
  );
  return ['| # | Source | Cue | Kind | Claim | Line |', '|--:|---|---|---|---|--:|', ...rows];
}

function sourceList(a: Analysis): string[] {
  return a.sources.map((s) => {
    const role = s.role ? `, ${esc(s.role)}` : '';
    return `- **${esc(s.name)}** (${s.sourceType}${role}): ${plural(s.claims.length, 'claim')}, ${plural(s.mentions.length, 'mention')}`;
  });
}

/** One line per person (or organisation) by canonical name: role, mentions, and claims if it speaks. */
function nameList(a: Analysis, kind: 'person' | 'organisation'): string[] {
  const byName = new Map<string, { count: number; role?: string; sourceId?: number }>();
  for (const e of a.entities) {
    if (e.kind !== kind) continue;
    const m = (e as PersonEntity | OrganisationEntity).meta;
    const key = m.canonical || e.text;
    const seen = byName.get(key);
    if (!seen) byName.set(key, { count: 1, role: m.role || undefined, sourceId: m.sourceId });
    else {
      seen.count++;
      seen.role ??= m.role || undefined;
      seen.sourceId ??= m.sourceId;
    }
  }
  return [...byName.entries()].map(([name, { count, role, sourceId }]) => {
    const record = sourceId !== undefined ? a.sources[sourceId] : undefined;
    const claims = record?.claims.length ? `${plural(record.claims.length, 'claim')}, ` : '';
    return `- **${esc(name)}**${role ? ` (${esc(role)})` : ''}: ${claims}${plural(count, 'mention')}`;
  });
}

function placeList(a: Analysis): string[] {
  // One line per place, however often it is mentioned.
  const byName = new Map<string, { first: PlaceEntity; count: number }>();
  for (const e of a.entities) {
    if (e.kind !== 'place') continue;
    const key = e.meta.name || e.text;
    const seen = byName.get(key);
    if (seen) seen.count++;
    else byName.set(key, { first: e, count: 1 });
  }
  return [...byName.entries()].map(([name, { first, count }]) => {
    const m = first.meta;
    const where = m.country && m.country !== name ? `, ${esc(m.country)}` : '';
    const times = count > 1 ? ` ×${count}` : '';
    return `- **${esc(name)}** (${m.placeType}${where})${times}`;
  });
}

function figureDetail(e: NumberEntity): string {
  const m = e.meta;
  const parts: string[] = [m.kind];
  if (m.iso) parts.push(m.isoEnd ? `${m.iso} – ${m.isoEnd}` : m.iso);
  else if (m.value !== undefined) parts.push(m.valueEnd !== undefined ? `${m.value}–${m.valueEnd}` : String(m.value));
  if (m.unit) parts.push(m.unit);
  if (m.counted) parts.push(m.counted);
  if (m.approximate) parts.push('approx.');
  if (m.conflictsWith?.length) parts.push('conflicts with another figure');
  return esc(parts.join(', '));
}

function figureList(a: Analysis): string[] {
  return a.entities
    .filter((e): e is NumberEntity => e.kind === 'number')
    .map((e) => `- **${esc(e.text)}** (${figureDetail(e)})`);
}

function statementList(a: Analysis): string[] {
  return a.statements.map((s) => `- ${esc(s.text)} (line ${s.line + 1})`);
}

function header(a: Analysis, title?: string): string[] {
  const lines: string[] = [];
  if (title !== undefined) lines.push(`# Kilde: ${esc(title)}`, '');
  const facts = [`Language: ${a.language}`];
  const d = a.dateline;
  if (d) {
    const when = d.dateTime ?? d.date;
    facts.push(`Dateline: ${esc(d.text)}${d.byline ? ` (byline ${esc(d.byline)})` : ''}${when ? ` (${esc(when)})` : ''}`);
  }
  lines.push(facts.join(' · '), '');
  return lines;
}

export function toMarkdown(analysis: Analysis, options: MarkdownOptions = {}): string {
  const limit = options.listLimit ?? DEFAULT_LIST_LIMIT;
  const a = analysis;
  const people = nameList(a, 'person');
  const organisations = nameList(a, 'organisation');
  const places = placeList(a);
  const figures = figureList(a);
  const statements = statementList(a);
  const lines = [
    ...header(a, options.title),
    ...section('Claims', a.claims.length, claimsTable(a), 'No attributed claims found.'),
    ...section('Sources', a.sources.length, sourceList(a), 'No sources found.'),
    ...section('People', people.length, capped(people, limit), 'No people named.'),
    ...section('Organisations', organisations.length, capped(organisations, limit), 'No organisations named.'),
    ...section('Places', places.length, capped(places, limit), 'No places found.'),
    ...section('Figures', figures.length, capped(figures, limit), 'No figures found.'),
  ];
  if (statements.length) {
    lines.push(...section('Unattributed figures', statements.length, capped(statements, limit), ''));
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}
