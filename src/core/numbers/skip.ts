// Bare figures that are labels, not quantities: page and section numbers,
// road and bus numbers, street addresses, model names ("Boeing 737",
// "Windows 10"), phone numbers, list bullets. A fact-checker does not check these.

import type { Cx } from './context';
import { EN_MONTHS, EN_WEEKDAYS, NO_MONTHS, NO_WEEKDAYS } from './calendar';
import { CURRENCY_CODES } from './units';

const LABEL_WORDS = new Set([
  'side', 'sida', 's.', 'sidene', 'kapittel', 'kap.', 'kap', '§', '§§', 'paragraf', 'punkt', 'pkt.', 'pkt', 'nr.', 'nr',
  'nummer', 'no.', 'page', 'p.', 'pp.', 'chapter', 'section', 'rv.', 'rv', 'fv.', 'fv', 'riksvei', 'riksveg',
  'fylkesvei', 'fylkesveg', 'europavei', 'europaveg', 'gate', 'gata', 'vei', 'veien', 'veg', 'vegen', 'tlf.', 'tlf',
  'telefon', 'mobil', 'postboks', 'boks', 'linje', 'rute', 'spor', 'buss', 'bussrute', 'trikk', 'artikkel', 'article',
  'isbn', 'versjon', 'version', 'saksnummer', 'sak', 'tel.', 'phone', 'room', 'flight', 'rom', 'figur', 'figure',
  'tabell', 'table', 'vedlegg', 'bilag', 'post', 'nr.:', 'ledd', 'stortingsmelding', 'meld.', 'prop.', 'nou',
  // The numbered parts of a work: "del 2 av boka", "bok 6", "sesong 3".
  'del', 'bok', 'bind', 'episode', 'sesong', 'part', 'volume', 'vol.', 'season', 'book',
]);

/** Is the figure at token s a page, section, road or phone number by the word before it? */
export function isLabel(cx: Cx, s: number): boolean {
  const before = cx.wordBefore(s);
  return LABEL_WORDS.has(before ? before.w : cx.raw(s - 1));
}

/** Is the bare figure starting at token s a label by what precedes it? */
export function isSkipContext(cx: Cx, s: number): boolean {
  const raw = cx.raw(s);
  if (houseNumber(cx, s)) return true;
  // Leading zeros: postcodes, codes, "007".
  if (raw.length > 1 && raw.charCodeAt(0) === 48) return true;
  // Eight digits in one block are a phone or an account number, not a count.
  if (raw.length === 8) return true;
  // "6801 Førde": a four-digit postcode before a place name.
  if (raw.length === 4 && +raw > 2100 && cx.isWord(s + 1) && cx.capitalized(s + 1)) return true;
  return nameBefore(cx, s);
}

/** "«Min kamp 2»", "«FM 2009»", "«2083»": a bare figure inside a short title in
 *  guillemets names an edition or a work. Bounded: a few tokens either side. */
export function inShortTitle(cx: Cx, s: number, e: number): boolean {
  let open = -1;
  for (let j = s - 1; j >= 0 && j >= s - 3; j--) {
    if (cx.isPunct(j, '«')) { open = j; break; }
    if (!cx.isWord(j)) return false;
  }
  if (open < 0 || (open + 1 < s && !cx.capitalized(open + 1))) return false;
  for (let j = e; j < cx.n && j <= e + 1; j++) {
    if (cx.isPunct(j, '»')) return true;
    if (!cx.isWord(j)) return false;
  }
  return false;
}

/** "FM 2009", "COP 2025": a capitalised abbreviation mid-sentence, itself a name. */
function acronym(cx: Cx, p: number): boolean {
  const raw = cx.raw(p);
  return raw.length >= 2 && raw.length <= 5 && raw === raw.toUpperCase() && cx.capitalized(p) && !cx.sentenceInitial(p);
}

/** "Boeing 737", "Storgata 12", "Apollo 11", "Football Manager 2009": a name
 *  right before a bare figure makes the figure part of the name. */
export function nameBefore(cx: Cx, s: number): boolean {
  const p = s - 1;
  // An abbreviation only before a year-like figure: "FM 2009" is an edition, "SV 6" in a poll a share.
  if (!cx.isWord(p) || cx.glued(s) || !(cx.nameLike(p) || (cx.raw(s).length === 4 && acronym(cx, p)))) return false;
  const w = cx.w(p);
  return !(CURRENCY_CODES.has(cx.raw(p)) || NO_MONTHS.has(w) || EN_MONTHS.has(w) || NO_WEEKDAYS.has(w) || EN_WEEKDAYS.has(w));
}

const STREET_WORDS = new Set(['street', 'road', 'avenue', 'lane', 'drive', 'boulevard', 'square', 'place', 'st', 'rd', 'ave']);

/** "10 Downing Street": an English house number before a street name. */
export function houseNumber(cx: Cx, s: number): boolean {
  if (cx.no || !cx.capitalized(s + 1)) return false;
  return STREET_WORDS.has(cx.w(s + 2)) || (cx.capitalized(s + 2) && STREET_WORDS.has(cx.w(s + 3)));
}

const PHONE_GROUP = /^\d{2,3}$/;

/** "22 33 44 55", "+47 922 33 444": the index after the run, or -1. */
export function phoneRun(cx: Cx, i: number): number {
  let plus = false;
  let j = i;
  if (cx.isPunct(i, '+') && cx.isNum(i + 1) && cx.glued(i + 1)) { plus = true; j = i + 1; }
  // Three groups at least (see below): most figures have no grouped figure after them.
  if (!cx.isNum(j) || !cx.isNum(j + 1) || !cx.groupSpaced(j + 1) || !cx.isNum(j + 2) || !cx.groupSpaced(j + 2)) return -1;
  if (!PHONE_GROUP.test(cx.raw(j))) return -1;
  let digits = cx.raw(j).length;
  let groups = 1;
  let allThree = true;
  let k = j + 1;
  // Bounded: a run longer than any phone number is not one, and must not be rescanned from every token.
  while (k < cx.n && digits <= 13 && cx.isNum(k) && cx.groupSpaced(k) && PHONE_GROUP.test(cx.raw(k))) {
    digits += cx.raw(k).length;
    if (cx.raw(k).length !== 3) allThree = false;
    groups++;
    k++;
  }
  // Groups of three after a short first group read as thousands ("1 200 000").
  if (groups < 3 || (allThree && cx.raw(j).length <= 3 && !plus)) return -1;
  return digits >= 8 && digits <= 13 ? k : -1;
}

const SECTION = /^\d{1,2}(?:\.\d{1,2})*$/;

/** "1." or "2)" opening a paragraph as a list bullet, or a section number ("11.4 Utvalgets vurderinger"). */
export function listBullet(cx: Cx, i: number): number {
  if (i !== 0 || !cx.isNum(i) || !SECTION.test(cx.raw(i))) return -1;
  const p = cx.raw(i + 1);
  if ((p === '.' || p === ')') && cx.glued(i + 1) && cx.capitalized(i + 2)) return i + 2;
  if (cx.isWord(i + 1) && cx.capitalized(i + 1) && !cx.glued(i + 1)) return i + 1;
  return -1;
}
