// Document-level attribution: merges mentions into sources (Mark Rutte /
// Rutte), resolves pronouns, "heter det videre" and unattributed quotations
// to the right speaker, and builds the claim and source lists.

import type { Lang, NameMeta, SourceRecord, SourceType } from '../model';
import { runToEnd } from '../steps';
import { firstWord, lastWord } from '../text/words';
import { rawClaim } from './claims';
import type { ClaimSpan, ParagraphAttribution, RawClaim } from './claims';
import type { Mention, Speaker } from './phrases';
import { Entities, RECENT_PARAGRAPHS, SINGULAR_DEFINITE, bareNoun, definiteForm, isDefiniteRole, isGenericOrg, pluralStem, roleKeys, type Entity } from './entities';
import { isAcronym, isDocumentNoun, isOrgCompound, isOrgName, isRoleWord } from './kinds';
import { genderOfNoun, type Gender } from './mentions';
import { TURN_GAP, TranscriptRuns, answerLabel } from './transcript';
import { firstNameGender } from '../names/firstNames';

export interface ResolvedMention extends Mention {
  sourceId: number;
}

export interface ResolvedClaim extends ClaimSpan {
  source: string;
  sourceIds: number[];
  sourceSpan?: { start: number; end: number; text: string };
  via?: string[];
}

/** A person or organisation named in the text, with its entity's canonical name. */
export interface ResolvedName {
  start: number;
  end: number;
  type: 'person' | 'organisation';
  /** Shared by every mention of the entity that has no role of its own: read it, never change it. */
  meta: NameMeta;
}

export interface Attribution {
  mentions: ResolvedMention[];
  names: ResolvedName[];
  claims: ResolvedClaim[];
  sources: Array<Omit<SourceRecord, 'mentions' | 'claims'> & { mentions: ResolvedMention[]; claims: number[] }>;
}

interface Pending {
  raw: RawClaim;
  para: number;
  /** Start of the sentence of the claim's cue. */
  sentence: number;
  ids: number[];
  /** The mention that names the speaker inside the claim, when there is one. */
  named?: Mention;
  dropped?: boolean;
  /** For a quotation without a cue: the person named last before it. */
  recent?: Mentioned;
  /** A "han"/"hun" with nobody named lately: the person named as a speaker just after may be meant. */
  ahead?: boolean;
  /** A title nobody was named with ("skriver pappaen"): its stems, for a person named with it just below. */
  aheadRole?: string[];
  /** That "han"/"hun" closes an interview's answer after answers with no cue: it is the interviewee they are given to. */
  afterAnswers?: boolean;
  /** For a Norwegian quotation without a cue: the person last brought in with an age, and where. */
  aged?: [number, number];
  /** For a Norwegian quotation without a cue: the first person named in its article's lead, and where. */
  lead?: [number, number];
}

interface Mentioned {
  ent: number;
  at: number;
  sentence: number;
  para: number;
  subject: boolean;
  quoted: boolean;
  oblique?: boolean;
}

/** Definite endings of Norwegian nouns, longest first ("forskerne", "departementet", "vegvesenet", "avisa"). */
const DEFINITE_ENDINGS = ['ene', ...SINGULAR_DEFINITE];
/** Prepositions between a document's noun and who issued it ("rapport fra", "notat frå", "brev til"). */
const ISSUED_BY = new Set(['fra', 'frå', 'av', 'om', 'til', 'for', 'i']);
/** Prepositions between a body's noun and its place or parent ("politiet i Troms", "utvalet for X"). */
const BODY_OF = new Set(['i', 'ved', 'på', 'for', 'hos', 'hjå']);

/** A sentence's end between two offsets of a paragraph. */
const SENTENCE_BREAK = /[.!?]\s/;

/** How far back in the names met a pronoun or a cue-less quotation looks for its person. */
const HISTORY_LOOKBACK = 40;
/** How far below the person brought in with an age an interview's first answer may be theirs. */
const PORTRAIT_PARAGRAPHS = 12;
/** An "A:" answer whose interviewee is not found takes the speaker before it, a question apart at most. */
const ANSWER_GAP = 2;
/** An interview's introduction stands at most this many paragraphs before its first answer (a note and the question between). */
const INTRO_PARAGRAPHS = 3;

/** How far below a pronoun with no antecedent the person it stands for may be named. */
const AHEAD_PARAGRAPHS = 3;
/** And at most this many claims below: a text of thousands of such claims stays linear. */
const AHEAD_CLAIMS = 64;

/** How many paragraphs back "hun" may find the last woman who spoke (or "han" the last man). */
const GENDER_LOOKBACK = 8;

/** Third-person plural pronouns; "vi" speaks for the speaker's own side. */
const THEY = new Set(['de', 'dei', 'they']);

/** "23-åringen", "70-åringen": a person by age, in the definite form. */
const AGE_NOUN = /^\d+-åringen$/;

const PRONOUN_GENDER: Record<string, Gender | undefined> = { han: 'm', hun: 'f', ho: 'f', he: 'm', she: 'f' };


/** How many claims below a quoted headline the quotation it repeats is sought. */
const HEADLINE_CLAIMS = 60;
/** And within this many paragraphs. */
const HEADLINE_PARAGRAPHS = 10;
/** A quotation that repeats a headline's words is sought further: the repeat is evidence enough. */
const ECHO_PARAGRAPHS = 25;
/** A name, then "i"/"ved"/"hos"/"fra" before the body it works at. */
const WORKS_AT = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3} (?:i|ved|hos|fra|frå) $/u;
const WORKER_LOOKBACK = 4;
/** A Norwegian dateline opening a paragraph: a place in capitals, maybe the agency, then a colon. */
const DATELINE = /^[A-ZÆØÅ][A-ZÆØÅ-]+(?: [A-ZÆØÅ][A-ZÆØÅ-]+)*(?: \([^)\n]{1,20}\))?:/;
const DATELINE_CHARS = 60;
/** How far into its article a portrait's interview may stand from the lead: about an article. */
const LEAD_PARAGRAPHS = 40;
/** Nouns for any document, which stand for the one named before them. */
const GENERIC_DOCUMENTS = new Set(['dokumentet', 'dokumenta', 'dokumentene']);
/** How many paragraphs back "dokumentet" finds the document it stands for: a few, as a text names one again soon. */
const DOCUMENT_PARAGRAPHS = 4;
const DOCUMENT_SOURCES = 64;
const LEAD_WORDS = 4;
/** A headline's quotation found below in another word order has at least this many words. */
const ECHO_WORDS = 3;
/** At most this many paragraphs after the claim before it, a quoted heading is a subheading. */
const SUBHEADING_GAP = 3;
const WORD = /[\p{L}\p{N}]+/gu;

/** The first words of text[start, end), lower-cased and joined by spaces; '' for fewer than three. */
function leadWords(text: string, start: number, end: number): string {
  const words = text.slice(start, Math.min(end, start + 200)).toLowerCase().match(WORD);
  return words && words.length >= 3 ? words.slice(0, LEAD_WORDS).join(' ') : '';
}

/** The first letter or digit of text[start, end), lower-cased, as a code; -1 if none near the start.
 *  Asked of every claim below a quoted headline, so that only those opening alike are read in full. */
function leadCode(text: string, start: number, end: number): number {
  for (let k = start; k < end && k < start + 8; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) return c;
    if (c >= 65 && c <= 90) return c + 32;
    if (c >= 0xc0) return text[k].toLowerCase().charCodeAt(0);
  }
  return -1;
}

/** Resolves a document read in order, a slice at a time, so huge texts never block in one go. */
export interface AttributionResolver {
  /** The next paragraphs in document order, with the standalone mentions (bylines, credits) among them. */
  add(paragraphs: ParagraphAttribution[], standalone: Mention[]): void;
  finish(): Attribution;
  /** finish(), yielding `mark` after every `every` claims. */
  finishSteps(every: number, mark: number): Generator<number, Attribution>;
}

/** `text`: the document, for a quoted headline to find the quotation it repeats (without it, the first one). */
export function createResolver(lang: Lang, text = ''): AttributionResolver {
  const sources: Attribution['sources'] = [];
  const byKey = new Map<string, number>();
  const mentions: ResolvedMention[] = [];
  const seenSpan = new Set<number>();
  // English sources are judged as written ("the mayor"), PolNeAR's convention: titles used as
  // nouns and quotations without a cue keep their own reading there.
  const norwegian = lang !== 'en';
  const people = new Entities(norwegian, text);
  /** Source record of each known entity that has spoken. */
  const sourceOfEntity = new Map<number, number>();
  /** And the entity of each such source: its gender, for a pronoun. */
  const entityOfSource = new Map<number, number>();
  /** The last person of each gender who spoke, and in which paragraph. */
  const lastOfGender: Partial<Record<Gender, { id: number; para: number }>> = {};
  /** Names and person nouns in document order, with resolved pronoun speakers among them. */
  const history: Mentioned[] = [];
  /** Proper names in document order, with their entity. */
  // As numbers, not the mentions themselves: on a long document these live to its end, and
  // objects kept that long make every garbage collection slower.
  const named = { start: [] as number[], end: [] as number[], ent: [] as number[], role: [] as Array<string | undefined> };

  /** One-word source names by their last five letters, in order of creation: "instituttet" finds
   *  "Havforskningsinstituttet" by one lookup and an endsWith, not a scan of every source. */
  const byEnding = new Map<string, Array<{ lower: string; id: number }>>();
  /** Paragraph of each source's latest registered mention, and whether a common noun made it. */
  const sourcePara: number[] = [];
  const nounSource: boolean[] = [];
  const newSource = (name: string, type: SourceType, role: string | undefined, key: string): number => {
    const id = sources.length;
    sources.push({ id, name, sourceType: type, mentions: [], claims: [] });
    sourcePara[id] = people.para;
    if (role) sources[id].role = role;
    byKey.set(key, id);
    if (norwegian && type === 'group') fileGroup(key, id);
    const lower = name.toLowerCase();
    if (!lower.includes(' ')) {
      if (lower.length > 5) fileEnding(lower, id);
    } else if (norwegian && type !== 'document' && isOrgCompound(firstWord(name))) {
      // "Fagforbundet Kinn", "Utdanningsforbundet Ringsaker" (read as a person for its two capitalised
      // words, maybe): the body's compound before its place is what "forbundet" later ends on.
      fileEnding(firstWord(lower), id);
    }
    if (lower.includes(' ') && type !== 'person') {
      // "Statens vegvesen", "the Environment Agency": the head noun alone refers to them later.
      const head = lastWord(lower);
      byHeadNoun.set(head, id);
      // "Øst politidistrikt" … "politiet": a police district is the police.
      if (norwegian && head.endsWith('politidistrikt')) byHeadNoun.set('politi', id);
      if (norwegian && head.length > 5) fileEnding(head, id);
      // "en ny rapport fra Distriktssenteret": a document's noun stands before its issuer, and
      // "Rapporten" later is that report.
      if (norwegian) {
        const words = lower.split(' ');
        for (let k = 1; k < words.length; k++) if (ISSUED_BY.has(words[k])) { if (isDocumentNoun(words[k - 1])) byHeadNoun.set(words[k - 1], id); break; }
        // "politiet i Troms" … "Politiet", "lisensutvalget i NFF" … "utvalget": a body's definite noun
        // before its place or parent is what it is called alone later.
        if (words.length >= 3 && BODY_OF.has(words[1]) && definiteForm(words[0]) && type !== 'document') {
          byBodyHead.set(words[0], id);
          if (words[0].length > 5) fileEnding(words[0], id);
        }
      }
    }
    return id;
  };
  const fileEnding = (lower: string, id: number) => {
    const ending = lower.slice(-5);
    const list = byEnding.get(ending);
    if (list) list.push({ lower, id }); else byEnding.set(ending, [{ lower, id }]);
  };
  // A group is one source whatever the inflection of its head noun (ANNOTATION.md): "Ekspertene"
  // after "Eksperter", "Forskerne" after "Forskere ved NTNU". Norwegian puts the head first.
  /** Groups by their head's stem and the rest of their words. */
  const byGroup = new Map<string, number>();
  /** Groups of several words by their head's stem alone: the latest one. */
  const byGroupHead = new Map<string, number>();
  const groupKey = (key: string): string => {
    const space = key.indexOf(' ');
    return space < 0 ? pluralStem(key) : pluralStem(key.slice(0, space)) + key.slice(space);
  };
  /** The paragraph each group source was last named in: a paper of many stories has other neighbours further
   *  on, as it has other people with a name met long before (RECENT_PARAGRAPHS). */
  const groupPara = new Map<number, number>();
  const fileGroup = (key: string, id: number) => {
    const gk = groupKey(key);
    if (!byGroup.has(gk)) byGroup.set(gk, id);
    if (key.includes(' ')) byGroupHead.set(pluralStem(firstWord(key)), id);
    groupPara.set(id, paraCount);
  };
  /** The group met lately that a group mention names again, if any: a bare head ("forskerne")
   *  takes the latest group with that head, a longer phrase only the same phrase. */
  const groupSource = (key: string): number | undefined => {
    const gk = groupKey(key);
    const id = byGroup.get(gk) ?? (key.includes(' ') ? undefined : byGroupHead.get(gk));
    if (id === undefined || sources[id].sourceType !== 'group' || paraCount - (groupPara.get(id) ?? -Infinity) > RECENT_PARAGRAPHS) return undefined;
    groupPara.set(id, paraCount);
    return id;
  };
  /** Names of several words other than persons, by their last word: "the agency" is the
   *  Environment Agency, "vegvesenet" Statens vegvesen. */
  const byHeadNoun = new Map<string, number>();
  /** Bodies named with their place or parent, by their first word: "politiet" of "politiet i Troms". */
  const byBodyHead = new Map<string, number>();
  /** A definite noun naming a source met before: "vegvesenet" (vegvesen + et), "the agency". */
  const byDefiniteHead = (key: string): number | undefined => {
    if (!norwegian) return recentSource(byHeadNoun.get(key));
    for (const e of DEFINITE_ENDINGS) {
      if (key.length > e.length + 3 && key.endsWith(e)) {
        const stem = key.slice(0, -e.length);
        // ("rapporten" after "politiets utrykningsrapport": the head of a compound ends on the stem.)
        const id = recentSource(byHeadNoun.get(stem)) ?? (stem.length >= 6 ? bySuffix(stem) : undefined);
        if (id !== undefined) return id;
      }
    }
    return undefined;
  };
  /** The latest one-word source whose name ends in `key` and is longer than it. */
  const bySuffix = (key: string): number | undefined => {
    const list = byEnding.get(key.slice(-5));
    if (list) {
      for (let k = list.length - 1; k >= 0; k--) {
        if (list[k].lower.length > key.length && list[k].lower.endsWith(key)) return recentSource(list[k].id);
      }
    }
    return undefined;
  };

  /** A source met before under this key, or a group met lately under another inflection of it. */
  const knownSource = (key: string, type: SourceType): number | undefined =>
    byKey.get(key) ?? (norwegian && type === 'group' ? groupSource(key) : undefined);

  const register = (m: Mention, record = true): number => {
    const key = m.name.toLowerCase();
    // A person or organisation named before speaks under its most complete name ("Treider" is
    // "Siw Treider"; "litteraturkritikeren" is the critic named with that title).
    const ent = people.find(m, key);
    let id: number | undefined;
    if (ent !== undefined) {
      id = sourceOfEntity.get(ent);
      if (id === undefined) {
        const e = people.get(ent);
        id = knownSource(e.key, e.type) ?? newSource(e.name, e.type, m.role, e.key);
        sourceOfEntity.set(ent, id);
        entityOfSource.set(id, ent);
      }
    }
    // (As people.find does for an entity: a noun source met only long ago is another article's.)
    const noun = !m.proper || (norwegian && bareNoun(m.name, key));
    if (id === undefined) {
      const known = knownSource(key, m.type);
      if (!(noun && staleNoun(known))) id = known;
    }
    // "instituttet" after "Havforskningsinstituttet", "Vegvesenet" after "Statens vegvesen": a
    // definite noun naming a source met before. Capitalised too when it opens a sentence, but
    // never a person's name ("Hansen" is not the end of "Johansen").
    if (id === undefined && !m.indefinite && key.length >= 5 && m.type !== 'person' && !key.includes(' ') && (!m.proper || (norwegian && (definiteForm(key) || isGenericOrg(key))))) {
      const found = byDefiniteHead(key) ?? (norwegian ? bySuffix(key) : undefined);
      // ("Laget krev" is no "forslaget": a body's noun finds no document, whose name ends the same.)
      if (found !== undefined && sources[found].sourceType !== 'person' && (sources[found].sourceType !== 'document' || isDocumentNoun(key))) id = found;
      // Or one named before that has not spoken yet.
      else if (norwegian && definiteForm(key, 0)) {
        const org = people.findOrg(key);
        if (org !== undefined) id = sourceFor(org);
      }
    }
    // "Ifølge budsjettforslaget … heter det i dokumentet": "dokumentet" is the document named lately.
    if (id === undefined && norwegian && !m.proper && GENERIC_DOCUMENTS.has(key)) id = latestDocument();
    // "politiet i Troms" … "Politiet ber": the body named lately with its place, if named since any other it may be.
    const body = norwegian && ent === undefined && !key.includes(' ') ? recentSource(byBodyHead.get(key)) : undefined;
    if (body !== undefined && (id === undefined || sourcePara[body] > sourcePara[id])) id = body;
    if (id === undefined) {
      id = newSource(m.name, m.type, m.role, key);
      if (noun) nounSource[id] = true;
    } else {
      const s = sources[id];
      if (!s.role && m.role) s.role = m.role;
      if (m.type === 'person' && s.sourceType !== 'person' && m.proper) s.sourceType = 'person';
    }
    sourcePara[id] = people.para;
    if (record) recordMention(m, id);
    return id;
  };
  /** The source, if it was named within an article's reach: "retten" far on in a paper of many
   *  articles is not the court of an article before. */
  const recentSource = (id: number | undefined): number | undefined => (id !== undefined && people.recent(sourcePara[id]) ? id : undefined);
  /** The document source met last, within DOCUMENT_PARAGRAPHS of this paragraph, among the sources
   *  filed last (bounded: a text of many megabytes asks this at every "dokumentet"). */
  const latestDocument = (): number | undefined => {
    for (let id = sources.length - 1; id >= 0 && id >= sources.length - DOCUMENT_SOURCES; id--) {
      if (people.para - sourcePara[id] > DOCUMENT_PARAGRAPHS) continue;
      if (sources[id].sourceType === 'document' && !GENERIC_DOCUMENTS.has(sources[id].name.toLowerCase())) return id;
    }
    return undefined;
  };
  /** A source named by a common noun ("retten", "kommunen") last met outside an article's reach. */
  const staleNoun = (id: number | undefined): boolean =>
    id !== undefined && nounSource[id] === true && !people.recent(sourcePara[id]);

  /** Lists a mention once under its source. */
  function recordMention(m: Mention, id: number): void {
    // A number, not a string: this runs once per mention of a huge document.
    const spanKey = m.start * 0x4000000 + (m.end - m.start);
    if (!seenSpan.has(spanKey)) {
      seenSpan.add(spanKey);
      const rm: ResolvedMention = { start: m.start, end: m.end, text: m.text, name: m.name, type: m.type, role: m.role, proper: m.proper, sourceId: id };
      mentions.push(rm);
      sources[id].mentions.push(rm);
    }
  }

  /** The source an entity speaks as. */
  const sourceFor = (ent: number): number => {
    let id = sourceOfEntity.get(ent);
    if (id === undefined) {
      const e = people.get(ent);
      id = knownSource(e.key, e.type) ?? newSource(e.name, e.type, undefined, e.key);
      sourceOfEntity.set(ent, id);
    }
    return id;
  };

  // Mentions in document order, so antecedents are known before pronouns need them.
  const pending: Pending[] = [];
  const standaloneSorted: Mention[] = [];
  let si = 0;
  let paraCount = 0;
  /** The last paragraph that is an interviewer's question alone ("Hvorfor la dere ned avdelingen?"). */
  let askedPara = -2;
  /** The last paragraph that asks and quotes someone: a question if an answer follows it. */
  let askingPara = -2;
  /** Dash paragraphs right after such a question. */
  const answering = new Set<number>();
  /** The last paragraph opening on a dateline ("LILLEHAMMER: Da Arne Løkken Haugli begynte …"), an
   *  article's lead, and the first person named in it: a portrait's subject. */
  let leadPara = -1;
  let leadPerson: [number, number] | undefined;
  /** Paragraphs that ask: what a claim in one says is the interviewer's quoting, and no answer's speaker. */
  const questionParas = new Set<number>();
  /** The paragraph of the last transcript turn taken, and the interviewee of its run's "A:" answers,
   *  sought at the run's first answer. */
  let lastTurnPara = -Infinity;
  let runInterviewee: Mentioned | undefined;
  /** The paragraph and start of the last answer turn taken, whose words are all the interviewee's. */
  let answerPara = -1;
  let answerStart = 0;
  /** English paragraphs with no claim and a sentence opening on "The <title>", by that title. */
  const titleParas = new Map<number, string>();
  /** Paragraphs of narration opening on "han"/"hun"/"ho", by that pronoun. */
  const pronounParas = new Map<number, string>();
  const flushStandalone = (upTo: number) => {
    while (si < standaloneSorted.length && standaloneSorted[si].start < upTo) register(standaloneSorted[si++]);
  };

  let lastPerson: number | undefined;
  let lastOther: number | undefined;
  let lastImpersonal: number[] | undefined;
  let lastIds: number[] | undefined;

  /** Paragraph of lastPerson's claim. */
  let lastPersonPara = -Infinity;
  const genderOf = (id: number): Gender | undefined => {
    const ent = entityOfSource.get(id);
    return ent !== undefined ? people.get(ent).gender : undefined;
  };
  /** A source's gender, or its first name's where nobody gave one ('u': a name given to both). */
  const personGender = (id: number): ReturnType<typeof firstNameGender> => genderOf(id) ?? firstNameGender(firstWord(sources[id].name));
  const remember = (ids: number[], para: number) => {
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k];
      if (sources[id].sourceType === 'person') {
        lastPerson = id;
        lastPersonPara = para;
        const g = genderOf(id);
        if (g) lastOfGender[g] = { id, para };
      }
      else lastOther = id;
    }
    lastIds = ids;
  };

  // Transcript turns wait until their run shows a dialogue (transcript.ts).
  const transcript = new TranscriptRuns<{ c: RawClaim; para: number; sentences: readonly number[] }>();
  const takeClaim = (c: RawClaim, para: number, sentences: readonly number[]): void => {
    // Every field from the start: one object shape for the passes over all claims in finishSteps.
    const p: Pending = { raw: c, para, sentence: sentenceAt(sentences, c.cueStart), ids: [], named: undefined, dropped: false, recent: undefined, ahead: false, aheadRole: undefined, afterAnswers: false, aged: undefined, lead: undefined };
    if (para === answerPara && c.cueStart >= answerStart) p.dropped = true;
    resolveSpeaker(c.speaker, p);
    if (norwegian && c.speaker.kind === 'quote' && c.speaker.whole) {
      p.recent = recentPerson(c.start, para);
      p.aged = people.lastAged;
      if (leadPerson && para - leadPerson[1] <= LEAD_PARAGRAPHS) p.lead = leadPerson;
    }
    if (c.speaker.kind === 'quote' && c.speaker.answer) p.recent = runInterviewee;
    if (c.impersonal && p.ids.length) lastImpersonal = p.ids;
    if (p.ids.length) remember(p.ids, para);
    for (let k = 0; k < c.via.length; k++) register(c.via[k]);
    pending.push(p);
  };

  // A turn is its speaker's claim; the quotation its paragraph opens with ('"PENCE: …') is that
  // claim, not another for a neighbouring speaker, and so is a headline's read off the same colon.
  // An interview's answer is the interviewee's words, whole: a verb inside it reports no one else's
  // ("A: We had five years to offer Lima a real alternative, and we offered speeches.").
  const takeTurn = (c: RawClaim, para: number, sentences: readonly number[]): void => {
    const answer = c.turn !== undefined && answerLabel(c.turn);
    if (para - lastTurnPara > TURN_GAP) runInterviewee = undefined;
    if (c.speaker.kind === 'quote' && c.speaker.answer) runInterviewee ??= interviewee(c.start, para);
    lastTurnPara = para;
    for (let k = pending.length - 1; k >= 0 && pending[k].para >= para; k--) {
      const q = pending[k];
      if (q.para === para && ((q.raw.speaker.kind === 'quote' && q.raw.start < c.start && q.raw.end > c.cueStart) || q.raw.cueStart === c.cueStart
        || (answer && q.raw.cueStart >= c.start))) q.dropped = true;
    }
    // (The claims of its paragraph not taken yet are dropped as they come: takeClaim.)
    if (answer) {
      answerPara = para;
      answerStart = c.start;
    }
    takeClaim(c, para, sentences);
  };

  const addParagraphs = (paragraphs: ParagraphAttribution[], standalone: Mention[]): void => {
    for (const m of [...standalone].sort((a, b) => a.start - b.start)) standaloneSorted.push(m);
    for (let k = 0; k < paragraphs.length; k++) {
      const pa = paragraphs[k];
      const para = paraCount++;
      people.para = para;
      // A question quoting someone ("Opposisjonen sier at …. Hva svarer du?") is the interviewer's
      // when an answer follows it: the one it quotes is no speaker of the answer.
      if (pa.answers && askingPara === para - 1) {
        askedPara = para - 1;
        questionParas.add(para - 1);
      }
      askingPara = pa.asking ? para : -2;
      if (pa.answers && askedPara === para - 1) answering.add(para);
      if (pa.asks) {
        askedPara = para;
        questionParas.add(para);
      }
      if (norwegian && pa.sentences.length > 0 && DATELINE.test(text.slice(pa.sentences[0], pa.sentences[0] + DATELINE_CHARS))) {
        leadPara = para;
        leadPerson = undefined;
      }
      if (pa.pronoun) pronounParas.set(para, pa.pronoun);
      if (pa.titleSubject) titleParas.set(para, pa.titleSubject);
      // Most paragraphs hold nothing to attribute; skip them without allocating.
      if (pa.claims.length === 0 && pa.mentions.length === 0 && pa.names.length === 0) continue;
      // Claims, speaker mentions and names in order of position (at equal positions in that
      // order), merged rather than wrapped and sorted: this runs for every paragraph that names anyone.
      const claims = byPosition(pa.claims, cueAt);
      const mentions = byPosition(pa.mentions, startAt);
      const names = byPosition(pa.names, startAt);
      let ci = 0;
      let mi = 0;
      let ni = 0;
      for (;;) {
        const ca = ci < claims.length ? claims[ci].cueStart : Infinity;
        const ma = mi < mentions.length ? mentions[mi].start : Infinity;
        const na = ni < names.length ? names[ni].start : Infinity;
        if (ca === Infinity && ma === Infinity && na === Infinity) break;
        if (na < ca && na < ma) {
          const m = names[ni++];
          flushStandalone(m.start);
          const ent = people.add(m);
          if (ent !== undefined && para === leadPara && leadPerson === undefined && m.proper && m.type === 'person') leadPerson = [ent, para];
          if (ent !== undefined && m.proper && !m.placeBody) {
            named.start.push(m.start);
            named.end.push(m.end);
            named.ent.push(ent);
            named.role.push(m.role);
          }
          if (ent !== undefined) history.push({ ent, at: m.start, sentence: m.sentence, para, subject: m.subject, quoted: m.quoted, oblique: m.oblique });
          continue;
        }
        if (ma < ca) {
          const m = mentions[mi++];
          flushStandalone(m.start);
          remember([register(m)], para);
          continue;
        }
        const c = claims[ci++];
        flushStandalone(c.cueStart);
        if (c.turn === undefined) takeClaim(c, para, pa.sentences);
        else for (const t of transcript.add(c.turn, para, { c, para, sentences: pa.sentences })) takeTurn(t.c, t.para, t.sentences);
      }
    }
    // Antecedents are sought among the last HISTORY_LOOKBACK entries only; the rest would live to the end of a long document.
    if (history.length > 16 * HISTORY_LOOKBACK) history.splice(0, history.length - HISTORY_LOOKBACK);
  };

  /** The person named right before an organisation mention with "i", "ved", "hos" or "fra" between
   *  ("Mjelde i Fiskeridirektoratet"), in the same paragraph, where that name is a person's. */
  function workerBefore(m: Mention, para: number): number | undefined {
    if (m.type !== 'organisation' && m.type !== 'agency') return undefined;
    for (let k = history.length - 1; k >= 0 && k >= history.length - WORKER_LOOKBACK; k--) {
      const h = history[k];
      if (h.para !== para) return undefined;
      if (h.at >= m.start) continue;
      return people.get(h.ent).type === 'person' && WORKS_AT.test(text.slice(h.at, m.start)) ? h.ent : undefined;
    }
    return undefined;
  }

  /** The person a pronoun at `at` most likely refers to: the subject of the nearest sentence naming a fitting person.
   *  Names inside the claim's own content are skipped: "X er favorittgruppen, forteller han" is not X speaking. */
  function antecedent(at: number, para: number, gender: Gender | undefined, content?: RawClaim): number | undefined {
    // "Hun vil ikke kritisere landets leder X. – …, sa hun": one named only after a preposition
    // is talked about; the pronoun goes on with the person before, if any.
    const subject = closestMention(at, para, gender, content, true);
    // "For Sæle Vindenes handlar saka no om meir enn faren. Ho har klaga …": a woman named in the
    // paragraph itself, after a preposition, is a better "ho" than one who spoke paragraphs before.
    if (norwegian && subject !== undefined && gender !== undefined && subject.para < para) {
      const near = closestMention(at, para, gender, content, false);
      // (In a sentence before the pronoun's: "På spørsmål frå forsvararen vedgjekk han" is not the counsel.)
      if (near !== undefined && near.oblique && near.para === para && near.ent !== subject.ent && people.get(near.ent).gender === gender
        && SENTENCE_BREAK.test(text.slice(near.at, at))) return near.ent;
    }
    if (subject === undefined || gender === undefined || people.get(subject.ent).gender === gender) return (subject ?? closestMention(at, para, gender, content, false))?.ent;
    // "For Nygard har ventetida vore lang nok. Ho seier …": but a woman named after a preposition in
    // a later sentence is a better "ho" than a title nobody gave a gender ("Kommunedirektøren opplyser …").
    const any = closestMention(at, para, gender, content, false);
    return any !== undefined && any.sentence > subject.sentence && people.get(any.ent).gender === gender ? any.ent : subject.ent;
  }

  function closestMention(at: number, para: number, gender: Gender | undefined, content: RawClaim | undefined, skipOblique: boolean): Mentioned | undefined {
    let sentence = -1;
    let best: Mentioned | undefined;
    let bestKnown = false;
    for (let k = history.length - 1; k >= 0 && k >= history.length - HISTORY_LOOKBACK; k--) {
      const h = history[k];
      if (h.at >= at || (content && h.at >= content.start && h.at < content.end)) continue;
      if (para - h.para > 2 || (sentence >= 0 && h.sentence !== sentence)) break;
      const e = people.get(h.ent);
      if (h.quoted || (e.type !== 'person' && !(loneSurname(e) && byKey.has(e.key))) || (skipOblique && h.oblique)) continue;
      if (gender && e.gender && e.gender !== gender) continue;
      sentence = h.sentence;
      // Leftmost in the sentence, and the subject above all; but "hun" is the woman of the sentence
      // before one whose gender nobody knows ("Vakta får en melding fra en redd kvinne. Hun …").
      const known = gender !== undefined && e.gender === gender;
      if (!best || (known && !bestKnown) || (known === bestKnown && !best.subject)) {
        best = h;
        bestKnown = known;
      }
    }
    return best;
  }

  /** What "de" refers to: the nearest group opening a sentence, else the nearest organisation,
   *  looking back to the nearest person who opens a sentence. */
  function groupAntecedent(at: number, para: number, content: RawClaim): number | number[] | undefined {
    // "NTB har snakket med flere eksperter. De tror …": a group anywhere in the sentence just
    // before, its subject first; but people named there as its subject come before a group
    // that only describes them ("Kari Nilsen og Per Olsen har vært naboer. De sier …").
    const isGroup = (h: Mentioned) => people.get(h.ent).type === 'group';
    const subject = fromSentenceBefore(at, para, content, (h) => isGroup(h) && h.subject);
    if (subject !== undefined) return subject;
    const named = norwegian ? peopleBefore(at, para, content) : undefined;
    if (named) return named;
    const inSentence = fromSentenceBefore(at, para, content, (h, best) => isGroup(h) && (!best || h.subject));
    if (inSentence !== undefined) return inSentence;
    let org: number | undefined;
    for (let k = history.length - 1; k >= 0 && k >= history.length - HISTORY_LOOKBACK; k--) {
      const h = history[k];
      if (h.at >= at || (h.at >= content.start && h.at < content.end)) continue;
      if (para - h.para > 1) break;
      if (h.quoted || !h.subject) continue;
      const t = people.get(h.ent).type;
      if (t === 'group') return h.ent;
      if (t === 'person') break;
      // "– Vi kjøpte hytta i fjor, forteller de": "de" are people, not the leaflet read before.
      if (t !== 'document') org ??= h.ent;
    }
    return org;
  }

  /** What English "it" refers to when the sentence just before opens on an organisation that did not
   *  speak ("Goldman Sachs cut 500 jobs. It said …"); undefined if someone has spoken since. */
  function orgAntecedent(at: number, para: number, content: RawClaim): number | undefined {
    return fromSentenceBefore(at, para, content, (h) => {
      // A name of two capitalised words is typed a person unless known otherwise ("Goldman Sachs"):
      // only a first name or a pronoun for it rules it out.
      const e = people.get(h.ent);
      return h.subject && e.type !== 'group' && !(e.type === 'person' && (e.gender || firstNameGender(firstWord(e.name))));
    });
  }

  /** Two or three people named by name in the sentence just before `at`, in order, if no one has
   *  spoken since: who "de" are when no group is named. */
  function peopleBefore(at: number, para: number, content: RawClaim): number[] | undefined {
    const found: number[] = [];
    const first = fromSentenceBefore(at, para, content, (h) => {
      const e = people.get(h.ent);
      if (e.type !== 'person' || !e.proper || found.includes(h.ent)) return false;
      found.unshift(h.ent);
      return true;
    });
    return first !== undefined && found.length >= 2 && found.length <= 3 ? found : undefined;
  }

  /**
   * The entity the sentence just before `at` offers, read right to left (`better` says whether a
   * mention beats the one chosen so far), unless someone has spoken since that sentence
   * ("Guidene forteller at byen har mange innbyggere. De anbefaler …" is the guides again).
   */
  function fromSentenceBefore(at: number, para: number, content: RawClaim, better: (h: Mentioned, best: Mentioned | undefined) => boolean): number | undefined {
    let nearest = -1;
    let best: Mentioned | undefined;
    for (let k = history.length - 1; k >= 0 && k >= history.length - HISTORY_LOOKBACK; k--) {
      const h = history[k];
      if (h.at >= at || (h.at >= content.start && h.at < content.end) || h.quoted) continue;
      if (nearest < 0) nearest = h.sentence;
      if (h.sentence !== nearest || para - h.para > 1) break;
      if (better(h, best)) best = h;
    }
    const lastClaim = pending[pending.length - 1];
    return best && !(lastClaim && lastClaim.raw.cueStart >= best.sentence && lastClaim.raw.cueStart < at) ? best.ent : undefined;
  }

  /** A group opening a sentence a few paragraphs back: "Bøndene i Sogn er sinte. – …, seier leiaren X. … Dei krev …"
   *  means the farmers, not the one person who spoke for them in between. */
  function groupSubjectBefore(at: number, para: number): number | undefined {
    for (let k = history.length - 1; k >= 0 && k >= history.length - HISTORY_LOOKBACK; k--) {
      const h = history[k];
      if (h.at >= at || h.quoted || !h.subject) continue;
      if (para - h.para > 3) break;
      if (people.get(h.ent).type === 'group') return h.ent;
    }
    return undefined;
  }

  /** The person named most recently before `at`, outside quotations, within a paragraph or two. */
  function recentPerson(at: number, para: number): Mentioned | undefined {
    let last: Mentioned | undefined;
    for (let k = history.length - 1; k >= 0 && k >= history.length - HISTORY_LOOKBACK; k--) {
      const h = history[k];
      if (h.at >= at) continue;
      // An interviewer's question may stand between: "X var ikkje i tvil. / Var det straffe? / – Eg …".
      const gap = para - h.para;
      if ((gap > 1 && !(gap === 2 && askedPara === para - 1)) || (last && h.sentence !== last.sentence)) break;
      if (h.quoted || people.get(h.ent).type !== 'person' || !people.get(h.ent).proper) continue;
      // "I dag er Mæland byrådsleder, men kritisk til Bertelsen. – Saken var …": a person after a
      // preposition is talked about; the one the sentence is about, named before, speaks next.
      if (!h.oblique) return h;
      last ??= h;
    }
    return last;
  }

  /** Whom an interview's "A:" answers are given to: the person named with the title the paragraph
   *  before the questions opens a sentence on ("The sheriff sat down with the Ledger"), else the person
   *  those paragraphs are about ("After the rally, Halvorsen spoke with the Ledger."), the subject of
   *  the latest sentence naming one; not anyone a question names ("Q: Senator Ellison says …"). */
  function interviewee(at: number, para: number): Mentioned | undefined {
    let other: Mentioned | undefined;
    // "The sheriff sat down with the Ledger": a title in the paragraph before the questions, for the
    // person named with it, before anyone named further up.
    for (let p = para - 1; p >= para - INTRO_PARAGRAPHS; p--) {
      const title = titleParas.get(p);
      const titled = title !== undefined ? people.findByRole(title) : undefined;
      if (titled !== undefined && people.get(titled).type === 'person') return { ent: titled, at, sentence: at, para: p, subject: true, quoted: false };
    }
    for (let k = history.length - 1; k >= 0 && k >= history.length - HISTORY_LOOKBACK; k--) {
      const h = history[k];
      if (h.at >= at || questionParas.has(h.para)) continue;
      if (para - h.para > INTRO_PARAGRAPHS) break;
      if (h.quoted || people.get(h.ent).type !== 'person' || !people.get(h.ent).proper) continue;
      if (h.subject) return h;
      if (!h.oblique) other ??= h;
    }
    return other;
  }

  /** A title closing a quotation with nobody named by it ("…, sier teatersjefen") is the person the
   *  passage is about: the subject of the nearest sentence before the claim that names a person,
   *  unless the text gave that person another title. The title is filed under that person, so its
   *  later mentions are the same source. */
  function roleSpeaker(m: Mention, p: Pending): number | undefined {
    // Only after the words it closes ("– …, sier teatersjefen"): a title opening its sentence may introduce someone new.
    if (!norwegian || m.proper || m.indefinite || p.raw.cueStart < p.raw.end) return undefined;
    const lower = m.name.toLowerCase();
    const word = firstWord(lower);
    // "…, sa 23-åringen": an age always means someone named already, titled or not.
    const age = AGE_NOUN.test(word);
    if (!(age || isDefiniteRole(word)) || people.find(m, lower) !== undefined || people.findByRole(word) !== undefined) return undefined;
    // A role noun met before as its own source ("Konsernsjefen varsler …") stays that source.
    if (byKey.has(lower) || byKey.has(word)) return undefined;
    const ent = antecedent(p.raw.start, p.para, genderOfNoun(word));
    if (ent === undefined) return undefined;
    // A person named or brought in ("En kollega av den omkomne"), not another title standing for
    // someone unnamed ("…, sier direktøren. «…», sier advokaten").
    const e = people.get(ent);
    if ((e.titled && !age) || (!e.proper && isDefiniteRole(firstWord(e.key)))) return undefined;
    people.fileRole(ent, word);
    const id = sourceFor(ent);
    recordMention(m, id);
    return id;
  }

  /** The claim's speaker is mentioned where its cue stands, as the subject: later pronouns may mean it. */
  function rememberSpeaker(ent: number, p: Pending): void {
    // In the claim's own sentence, with the people named there: "Kvinnen hevder at dommeren … . Hun sier …"
    // is the woman again, the subject of that sentence, not the last person named in it.
    history.push({ ent, at: p.raw.cueStart, sentence: p.sentence, para: p.para, subject: true, quoted: false, oblique: false });
  }

  function resolveSpeaker(sp: Speaker, p: Pending): void {
    switch (sp.kind) {
      case 'named': {
        // "Skogstad i Sjåførforbundet opplyser": a person named lately, opening the sentence before
        // the body read as the speaker, works there and speaks.
        const worker = norwegian && sp.mentions.length === 1 && !sp.relative ? workerBefore(sp.mentions[0], p.para) : undefined;
        if (worker !== undefined) {
          p.ids = [sourceFor(worker)];
          rememberSpeaker(worker, p);
          return;
        }
        p.ids = sp.relative ? sp.mentions.map((m) => register(m, false)) : sp.mentions.map((m) => roleSpeaker(m, p) ?? register(m));
        p.named = sp.mentions[0];
        if (norwegian && !sp.relative && sp.mentions.length === 1) {
          // Known as someone named, that is: "Pappaen steiker biff" before names nobody.
          const known = people.find(p.named);
          p.aheadRole = untitledStems(p.named, known !== undefined && people.get(known).proper);
        }
        for (const m of sp.mentions) {
          const ent = people.find(m);
          if (ent !== undefined) rememberSpeaker(ent, p);
        }
        return;
      }
      case 'pronoun': {
        // An antecedent earlier in the same sentence wins ("NIS … det den sier").
        const fits = (t: SourceType) => (sp.refers === 'person' ? t === 'person' : t !== 'person');
        let local: Mention | undefined;
        for (let k = sp.local.length - 1; k >= 0 && !local; k--) if (fits(sp.local[k].type)) local = sp.local[k];
        if (local) { p.ids = [register(local)]; return; }
        if (sp.refers === 'person') {
          const gender = PRONOUN_GENDER[sp.pronoun];
          const ent = antecedent(p.raw.cueStart, p.para, gender, p.raw);
          if (ent !== undefined) {
            people.learnGender(ent, gender);
            p.ids = [sourceFor(ent)];
            rememberSpeaker(ent, p);
            return;
          }
        }
        // "Bøndene i Sogn er sinte. Dei krev …": a plural pronoun refers to the group opening a sentence just before.
        const group = sp.refers === 'group' && THEY.has(sp.pronoun) ? groupAntecedent(p.raw.cueStart, p.para, p.raw) : undefined;
        if (Array.isArray(group)) {
          p.ids = group.map(sourceFor);
          return;
        }
        if (group !== undefined) {
          p.ids = [sourceFor(group)];
          rememberSpeaker(group, p);
          return;
        }
        const org = sp.pronoun === 'it' ? orgAntecedent(p.raw.cueStart, p.para, p.raw) : undefined;
        if (org !== undefined) {
          p.ids = [sourceFor(org)];
          rememberSpeaker(org, p);
          return;
        }
        // "han" after a speaker typed otherwise (a lone surname) still means the last speaker.
        // "Hun" after a man spoke last: the last woman who spoke, if the text has one.
        const gender = sp.refers === 'person' ? PRONOUN_GENDER[sp.pronoun] : undefined;
        // Only within the article: a paper of many stories has other women further back.
        const lastGender = lastPerson !== undefined ? genderOf(lastPerson) : undefined;
        const ofGender = gender && lastGender !== undefined && lastGender !== gender ? lastOfGender[gender] : undefined;
        const last = ofGender && p.para - ofGender.para <= GENDER_LOOKBACK ? ofGender.id : lastPerson;
        // "dei" with no organisation to mean takes a group subject further back before the last person who spoke.
        // "– Vi kjøpte hytta i fjor, forteller de": "de" is people, never the leaflet that spoke last.
        const they = THEY.has(sp.pronoun);
        const document = (id: number) => sources[id].sourceType === 'document';
        const other = lastOther !== undefined && they && document(lastOther) ? undefined : lastOther;
        const backGroup = sp.refers === 'group' && other === undefined && they ? groupSubjectBefore(p.raw.cueStart, p.para) : undefined;
        const id = sp.refers === 'person' ? last : other ?? (backGroup !== undefined ? sourceFor(backGroup) : lastPerson);
        if (norwegian && sp.refers === 'person' && p.para - lastPersonPara > 2) p.ahead = true;
        if (id !== undefined) p.ids = [id];
        // "han" is a person: never the report or the agency that spoke last.
        else if (lastIds && (sp.refers === 'person' ? lastIds.some((i) => sources[i].sourceType === 'person') : !(they && lastIds.every(document)))) p.ids = lastIds;
        return;
      }
      case 'previous':
        p.ids = (p.raw.impersonal ? lastImpersonal : undefined) ?? lastIds ?? [];
        return;
      case 'quote':
      case 'none':
        return;
    }
  }

  /** A headline quotes the first person the article below it names as a speaker. */
  function headlineSpeaker(k: number): Pending | undefined {
    const p = pending[k];
    // "Priskrigen spisser seg til: – Kundene vinner, …" quotes whoever says "– Kundene vinner, …" below.
    const lead = p.raw.kind === 'direct' ? leadWords(text, p.raw.start, p.raw.end) : '';
    if (lead) {
      const code = lead.charCodeAt(0);
      for (let m = k + 1; m < pending.length && m <= k + HEADLINE_CLAIMS; m++) {
        const q = pending[m];
        if (q.raw.kind !== 'direct' || leadCode(text, q.raw.start, q.raw.end) !== code || leadWords(text, q.raw.start, q.raw.end) !== lead) continue;
        if (q.raw.speaker.kind === 'named' && q.ids.length) return q;
        // The quotation below not resolved yet: the claim closing its paragraph names its speaker, as below.
        const closing = closingSpeaker(m);
        if (closing) return closing;
      }
    }
    // "– Unge dyr på vandring" over "Ulveforsker X understreker at …": a subheading quotes whoever
    // speaks first in the paragraph right below it, in any way. (A subheading stands among claims;
    // an article's headline, with none just before it, keeps to the quotations below.)
    const below = pending[k + 1];
    const amongClaims = k > 0 && pending[k - 1].para >= p.para - SUBHEADING_GAP;
    const echoed = echoedBy(k);
    if (echoed) return echoed;
    // (Or by a pronoun for someone the paragraph names first: "Hanne Mjelde Sæbø (31) har sittet i
    // bystyret. Hun forteller at …".)
    if (amongClaims && below && below.para === p.para + 1 && (below.raw.speaker.kind === 'named' || below.raw.speaker.kind === 'pronoun') && below.ids.length && sources[below.ids[0]].sourceType === 'person') return below;
    // A quoted headline repeats a quotation in the article: its first quoted speaker, before anyone
    // merely reported ("dommer X pekte på …").
    for (let pass = p.raw.kind === 'direct' ? 0 : 1; pass < 2; pass++) {
      for (let m = k + 1; m < pending.length && m <= k + 30 && pending[m].para - p.para <= HEADLINE_PARAGRAPHS; m++) {
        const q = pending[m];
        if (pass === 0 && q.raw.kind !== 'direct') continue;
        // A quotation is a person's words; a verb headline ("Fordømmer …") may report an institution.
        // ("– Eg hadde vore på fest, …, sa han i retten": a quotation by "han" for someone named before it too;
        // one with no cue yet, by whoever the claim closing its paragraph names.)
        const by = q.raw.speaker.kind === 'named' || (pass === 0 && q.raw.speaker.kind === 'pronoun') ? q : pass === 0 ? closingSpeaker(m) : undefined;
        if (by && by.ids.length && (p.raw.cue !== '' || sources[by.ids[0]].sourceType === 'person')) return by;
      }
    }
    return undefined;
  }

  /** The paragraph between opens on a pronoun for the person who spoke before ("Han brukar sterke
   *  ord om kva som kan skje. / – …"): it is narration about them, and their words go on after it. */
  function narratedBetween(prev: Pending, para: number): boolean {
    const pronoun = pronounParas.get(para);
    if (pronoun === undefined || prev.ids.length !== 1 || sources[prev.ids[0]].sourceType !== 'person') return false;
    const g = personGender(prev.ids[0]);
    return g === undefined || g === PRONOUN_GENDER[pronoun];
  }

  /** The claim closing the paragraph of the quotation without a cue at m, when it names its speaker. */
  function closingSpeaker(m: number): Pending | undefined {
    const q = pending[m];
    const next = pending[m + 1];
    return q.raw.speaker.kind === 'quote' && next && next.para === q.para && next.raw.speaker.kind === 'named' && next.ids.length ? next : undefined;
  }

  /** Whoever a quoted headline or subheading quotes below in the same words: "– Vondt å tenkje på" over
   *  a paragraph that names Magnhild Riste, then her "… Det er vondt å tenkje på at …, seier ho". So
   *  does an article's headline, of a quotation further down ("…: – Et riktig resultat" over "– Dette
   *  er et riktig resultat, sier forsvarer X"), before any other quotation below it. */
  function echoedBy(k: number): Pending | undefined {
    const p = pending[k];
    const echo = p.raw.kind === 'direct' ? text.slice(p.raw.start, p.raw.end).toLowerCase() : '';
    // (Words repeated are evidence enough at any distance an article's headline has: in a paper of many
    // articles a headline after the last article's claims is taken for a subheading.)
    if (echo.length >= 10) {
      for (let m = k + 1; m < pending.length && m <= k + HEADLINE_CLAIMS && pending[m].para - p.para <= ECHO_PARAGRAPHS; m++) {
        const q = pending[m];
        if (q.raw.kind !== 'direct' || !loweredText(m).includes(echo)) continue;
        const by = q.ids.length ? q : passageSpeaker(m);
        if (by && by.ids.length && sources[by.ids[0]].sourceType === 'person') return by;
      }
      // The words may come in another order below: "– Huset vårt råtner innenfra" over "Nå råtner huset
      // vårt innenfra, …" (a Norwegian verb comes second after a fronted adverb). All of them, three or more.
      const words = echo.match(WORD);
      if (words && words.length >= ECHO_WORDS) {
        for (let m = k + 1; m < pending.length && m <= k + HEADLINE_CLAIMS && pending[m].para - p.para <= ECHO_PARAGRAPHS; m++) {
          const q = pending[m];
          if (q.raw.kind !== 'direct') continue;
          const below = wordsOf(m);
          if (!words.every((w) => below.has(w))) continue;
          const by = q.ids.length ? q : passageSpeaker(m);
          if (by && by.ids.length && sources[by.ids[0]].sourceType === 'person') return by;
        }
      }
    }
    return undefined;
  }

  /** Claim m's words, lower-cased once per pass over the claims: a headline's words are sought in
   *  the claims below every headline, and this pass runs again on every edit. */
  let lowered: Array<string | undefined> = [];
  function loweredText(m: number): string {
    return (lowered[m] ??= text.slice(pending[m].raw.start, pending[m].raw.end).toLowerCase());
  }
  /** Claim m's lower-cased words as a set, made once per pass for the same reason. */
  let wordSets: Array<Set<string> | undefined> = [];
  function wordsOf(m: number): Set<string> {
    return (wordSets[m] ??= new Set(loweredText(m).match(WORD)));
  }

  /** Whose a quotation without a cue is, before the pass below gives it a speaker: the claim closing
   *  its paragraph, or the claim just before it in its paragraph or the one before ("– …, sier X. /
   *  – … Vi er lei av å være billig arbeidskraft."). */
  function passageSpeaker(m: number): Pending | undefined {
    const q = pending[m];
    if (q.raw.speaker.kind !== 'quote') return undefined;
    const closing = closingSpeaker(m);
    if (closing) return closing;
    const before = m > 0 ? pending[m - 1] : undefined;
    return before && before.ids.length && (q.para - before.para <= 1 || (q.para - before.para === 2 && narratedBetween(before, q.para - 1))) ? before : undefined;
  }

  /** A title nobody was named with that speaks as a source of its own ("Ordføraren seier …" in a
   *  headline, "…, seier ordføraren" below) is the one person named with that title after its first
   *  words, however far from them, when the title speaks again right after that person is named
   *  ("Gunnar Lunde Slinde (Sp), ordførar i Sogndal, …" then "…, seier ordføraren"). */
  function* titledPeopleSteps(every: number, mark: number): Generator<number> {
    /** Title sources, with the stems of their title and the paragraphs they speak in. */
    const titles = new Map<number, { stems: string[]; paras: number[] }>();
    for (let k = 0; k < pending.length; k++) {
      const p = pending[k];
      if (p.ids.length !== 1) continue;
      // (This pass runs on every edit: a source's name is lower-cased only for a title the claim
      // could not place, which aheadRole marks.)
      const t = titles.get(p.ids[0]);
      if (t) t.paras.push(p.para);
      else if (p.aheadRole && titleOnly(sources[p.ids[0]].name)) titles.set(p.ids[0], { stems: p.aheadRole, paras: [p.para] });
    }
    if (titles.size === 0) return;
    yield mark;
    // Persons named with a title, by each word of it.
    const byTitle = new Map<string, Array<{ para: number; id: number }>>();
    for (let k = 0; k < pending.length; k++) {
      if (k % every === every - 1) yield mark;
      const q = pending[k];
      const role = q.named?.proper ? q.named.role : undefined;
      if (!role || q.ids.length !== 1 || sources[q.ids[0]].sourceType !== 'person') continue;
      for (const w of titleWords(role)) {
        const list = byTitle.get(w);
        if (list) list.push({ para: q.para, id: q.ids[0] }); else byTitle.set(w, [{ para: q.para, id: q.ids[0] }]);
      }
    }
    const person = new Map<number, number>();
    for (const [t, { stems, paras }] of titles) {
      let found: number | undefined;
      let several = false;
      for (const w of stems) {
        for (const c of byTitle.get(w) ?? []) {
          // (Named after the title's first words and just before more: a title in a paper of many
          // articles is not the person named with it in another article.)
          if (!(paras[0] < c.para && paras.some((tp) => tp >= c.para && tp - c.para <= TITLE_AGAIN))) continue;
          if (found === undefined) found = c.id; else if (found !== c.id) several = true;
        }
      }
      if (found !== undefined && !several) person.set(t, found);
    }
    if (person.size === 0) return;
    for (let k = 0; k < pending.length; k++) {
      if (k % every === every - 1) yield mark;
      const p = pending[k];
      const id = p.ids.length === 1 ? person.get(p.ids[0]) : undefined;
      if (id !== undefined) p.ids = [id];
    }
  }

  function* finishSteps(every: number, mark: number): Generator<number, Attribution> {
    flushStandalone(Infinity);
    // A body named by its initials before the name that brings them in ("NVE varsler …" over "…
    // opplyser Norges vassdrags- og energidirektorat (NVE)") speaks under that name throughout.
    for (const ent of people.renamed) {
      const id = sourceOfEntity.get(ent);
      const e = people.get(ent);
      if (id !== undefined && sources[id].name.toLowerCase() === e.key) sources[id].name = e.name;
    }
    lowered = [];
    wordSets = [];
    // A story may open on "– …, sier han." or "…, skriver pappaen." and name the speaker only after:
    // a pronoun with nobody named in the paragraphs before is the next person named as a speaker
    // close below, a title nobody was named with the next person named with that title.
    for (let k = 0; k < pending.length; k++) {
      if (k % every === every - 1) yield mark;
      const p = pending[k];
      // "Kva skal du gjere i kveld? / – Eg skal …, seier han og ler.": after answers with no cue,
      // "han" is the interviewee those answers go to (in the pass below), not someone named further on.
      const before = k > 0 ? pending[k - 1] : undefined;
      if (p.ahead && answering.has(p.para) && before && before.raw.speaker.kind === 'quote' && before.ids.length === 0 && p.para - before.para <= 2) {
        p.afterAnswers = true;
      } else if (p.ahead) {
        for (let m = k + 1; m < pending.length && m <= k + AHEAD_CLAIMS && pending[m].para - p.para <= AHEAD_PARAGRAPHS; m++) {
          const q = pending[m];
          if (q.raw.speaker.kind === 'named' && q.ids.length === 1 && sources[q.ids[0]].sourceType === 'person') { p.ids = q.ids; break; }
        }
      } else if (p.aheadRole) {
        for (let m = k + 1; m < pending.length && m <= k + AHEAD_CLAIMS && pending[m].para - p.para <= AHEAD_PARAGRAPHS + 2; m++) {
          const q = pending[m];
          const role = q.named?.proper ? q.named.role : undefined;
          // ("Aktor, politiadvokat Siri Hauge Alsaker, sa": any title of the name's may be the one used.)
          if (role && q.ids.length === 1 && titleWords(role).some((w) => p.aheadRole!.includes(w))) { p.ids = q.ids; break; }
        }
      }
    }
    yield* titledPeopleSteps(every, mark);
    // Quotations without a cue take the speaker who introduces or follows them.
    for (let k = 0; k < pending.length; k++) {
      if (k % every === every - 1) yield mark;
      const p = pending[k];
      if (p.raw.refersBack) {
        const prev = pending[k - 1];
        // Only a whole quotation: "Det sa X" after a sentence that merely quotes a banner or a title is its own claim.
        if (prev && prev.raw.speaker.kind === 'quote' && prev.raw.speaker.whole && !prev.dropped && p.para - prev.para <= 1) {
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
      // An interview's answer is its run's interviewee's (found at the run's first answer); failing
      // that, the speaker of the answer a question before.
      if (p.raw.speaker.kind === 'quote' && p.raw.speaker.answer) {
        const from = p.recent ? [sourceFor(p.recent.ent)] : prev && p.para - prev.para <= ANSWER_GAP ? prev.ids : undefined;
        if (from) p.ids = from;
        else p.dropped = true;
        if (!p.dropped) prev = p;
        continue;
      }
      if (p.afterAnswers) {
        const sp = p.raw.speaker;
        const gender = sp.kind === 'pronoun' ? PRONOUN_GENDER[sp.pronoun] : undefined;
        const g = prev && prev.ids.length === 1 ? personGender(prev.ids[0]) : undefined;
        if (prev && prev.ids.length === 1 && sources[prev.ids[0]].sourceType === 'person' && (!gender || !g || g === gender)) p.ids = prev.ids;
      }
      // "Naboer raser mot pukkverk: – Vi får en steinknuser …": a headline's group gives way to the
      // person quoted below in its words.
      if (p.raw.speaker.kind === 'named' && p.raw.speaker.headline) {
        const by = echoedBy(k);
        if (by) p.ids = by.ids;
      }
      if (p.raw.speaker.kind !== 'quote' || p.ids.length) {
        if (!p.dropped && p.ids.length && !questionParas.has(p.para)) prev = p;
        continue;
      }
      const next = pending[k + 1];
      const ahead = p.raw.speaker.headline ? headlineSpeaker(k) : undefined;
      if (ahead) {
        p.ids = ahead.ids;
        if (p.raw.cue === '') p.raw = withCueOf(p.raw, ahead.raw);
      } else if (next && next.para === p.para && next.ids.length && next.raw.speaker.kind !== 'quote' && !p.raw.speaker.cut) {
        p.ids = next.ids;
        p.raw = withCueOf(p.raw, next.raw);
      } else if (p.recent && (!prev || p.recent.at > prev.raw.end || p.para - prev.para > 1)) {
        // Someone named after the last speaker spoke last: "Venninnen X er ikke enig. – Jeg …"
        p.ids = [sourceFor(p.recent.ent)];
      } else if (prev && (p.para - prev.para <= 1 || (p.para - prev.para === 2 && (answering.has(p.para) || narratedBetween(prev, p.para - 1))))) {
        // The answer after a question keeps the interviewee: "Hvorfor …?" then "– Vi …".
        p.ids = prev.ids;
        p.raw = withCueOf(p.raw, prev.raw);
      } else if (answering.has(p.para) && (p.lead || (p.aged && p.para - p.aged[1] <= PORTRAIT_PARAGRAPHS)) && (!prev || p.para - prev.para > 2)) {
        // "Vi møtte den ferske bonden i fjøset. / – Kvifor …? / – Eg …": an interview's first answer with
        // nobody named near it is the portrait's subject: the one its article's lead names first
        // ("LILLEHAMMER: Da Arne Løkken Haugli begynte i politiet …"), else the one brought in with an
        // age ("Sigrid Helle Bjørkhaug (24) tok over …"), as the press introduces the one it portrays.
        p.ids = [sourceFor((p.lead ?? p.aged)![0])];
      } else if (next && next.raw.kind === 'direct' && next.raw.speaker.kind === 'named' && next.ids.length === 1 && sources[next.ids[0]].sourceType === 'person'
        && (next.para - p.para === 1 || (next.para - p.para === 2 && answering.has(next.para)))) {
        // "– A.\n\n– B, seier X.": with nobody before it, a dash passage over paragraphs names its speaker at its end,
        // across an interviewer's question too.
        p.ids = next.ids;
        p.raw = withCueOf(p.raw, next.raw);
      } else {
        // A quotation nobody is said to have said is not a claim.
        p.dropped = true;
      }
      if (!p.dropped && p.ids.length) prev = p;
    }
    // A quoted headline whose words a quotation below repeats that the pass above gave its speaker only
    // after the headline ("Etter 43 år i politiet: – Jeg har aldri blitt vant til dødsbudskapene" over a
    // portrait's answers): the speaker of those words.
    for (let k = 0; k < pending.length; k++) {
      const p = pending[k];
      if (p.dropped || p.raw.speaker.kind !== 'quote' || !p.raw.speaker.headline) continue;
      const by = echoedBy(k);
      if (by && by.ids.length) p.ids = by.ids;
    }

    const joiner = lang === 'en' ? ' and ' : ' og ';
    const claims: ResolvedClaim[] = [];
    for (let k = 0; k < pending.length; k++) {
      if (k % every === every - 1) yield mark;
      const p = pending[k];
      if (p.dropped || (p.raw.speaker.kind === 'quote' && p.raw.speaker.question)) continue;
      // A reporting verb whose speaker could not be found ("Han sier at …" with nobody named before)
      // is still a claim, with an unknown source; only a quotation nobody is said to have said is not.
      if (p.ids.length === 0 && (p.raw.speaker.kind === 'quote' || p.raw.speaker.kind === 'named')) continue;
      const id = claims.length;
      for (let s = 0; s < p.ids.length; s++) sources[p.ids[s]].claims.push(id);
      const claim: ResolvedClaim = {
        start: p.raw.start,
        end: p.raw.end,
        cue: p.raw.cue,
        cueStart: p.raw.cueStart,
        cueEnd: p.raw.cueEnd,
        kind: p.raw.kind,
        // Most claims have one speaker: their name, without a list joined.
        source: p.ids.length === 1 ? sources[p.ids[0]].name : p.ids.map((i) => sources[i].name).join(joiner),
        sourceIds: p.ids,
      };
      if (p.named) {
        claim.sourceSpan = { start: p.named.start, end: p.named.end, text: p.named.text };
      }
      if (p.raw.via.length) claim.via = p.raw.via.map((v) => sources[byKey.get(v.name.toLowerCase()) ?? register(v)].name);
      claims.push(claim);
    }
    yield mark;
    const names: ResolvedName[] = [];
    // A name is met many times in a text: its mentions without a role of their own share one meta.
    const plainMeta = new Map<number, NameMeta>();
    for (let k = 0; k < named.ent.length; k++) {
      if (k % every === every - 1) yield mark;
      const ent = named.ent[k];
      const role = named.role[k];
      const e = people.get(ent);
      const type = e.type === 'person' ? 'person' : e.type === 'organisation' || e.type === 'agency' || e.type === 'media' ? 'organisation' : undefined;
      if (!type) continue;
      let meta = role ? undefined : plainMeta.get(ent);
      if (!meta) {
        meta = { canonical: e.name };
        if (role) meta.role = role;
        const sid = sourceOfEntity.get(ent) ?? byKey.get(e.key);
        if (sid !== undefined) meta.sourceId = sid;
        if (!role) plainMeta.set(ent, meta);
      }
      names.push({ start: named.start[k], end: named.end[k], type, meta });
    }
    return { mentions: byPosition(mentions, startAt), names, claims, sources };
  }

  return { add: addParagraphs, finish: () => runToEnd(finishSteps(Infinity, 0)), finishSteps };
}

/** How soon after a person is named with a title the title alone must speak again to be that person. */
const TITLE_AGAIN = 3;

/** A source named by a definite title alone ("Ordføraren", "rektoren"). */
function titleOnly(name: string): boolean {
  return !name.includes(' ') && isDefiniteRole(name.toLowerCase());
}

/** The stems of a lone title as a speaker ("pappaen", "dansk litteraturkritiker"), when no one is
 *  known by it; else undefined. */
function untitledStems(m: Mention, known: boolean): string[] | undefined {
  if (m.proper || known) return undefined;
  const word = lastWord(m.name.toLowerCase());
  const keys = roleKeys(word);
  return keys.some((k) => isRoleWord(k)) ? keys : undefined;
}

/** The words of a title given with a name, lower-cased, without the commas between them. */
function titleWords(role: string): string[] {
  return role.toLowerCase().split(/[\s,]+/).filter((w) => w.length > 0);
}

/** "sier Chaudhry": a lone capitalised word typed an organisation for want of a first name is,
 *  once it has been a speaker, most often a person's surname, so a later "han"/"hun" may mean it.
 *  Not an acronym or a name with an organisation's word in it. */
function loneSurname(e: Entity): boolean {
  return e.type === 'organisation' && e.proper && !e.key.includes(' ') && !isAcronym(e.name) && !isOrgName(e.name);
}

const cueAt = (c: RawClaim) => c.cueStart;
const startAt = (m: Mention) => m.start;

/** The list in order of `at`, stably; the list itself when it is in order already (it nearly always is). */
function byPosition<T>(list: T[], at: (x: T) => number): T[] {
  for (let k = 1; k < list.length; k++) {
    if (at(list[k]) < at(list[k - 1])) return [...list].sort((a, b) => at(a) - at(b));
  }
  return list;
}

/** A quotation without a cue of its own takes the cue of the claim that names its speaker. */
function withCueOf(raw: RawClaim, from: RawClaim): RawClaim {
  // A claim with a cue of its own keeps it ("– … Eg trur …" is "trur", whoever "eg" turns out to be).
  if (raw.cue !== '') return raw;
  return rawClaim(raw.start, raw.end, from.cue, from.cueStart, from.cueEnd, raw.kind, raw.speaker, raw.via, raw.refersBack, raw.impersonal);
}

/** The start of the sentence holding `at`, from the paragraph's sentence starts (in order). */
function sentenceAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  if (hi < 0 || at < starts[0]) return at;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo];
}
