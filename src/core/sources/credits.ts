// Bylines and picture credits name sources without a claim: "Av NTB",
// "Foto: Korean Central News Agency / Korea News Service via AP".

import type { Dateline, SourceType } from '../model';
import { sourceTypeOf } from './kinds';
import { type Mention, mention } from './phrases';
import { wordCount } from '../text/words';
import { isFirstName } from '../names/firstNames';
import { BYLINE_ONLY_RE } from '../dateline';
const INITIAL_END = /(?:^|[\s.])\p{Lu}\.$/u;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}\p{N}'’-]*$/u;

// A credit is a label, a colon and what follows it on the line. A list of sources under a label is
// credits too: "Kilder: SSB, NAV", "Kjelder: …", "Kilder og metode: …", and compounds on it
// ("Faktakilder:", "fakta/tall-kilder:"). Credits are sought from each colon back: a text has few
// colons, where a search for the labels themselves would try every position of the text.
// The character before the label is checked by hand.
const CREDIT_LABEL_RE = /(?:Foto og video|Foto|Bilde|Bilete|Illustrasjon|Video|Grafikk|Kilder|kilder|Kilde|Kjelder|kjelder|Kjelde|Photo|Picture|Sources|Source|Image)(?:[ \t]*(?:\/|og)[ \t]*metode)?[ \t]*$/;
/** How far before its colon a label may start: "Kilder og metode", and spaces. */
const LABEL_REACH = 40;
const CREDIT_TEXT_RE = /[ \t]*([^\n\r]{1,300})/y;
const BEFORE_LABEL = /[\s(\[]/;
/** The start of a compound label ending in a source word: "Fakta" of "Faktakilder", "tall-" of "fakta/tall-kilder". */
const LABEL_HEAD = /(?:^|[\s(\[])[\p{L}/-]*$/u;
// Separators between credited names.
const SPLIT_RE = /\s*(?:\/|\||;|,|\bvia\b|\bog\b|\band\b|&)\s*/u;
/** A period after a lower-case letter, then a space: no initial ("Per A. Hansen") nor "Finn.no". */
const SENTENCE_END = /\p{Ll}\.\s/u;

/** A lower-case account of what was given, then who gave it, to the end of the item. */
const GIVEN_BY = /^\p{Ll}[\p{L} ]*? (?:med|fra|frå|av|hos|with|from|by) (\p{Lu}[^,;]*)$/u;
const NAME_RE = /^\p{Lu}[\p{L}\p{M}\p{N}.'’\- ]*[\p{L}\p{N}.]$|^\p{Lu}$/u;

function mentionsIn(text: string, from: number, to: number, runOn = false): Mention[] {
  const out: Mention[] = [];
  const segment = text.slice(from, to);
  const parts = segment.split(SPLIT_RE);
  let offset = 0;
  for (const part of parts) {
    const at = segment.indexOf(part, offset);
    if (at < 0) continue;
    offset = at + part.length;
    let s = from + at;
    let e = s + part.length;
    while (s < e && /[\s(]/.test(text[s])) s++;
    while (e > s && /[\s).,:]/.test(text[e - 1]) && !(text[e - 1] === '.' && INITIAL_END.test(text.slice(s, e)))) e--;
    let name = text.slice(s, e);
    if (name && !NAME_RE.test(name)) {
      // A source list names what each source gave: "intervjuer med Anne Berg", "tall fra Statens vegvesen".
      const given = GIVEN_BY.exec(name);
      if (given) {
        name = given[1];
        s = e - name.length;
      } else if (runOn) {
        // A credit run on into the caption ("Norsk Polarinstitutt Selskap: I 2007 …"): its leading name.
        name = leadingName(name);
        e = s + name.length;
      }
    }
    if (!name || name.length > 60 || !NAME_RE.test(name)) continue;
    out.push(mention(s, e, name, name, creditType(name), true));
  }
  return out;
}

// A dateline opening a paragraph names the outlet: "Tromsø (VG Nett) Midt i …", "OSLO (NTB): …",
// or a paragraph of its own, "Bangkok (NTB)" above the story. The sentence after it starts with a
// capital or a colon or dash, or a new paragraph does; "Kari Nes (Ap) sier" is no dateline.
const DATELINE_RE = /(?:^|\n)[ \t]*\p{Lu}[\p{L}-]+(?:[ \t]\p{Lu}[\p{L}-]+){0,2}[ \t]*\(([^()\n\d]{2,40})\)(?=[ \t]*(?:[:–—-]|\p{Lu}|\r?\n[ \t]*\r?\n))/gu;

const FIRST_WORD = /\p{L}[\p{L}-]*/u;

function datelineMentions(text: string, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  DATELINE_RE.lastIndex = from > 0 ? from - 1 : 0;
  let m: RegExpExecArray | null;
  while ((m = DATELINE_RE.exec(text)) !== null && m.index < to) {
    const start = m.index + m[0].length - m[1].length - 1;
    // A paragraph of its own opening on a first name is a signature ("Kari Nes (Ap)"), not a place.
    if (ownParagraph(text, m.index + m[0].length) && isFirstName(FIRST_WORD.exec(m[0])![0])) continue;
    out.push(...mentionsIn(text, start, start + m[1].length));
  }
  return out;
}

/** Nothing but spaces stand between `at` and the line's end. */
function ownParagraph(text: string, at: number): boolean {
  while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
  return at >= text.length || text[at] === '\n' || text[at] === '\r';
}

/** The capitalised words a credit starts with; a caption label after them ("Selskap:") ends the run. */
function leadingName(part: string): string {
  const words = part.split(' ');
  let n = 0;
  while (n < words.length && n < 4 && CAPITALISED_WORD.test(words[n])) n++;
  return n > 0 ? words.slice(0, n).join(' ') : '';
}

// A person's name is capitalised throughout; a credit with a lower-case word in it is named by its
// head noun instead: "Statistisk sentralbyrå", "Legevakten i Oslo", "Espen Dales sykehusdagbok".
const LOWER_WORD = /(?:^|\s)\p{Ll}/u;

function creditType(name: string): SourceType {
  const words = wordCount(name);
  if (LOWER_WORD.test(name)) return sourceTypeOf(name, { proper: false, country: false, words });
  const type = sourceTypeOf(name, { proper: true, country: false, words });
  // A list of credits has no verb to tell a person by: a person's name starts with a first name
  // ("Anne Berg"), where "Trygg Trafikk" and "Eiendom Norge" do not.
  const space = name.indexOf(' ');
  return type === 'person' && !isFirstName(space < 0 ? name : name.slice(0, space)) ? 'organisation' : type;
}

/** A source word closing a compound label ("Faktakilder:", "tall-kilder:"); no other label compounds. */
function compoundLabel(text: string, at: number, label: string): boolean {
  const c = label.charCodeAt(1);
  if (c !== 105 && c !== 106) return false; // kilde, kjelde
  return LABEL_HEAD.test(text.slice(Math.max(0, at - 30), at));
}

/** Where the line holding offset `at` starts. */
function lineStart(text: string, at: number): number {
  const nl = text.lastIndexOf('\n', at - 1);
  return nl + 1;
}

/** The names in the article's byline ("Av NTB"). */
export function bylineMentions(text: string, dateline: Dateline | undefined): Mention[] {
  if (!dateline?.byline) return [];
  const at = text.indexOf(dateline.byline, dateline.start);
  return at >= 0 && at < dateline.end ? mentionsIn(text, at, at + dateline.byline.length) : [];
}

// Where a line may start: after any of JavaScript's line terminators, as a multiline ^ has it.
const LINE_BREAK = /[\n\r\u2028\u2029]/g;
const UPPER_FIRST = /^\p{Lu}/u;

/** A line that may be a byline: "Av …", "By …", "Skrevet av …" at its start, then a capital. */
function opensByline(text: string, at: number): boolean {
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  const word = text.startsWith('Av', at) || text.startsWith('By', at) ? 2 : text.startsWith('Skrevet av', at) ? 10 : 0;
  if (word === 0) return false;
  at += word;
  if (text.charCodeAt(at) !== 32 && text.charCodeAt(at) !== 9) return false;
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  return UPPER_FIRST.test(text.slice(at, at + 2));
}

/** The first line start in [from, to) that opens on a byline's word, or -1. Found by jumping from
 *  line break to line break: a text has few lines for its length. */
function nextBylineStart(text: string, from: number, to: number): number {
  let at = from;
  if (at > 0) {
    const c = text.charCodeAt(at - 1);
    if (c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) at = -1;
  }
  for (;;) {
    if (at >= to) return -1;
    if (at >= 0 && opensByline(text, at)) return at;
    LINE_BREAK.lastIndex = at >= 0 ? at : from;
    if (!LINE_BREAK.exec(text)) return -1;
    at = LINE_BREAK.lastIndex;
  }
}
/** Each part of a byline's names: capitalised words only ("Silje Helland Bakke", "NTB"). */
const BYLINE_PART = /^(?:\p{Lu}[\p{L}'’.-]*)(?:[ \t]+\p{Lu}[\p{L}'’.-]*)*$/u;
const BYLINE_SPLIT = /[ \t]*(?:,|\/|&|\bog\b|\band\b)[ \t]*/u;

/** Bylines on lines of their own other than the one the dateline holds, as where several articles
 *  share a file ("Av Hege Instanes | Bergen", "By Marisol Dunn and Kevin Prakash"). Each name is a
 *  person's first and last name or more, or an agency in capitals: "By then, it was too late."
 *  and "By Friday, most had left." are no bylines. */
function laterBylines(text: string, from: number, to: number, skip: number): Mention[] {
  const out: Mention[] = [];
  for (let at = nextBylineStart(text, from, to); at >= 0;) {
    let end = text.indexOf('\n', at);
    if (end < 0 || end > to) end = to;
    if (text.charCodeAt(end - 1) === 13) end--;
    const line = at;
    at = nextBylineStart(text, end, to);
    if (line === skip || end - line > 120) continue;
    const b = BYLINE_ONLY_RE.exec(text.slice(line, end));
    if (!b) continue;
    const names = b[1].trim();
    const parts = names.split(BYLINE_SPLIT);
    if (!parts.every((p) => BYLINE_PART.test(p) && (p.includes(' ') || (p.length >= 2 && p === p.toUpperCase())))) continue;
    const found = text.indexOf(names, line);
    out.push(...mentionsIn(text, found, found + names.length));
  }
  return out;
}

/** Credits and the byline within [from, to) of the text. */
export function creditMentions(text: string, dateline: Dateline | undefined, from = 0, to = text.length, datelines = false): Mention[] {
  const out: Mention[] = [];
  if (dateline && dateline.start >= from && dateline.start < to) out.push(...bylineMentions(text, dateline));
  out.push(...laterBylines(text, from, to, dateline?.byline ? lineStart(text, dateline.start) : -1));
  // Searched within [from, to) only: a search that ran on to the next credit in the
  // text would make reading a text range by range quadratic. A credit ends at the
  // end of its line, and ranges end at line breaks, so none is cut.
  const hay = to < text.length ? text.slice(0, to) : text;
  // PolNeAR does not mark the agency of "WASHINGTON (AP) —", nor read credits run on into captions
  // (NorNE's merged lines); Norwegian gold marks "Oslo (NTB)".
  if (datelines) out.push(...datelineMentions(hay, from, to));
  // A label starts after the last credit found (`floor`), as a search resumed there would have it.
  let floor = from;
  let next = from;
  for (let colon = hay.indexOf(':', next); colon >= 0; colon = hay.indexOf(':', next)) {
    next = colon + 1;
    const lo = Math.max(floor, colon - LABEL_REACH);
    const label = CREDIT_LABEL_RE.exec(hay.slice(lo, colon));
    if (!label) continue;
    CREDIT_TEXT_RE.lastIndex = colon + 1;
    const m = CREDIT_TEXT_RE.exec(hay);
    if (!m) continue;
    const at = lo + label.index;
    const start = colon + 1 + m[0].length - m[1].length;
    // A label inside a word is no label; nor is the rest of its line.
    if (at > 0 && !BEFORE_LABEL.test(text[at - 1]) && !compoundLabel(text, at, label[0])) {
      next = floor = start + m[1].length;
      continue;
    }
    // The credit ends at a closing parenthesis, a sentence's end ("… dagbok. Fakta: …") or the end of the line.
    const close = m[1].indexOf(')');
    const stop = SENTENCE_END.exec(m[1]);
    const cut = Math.min(close >= 0 ? close : m[1].length, stop ? stop.index + 1 : m[1].length);
    const end = start + cut;
    out.push(...mentionsIn(text, start, end, datelines));
    // What follows the cut may hold a credit of its own.
    next = floor = end;
  }
  return out;
}
