// Document-level attribution: merges mentions into sources (Mark Rutte /
// Rutte), resolves pronouns, "heter det videre" and unattributed quotations
// to the right speaker, and builds the claim and source lists.

import type { Lang, SourceRecord, SourceType } from '../model';
import { runToEnd } from '../steps';
import { rawClaim } from './claims';
import type { ClaimSpan, ParagraphAttribution, RawClaim } from './claims';
import type { Mention, Speaker } from './phrases';

export interface ResolvedMention extends Mention {
  sourceId: number;
}

export interface ResolvedClaim extends ClaimSpan {
  source: string;
  sourceIds: number[];
  sourceSpan?: { start: number; end: number; text: string };
  via?: string[];
}

export interface Attribution {
  mentions: ResolvedMention[];
  claims: ResolvedClaim[];
  sources: Array<Omit<SourceRecord, 'mentions' | 'claims'> & { mentions: ResolvedMention[]; claims: number[] }>;
}

interface Pending {
  raw: RawClaim;
  para: number;
  ids: number[];
  /** The mention that names the speaker inside the claim, when there is one. */
  named?: Mention;
  dropped?: boolean;
}

const GENITIVE_S = /s$/;

/** Resolves a document read in order, a slice at a time, so huge texts never block in one go. */
export interface AttributionResolver {
  /** The next paragraphs in document order, with the standalone mentions (bylines, credits) among them. */
  add(paragraphs: ParagraphAttribution[], standalone: Mention[]): void;
  finish(): Attribution;
  /** finish(), yielding `mark` after every `every` claims. */
  finishSteps(every: number, mark: number): Generator<number, Attribution>;
}

export function resolveAttribution(paragraphs: ParagraphAttribution[], standalone: Mention[], lang: Lang): Attribution {
  const r = createResolver(lang);
  r.add(paragraphs, standalone);
  return r.finish();
}

export function createResolver(lang: Lang): AttributionResolver {
  const sources: Attribution['sources'] = [];
  const byKey = new Map<string, number>();
  const bySurname = new Map<string, number>();
  const mentions: ResolvedMention[] = [];
  const seenSpan = new Set<number>();

  const register = (m: Mention): number => {
    const key = m.name.toLowerCase();
    let id = byKey.get(key);
    if (id === undefined && !key.includes(' ')) {
      // "Rutte" after "Mark Rutte"; "Natos" is reduced to "Nato" by the phrase reader.
      id = bySurname.get(key) ?? bySurname.get(key.replace(GENITIVE_S, ''));
    }
    if (id === undefined && !m.proper && key.length >= 5) {
      // "instituttet" after "Havforskningsinstituttet": a definite noun naming a source met before.
      for (let k = sources.length - 1; k >= 0; k--) {
        const name = sources[k].name.toLowerCase();
        if (name.length > key.length && name.endsWith(key) && !name.includes(' ')) { id = k; break; }
      }
    }
    if (id === undefined) {
      id = sources.length;
      sources.push({ id, name: m.name, sourceType: m.type, mentions: [], claims: [] });
      if (m.role) sources[id].role = m.role;
      byKey.set(key, id);
      if (m.type === 'person' && m.proper && key.includes(' ')) {
        const surname = key.split(' ').pop()!;
        if (!bySurname.has(surname)) bySurname.set(surname, id);
      }
    } else {
      const s = sources[id];
      if (!s.role && m.role) s.role = m.role;
      // A fuller name or a more specific type learned later improves the record.
      if (m.type === 'person' && s.sourceType !== 'person' && m.proper) s.sourceType = 'person';
    }
    // A number, not a string: this runs once per mention of a huge document.
    const spanKey = m.start * 0x4000000 + (m.end - m.start);
    if (!seenSpan.has(spanKey)) {
      seenSpan.add(spanKey);
      const rm: ResolvedMention = { start: m.start, end: m.end, text: m.text, name: m.name, type: m.type, role: m.role, proper: m.proper, sourceId: id };
      mentions.push(rm);
      sources[id].mentions.push(rm);
    }
    return id;
  };

  // Mentions in document order, so antecedents are known before pronouns need them.
  const pending: Pending[] = [];
  const standaloneSorted: Mention[] = [];
  let si = 0;
  let paraCount = 0;
  const flushStandalone = (upTo: number) => {
    while (si < standaloneSorted.length && standaloneSorted[si].start < upTo) register(standaloneSorted[si++]);
  };

  let lastPerson: number | undefined;
  let lastOther: number | undefined;
  let lastImpersonal: number[] | undefined;
  let lastIds: number[] | undefined;

  const remember = (ids: number[]) => {
    for (const id of ids) {
      if (sources[id].sourceType === 'person') lastPerson = id;
      else lastOther = id;
    }
    lastIds = ids;
  };

  const addParagraphs = (paragraphs: ParagraphAttribution[], standalone: Mention[]): void => {
    for (const m of [...standalone].sort((a, b) => a.start - b.start)) standaloneSorted.push(m);
    for (const pa of paragraphs) {
      const para = paraCount++;
      // Most paragraphs hold nothing to attribute; skip them without allocating.
      if (pa.claims.length === 0 && pa.mentions.length === 0) continue;
      const items: Array<{ at: number; claim?: RawClaim; mention?: Mention }> = [];
      for (const c of pa.claims) items.push({ at: c.cueStart, claim: c });
      for (const m of pa.mentions) items.push({ at: m.start, mention: m });
      if (items.length > 1) items.sort((a, b) => a.at - b.at);
      for (const it of items) {
        flushStandalone(it.at);
        if (it.mention) {
          const id = register(it.mention);
          remember([id]);
          continue;
        }
        const c = it.claim!;
        const p: Pending = { raw: c, para, ids: [] };
        resolveSpeaker(c.speaker, p);
        if (c.impersonal && p.ids.length) lastImpersonal = p.ids;
        if (p.ids.length) remember(p.ids);
        for (const v of c.via) register(v);
        pending.push(p);
      }
    }
  };

  function resolveSpeaker(sp: Speaker, p: Pending): void {
    switch (sp.kind) {
      case 'named':
        p.ids = sp.mentions.map(register);
        p.named = sp.mentions[0];
        return;
      case 'pronoun': {
        // An antecedent earlier in the same sentence wins ("NIS … det den sier").
        const fits = (t: SourceType) => (sp.refers === 'person' ? t === 'person' : t !== 'person');
        const local = [...sp.local].reverse().find((m) => fits(m.type));
        if (local) { p.ids = [register(local)]; return; }
        // "han" after a speaker typed otherwise (a lone surname) still means the last speaker.
        const id = sp.refers === 'person' ? lastPerson : lastOther ?? lastPerson;
        if (id !== undefined) p.ids = [id];
        else if (lastIds) p.ids = lastIds;
        return;
      }
      case 'previous':
        p.ids = (p.raw.impersonal ? lastImpersonal : undefined) ?? lastIds ?? [];
        return;
      case 'quote':
        return;
    }
  }

  function* finishSteps(every: number, mark: number): Generator<number, Attribution> {
    flushStandalone(Infinity);
    // Quotations without a cue take the speaker who introduces or follows them.
    for (let k = 0; k < pending.length; k++) {
      if (k % every === every - 1) yield mark;
      const p = pending[k];
      if (p.raw.refersBack) {
        const prev = pending[k - 1];
        if (prev && prev.raw.speaker.kind === 'quote' && !prev.dropped && p.para - prev.para <= 1) {
          prev.ids = p.ids;
          prev.raw = withCueOf(prev.raw, p.raw);
          p.dropped = true;
        }
      }
    }
    // The last claim before k that has a speaker, kept as we go (linear, not a search back).
    let prev: Pending | undefined;
    for (let k = 0; k < pending.length; k++) {
      if (k % every === every - 1) yield mark;
      const p = pending[k];
      if (p.raw.speaker.kind !== 'quote' || p.ids.length) {
        if (!p.dropped && p.ids.length) prev = p;
        continue;
      }
      const next = pending[k + 1];
      if (next && next.para === p.para && next.ids.length && next.raw.speaker.kind !== 'quote') {
        p.ids = next.ids;
        p.raw = withCueOf(p.raw, next.raw);
      } else if (prev && p.para - prev.para <= 1) {
        p.ids = prev.ids;
        p.raw = withCueOf(p.raw, prev.raw);
      } else {
        // A quotation nobody is said to have said is not a claim.
        p.dropped = true;
      }
      if (!p.dropped && p.ids.length) prev = p;
    }

    const joiner = lang === 'en' ? ' and ' : ' og ';
    const claims: ResolvedClaim[] = [];
    for (let k = 0; k < pending.length; k++) {
      if (k % every === every - 1) yield mark;
      const p = pending[k];
      if (p.dropped || p.ids.length === 0) continue;
      const id = claims.length;
      for (const sid of p.ids) sources[sid].claims.push(id);
      const claim: ResolvedClaim = {
        start: p.raw.start,
        end: p.raw.end,
        cue: p.raw.cue,
        cueStart: p.raw.cueStart,
        cueEnd: p.raw.cueEnd,
        kind: p.raw.kind,
        source: p.ids.map((i) => sources[i].name).join(joiner),
        sourceIds: p.ids,
      };
      if (p.named) {
        claim.sourceSpan = { start: p.named.start, end: p.named.end, text: p.named.text };
      }
      if (p.raw.via.length) claim.via = p.raw.via.map((v) => sources[byKey.get(v.name.toLowerCase()) ?? register(v)].name);
      claims.push(claim);
    }
    yield mark;
    return { mentions: mentions.sort((a, b) => a.start - b.start), claims, sources };
  }

  return { add: addParagraphs, finish: () => runToEnd(finishSteps(Infinity, 0)), finishSteps };
}

/** A quotation without a cue of its own takes the cue of the claim that names its speaker. */
function withCueOf(raw: RawClaim, from: RawClaim): RawClaim {
  return rawClaim(raw.start, raw.end, from.cue, from.cueStart, from.cueEnd, raw.kind, raw.speaker, raw.via, raw.refersBack, raw.impersonal);
}
