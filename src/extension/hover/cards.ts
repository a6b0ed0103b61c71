// The hover cards, one MarkdownString each. Everything from the article goes
// through esc(); links are either Kilde's reveal commands or a fixed
// OpenStreetMap URL built from numbers.
import * as vscode from 'vscode';
import type { AnchoredReview, Analysis, Claim, NumberEntity, OrganisationEntity, PersonEntity, PlaceEntity, SourceEntity, SourceRecord } from '../../core';
import { VERDICTS } from '../../core/review/verdicts';
import { Derived, pauseAt } from '../analysis/derived';
import { lookup } from '../analysis/lookup';
import {
  claimKindName, claimsCount, lineLabel, mentionsCount, numberKindName, placeTypeName, sourceName, sourceTypeName,
} from '../text/labels';
import { commandLink, esc, kildeMarkdown, webLink } from '../text/markdown';
import { formatCoordinates, formatInteger, formatValue } from '../text/numbers';
import { firstWords } from '../text/snippet';
import { rewordedWarning, verdictName } from '../text/verdicts';

/** What every card needs to know about where it is shown. */
export interface CardContext {
  analysis: Analysis;
  document: vscode.TextDocument;
  /** The fact-checker's review of a claim, if it has one, and how it found the claim. */
  anchoredOf?: (claimId: number) => AnchoredReview | undefined;
}

/** Of a note, the card shows this much; the Claims view's tooltip and the report show it all. */
const NOTE_CHARS = 600;

const CLAIMS_LISTED = 10;
const OTHER_CLAIMS_LISTED = 5;
/** A name's card is small: who it is, and the first of what it says. */
const NAME_CLAIMS_LISTED = 3;

/** Lines of a paragraph are kept together with hard breaks; lists stand apart. */
class Card {
  private readonly blocks: string[] = [];
  private lines: string[] = [];

  line(markdown: string): this {
    this.lines.push(markdown);
    return this;
  }

  list(items: string[]): this {
    this.endParagraph();
    if (items.length) this.blocks.push(items.map((i) => `- ${i}`).join('\n'));
    return this;
  }

  endParagraph(): this {
    if (this.lines.length) this.blocks.push(this.lines.join('  \n'));
    this.lines = [];
    return this;
  }

  build(): vscode.MarkdownString {
    this.endParagraph();
    const md = kildeMarkdown();
    md.appendMarkdown(this.blocks.join('\n\n'));
    return md;
  }
}

function claimLink(ctx: CardContext, c: Claim): string {
  return commandLink(esc(firstWords(c.text, 50)), 'kilde.revealClaim', [ctx.document.uri.toString(), c.id], vscode.l10n.t('Go to Claim'));
}

function lineOf(ctx: CardContext, offset: number): string {
  return lineLabel(ctx.document.positionAt(offset).line);
}

// OpenStreetMap zooms: a country fits at 5, a city at 10.
const ZOOM: Partial<Record<PlaceEntity['meta']['placeType'], number>> = {
  continent: 3, country: 5, region: 7, water: 6, landform: 9, capital: 10, city: 10, town: 12, facility: 15, street: 16, place: 13,
};

export function placeCard(_ctx: CardContext, e: PlaceEntity): vscode.MarkdownString {
  const m = e.meta;
  const about = [placeTypeName(m.placeType), m.placeType !== 'country' ? m.country : undefined].filter(Boolean).join(', ');
  const card = new Card().line(`**${esc(m.name)}** — ${esc(about)}`);
  if (m.population) card.line(esc(vscode.l10n.t('Population: {0}', formatInteger(m.population))));
  if (m.lat !== undefined && m.lon !== undefined) {
    // Four decimals are ~10 m: plenty for a map, and a short URL.
    const lat = String(Number(m.lat.toFixed(4)));
    const lon = String(Number(m.lon.toFixed(4)));
    const zoom = ZOOM[m.placeType] ?? 10;
    const url = `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=${zoom}/${lat}/${lon}`;
    card.line(`${esc(formatCoordinates(m.lat, m.lon))} · ${webLink(esc(vscode.l10n.t('OpenStreetMap')), url)}`);
  }
  card.endParagraph();
  if (m.guessed) card.line(`*${esc(vscode.l10n.t('Not in the gazetteer: recognised from the context.'))}*`);
  else card.line(`*${esc(vscode.l10n.t('© GeoNames (CC BY 4.0)'))}*`);
  return card.build();
}

/** `claimShown`: the claim's own card follows, so who says the figure need not be repeated. */
export function numberCard(ctx: CardContext, e: NumberEntity, claimShown = false): vscode.MarkdownString {
  const m = e.meta;
  const look = lookup(ctx.analysis);
  const card = new Card().line(`**${esc(e.text)}** — ${esc(numberKindName(m.kind))}`);
  const value = formatValue(m);
  if (value) card.line(esc(vscode.l10n.t('Value: {0}', value)));
  if (m.counted) card.line(esc(vscode.l10n.t('Counts: {0}', m.counted)));
  if (m.iso) card.line(esc(m.isoEnd ? vscode.l10n.t('Date: {0} to {1}', m.iso, m.isoEnd) : vscode.l10n.t('Date: {0}', m.iso)));
  if (m.approximate) card.line(esc(m.approxCue ? vscode.l10n.t('Approximate ("{0}")', m.approxCue) : vscode.l10n.t('Approximate')));
  const claim = look.claimOf(e);
  if (!claim) card.line(`*${esc(vscode.l10n.t('No source: the text states this figure without attributing it.'))}*`);
  else if (!claimShown) card.line(`${esc(vscode.l10n.t('Said by: {0}', sourceName(claim.source)))} · ${claimLink(ctx, claim)}`);
  const others = (m.conflictsWith ?? []).map((id) => ctx.analysis.entities[id]).filter((x): x is NumberEntity => x?.kind === 'number');
  if (others.length) {
    card.endParagraph().line(`**${esc(vscode.l10n.t('Other figures for the same thing:'))}**`);
    card.list(others.map((o) => {
      const of = look.claimOf(o);
      const who = of ? sourceName(of.source) : vscode.l10n.t('no source');
      const label = o.meta.counted ? `${o.text} ${o.meta.counted}` : o.text;
      const link = commandLink(esc(label), 'kilde.revealRange', [ctx.document.uri.toString(), o.start, o.end], vscode.l10n.t('Go to Figure'));
      return `${link} — ${esc(who)} (${esc(lineOf(ctx, o.start))})`;
    }));
  }
  return card.build();
}

export function sourceCard(ctx: CardContext, e: SourceEntity): vscode.MarkdownString {
  const record: SourceRecord | undefined = ctx.analysis.sources[e.meta.sourceId];
  const name = record?.name ?? e.meta.canonical;
  const about = [sourceTypeName(e.meta.sourceType), record?.role ?? e.meta.role].filter(Boolean).join(', ');
  const card = new Card().line(`**${esc(name)}** — ${esc(about)}`);
  const claims = (record?.claims ?? []).map((id) => ctx.analysis.claims[id]).filter(Boolean);
  card.line(esc(`${mentionsCount(record?.mentions.length ?? 1)} · ${claimsCount(claims.length)}`));
  card.list(claimList(ctx, claims, CLAIMS_LISTED));
  return card.build();
}

export function claimCard(ctx: CardContext, c: Claim): vscode.MarkdownString {
  const card = new Card().line(`**${esc(vscode.l10n.t('Claim'))}** — ${esc(claimKindName(c.kind))}`);
  // A claim whose speaker the text never names says so, in italics, where the name would be.
  const who = c.source ? `**${esc(c.source)}**` : `*${esc(sourceName(''))}*`;
  card.line(`${esc(vscode.l10n.t('Source:'))} ${who} · ${esc(vscode.l10n.t('cue: {0}', c.cue))} · ${esc(lineLabel(c.line))}`);
  if (c.via?.length) card.line(esc(vscode.l10n.t('Passed on by: {0}', c.via.join(', '))));
  if (!c.source) {
    card.endParagraph().line(`*${esc(vscode.l10n.t('The text does not say who makes this claim.'))}*`);
  } else {
    const others = othersBy(ctx.analysis, c);
    card.endParagraph().line(esc(
      others.length === 0 ? vscode.l10n.t('{0} makes no other claim.', c.source)
        : others.length === 1 ? vscode.l10n.t('{0} makes 1 other claim:', c.source)
          : vscode.l10n.t('{0} makes {1} other claims:', c.source, formatInteger(others.length)),
    ));
    card.list(claimList(ctx, others, OTHER_CLAIMS_LISTED));
  }
  if (ctx.anchoredOf) reviewLines(card, ctx, c, ctx.anchoredOf(c.id));
  return card.build();
}

/** The verdict and note, and links that set the verdict. The note is the user's text: escaped like the article's. */
function reviewLines(card: Card, ctx: CardContext, c: Claim, anchored: AnchoredReview | undefined): void {
  card.endParagraph();
  const review = anchored?.review;
  const verdict = review?.verdict ?? 'unchecked';
  const by = review ? ` · ${esc(vscode.l10n.t('{0}, {1}', review.author, review.modified.slice(0, 10)))}` : '';
  card.line(`${esc(vscode.l10n.t('Verdict:'))} **${esc(verdictName(verdict))}**${by}`);
  if (review?.note) {
    const note = review.note.length > NOTE_CHARS ? `${review.note.slice(0, NOTE_CHARS)}…` : review.note;
    card.line(`${esc(vscode.l10n.t('Note:'))} ${esc(note)}`);
  }
  if (anchored?.method === 'fuzzy') card.line(`*${esc(rewordedWarning())}*`);
  const uri = ctx.document.uri.toString();
  const links = VERDICTS.filter((v) => v !== verdict).map((v) => commandLink(esc(verdictName(v)), 'kilde.review.setVerdict', [uri, c.id, v], vscode.l10n.t('Set the verdict')));
  card.line(`${esc(vscode.l10n.t('Set verdict:'))} ${links.join(' · ')} · ${commandLink(esc(review?.note ? vscode.l10n.t('Edit note') : vscode.l10n.t('Add note')), 'kilde.review.editNote', [uri, c.id])}`);
}

interface NameFacts {
  mentions: number;
  role?: string;
}

/** Mentions and role of each person and organisation, by kind and canonical name, once per analysis. */
const nameFacts = new Derived(function* names(a: Analysis): Generator<void, Map<string, NameFacts>> {
  const out = new Map<string, NameFacts>();
  const entities = a.entities;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.kind === 'person' || e.kind === 'organisation') {
      const key = nameKey(e);
      const seen = out.get(key);
      if (seen) {
        seen.mentions++;
        seen.role ??= e.meta.role || undefined;
      } else out.set(key, { mentions: 1, role: e.meta.role || undefined });
    }
    if (pauseAt(i)) yield;
  }
  return out;
});

const nameKey = (e: PersonEntity | OrganisationEntity) => `${e.kind}:${e.meta.canonical || e.text}`;

/** Works out what name cards need, in turns of the event loop (a huge article has a million names). */
export const prepareNameCards = (a: Analysis): Promise<unknown> => nameFacts.inTurns(a);

/**
 * A person or organisation the text names: who it is, and, when it speaks
 * anywhere in the text, how much it says with links to its first claims.
 */
export function nameCard(ctx: CardContext, e: PersonEntity | OrganisationEntity): vscode.MarkdownString {
  const record: SourceRecord | undefined = e.meta.sourceId !== undefined ? ctx.analysis.sources[e.meta.sourceId] : undefined;
  const facts = nameFacts.now(ctx.analysis).get(nameKey(e));
  const name = e.meta.canonical || e.text;
  const type = e.kind === 'person' ? vscode.l10n.t('person') : vscode.l10n.t('organisation');
  const about = [type, e.meta.role || facts?.role || record?.role].filter(Boolean).join(', ');
  const card = new Card().line(`**${esc(name)}** — ${esc(about)}`);
  const claims = (record?.claims ?? []).map((id) => ctx.analysis.claims[id]).filter(Boolean);
  const mentions = mentionsCount(facts?.mentions ?? 1);
  if (claims.length) {
    card.line(esc(`${mentions} · ${claimsCount(claims.length)}`));
    card.list(claimList(ctx, claims, NAME_CLAIMS_LISTED));
  } else {
    card.line(esc(`${mentions} · ${e.kind === 'person' ? vscode.l10n.t('named, but not quoted') : vscode.l10n.t('named, but not a source')}`));
  }
  return card.build();
}

/** The source's other claims, from its record (cheap) rather than a scan of every claim. */
function othersBy(a: Analysis, c: Claim): Claim[] {
  const ids = new Set<number>();
  for (const s of c.sourceIds) for (const id of a.sources[s]?.claims ?? []) ids.add(id);
  ids.delete(c.id);
  return [...ids].sort((x, y) => x - y).map((id) => a.claims[id]).filter((o) => o && o.source === c.source);
}

/** Up to `max` claims as reveal links with their line, then "… and N more". */
function claimList(ctx: CardContext, claims: Claim[], max: number): string[] {
  const items = claims.slice(0, max).map((c) => `${claimLink(ctx, c)} (${esc(lineLabel(c.line))})`);
  if (claims.length > max) items.push(esc(vscode.l10n.t('… and {0} more', formatInteger(claims.length - max))));
  return items;
}
