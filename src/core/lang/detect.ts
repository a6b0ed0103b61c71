// Language identification between Bokmål, Nynorsk and English by counting
// function words that only one of them uses. Cheap, deterministic, and good
// enough for whole articles; it looks at the first few thousand words only.

import type { Lang } from '../model';
import type { Paragraph } from '../text/segment';
import { TokenKind } from '../text/tokenize';
import { KeyFilter } from '../text/keyfilter';

const MARKERS: Record<Lang, readonly string[]> = {
  nb: [
    'ikke', 'jeg', 'hva', 'hvor', 'hvordan', 'hvorfor', 'hvis', 'noe', 'mye', 'hun', 'dem', 'fra', 'bare', 'være',
    'vært', 'sier', 'mener', 'også', 'etter', 'blir', 'ble', 'selv', 'hele', 'fikk', 'komme', 'siden', 'derfor',
    'mellom', 'nå', 'enn', 'dette', 'disse', 'kunne', 'skulle', 'ville', 'hadde', 'ett', 'et', 'meg', 'deg',
    'seg', 'vår', 'våre', 'hvilke', 'hvem', 'uten', 'mot', 'mange', 'noen', 'ingen', 'sammen', 'første',
    'hver', 'hvert', 'ennå', 'fortsatt', 'hverandre', 'flere', 'egen', 'eget', 'tidligere', 'gang', 'ganger', 'hos',
    'ellers', 'gjøre', 'tror', 'gi', 'da', 'samme', 'videre', 'eneste', 'noen', 'nye',
  ],
  nn: [
    'ikkje', 'eg', 'kva', 'kvar', 'korleis', 'kvifor', 'viss', 'noko', 'mykje', 'ho', 'dei', 'dykk', 'frå',
    'berre', 'vere', 'vore', 'seier', 'meiner', 'òg', 'etter', 'vert', 'vart', 'sjølv', 'heile', 'fekk', 'kome',
    'sidan', 'difor', 'mellom', 'no', 'enn', 'dette', 'desse', 'kunne', 'skulle', 'ville', 'hadde', 'eit', 'ein',
    'meg', 'deg', 'seg', 'vår', 'våre', 'kven', 'utan', 'mot', 'mange', 'nokon', 'ingen', 'saman', 'fyrste',
    'meir', 'berre', 'heilt', 'ikkje', 'gjer', 'gjekk', 'kjem', 'jamfør', 'medan', 'verte',
    'kvart', 'enno', 'framleis', 'kvarandre', 'fleire', 'eigen', 'eige', 'tidlegare', 'gong', 'gonger', 'hjå',
    'elles', 'gjere', 'trur', 'gje', 'då', 'same', 'vidare', 'einaste', 'nokre', 'kor', 'nye',
  ],
  en: [
    'the', 'and', 'of', 'is', 'was', 'said', 'that', 'with', 'on', 'are', 'were', 'this', 'which', 'have',
    'has', 'had', 'not', 'but', 'from', 'they', 'their', 'will', 'would', 'been', 'an', 'it', 'its', 'be',
    'according', 'told', 'says', 'who', 'what', 'when', 'where', 'there', 'these', 'those', 'after', 'about',
    'in', 'he', 'she', 'his', 'we', 'you', 'our', 'than', 'into', 'could', 'should', 'does', 'against', 'during',
  ],
};

// The commonest words of both Norwegian written standards: a short news item may hold no word
// that only one of them uses ("Partiet har sagt at han vil stille"), and a lone "for" must not make
// it English. English words spelled the same ("i", "at", "men", "for") are left out.
const SHARED: readonly string[] = [
  'og', 'er', 'det', 'på', 'til', 'som', 'har', 'av', 'med', 'om', 'var', 'vil', 'skal', 'kan', 'ved', 'sa', 'han',
  'år', 'hans', 'sine', 'sitt', 'denne', 'når', 'ut', 'sett',
];

// Words shared by Bokmål and Nynorsk tell the two apart from English but not
// from each other; each word counts for every language listing it. Keys are
// stored lower-case and capitalised so tokens can be looked up as written.
// A word's votes are packed into one integer, a byte per language (a word
// unique to one language is strong evidence, 3; a shared one weak, 1), so the
// hot loop adds integers instead of writing keyed properties.
const SHIFT: Record<Lang, number> = { nb: 0, nn: 8, en: 16 };
// A vote for Norwegian of either standard (SHARED), in the top byte: it weighs against English
// only, so it does not keep a Norwegian text's Bokmål-or-Nynorsk verdict from settling early.
const NORWEGIAN_VOTE = 1 << 24;
const VOTES = new Map<string, number>();
/** Longest marker word: longer tokens are not looked up at all. */
let MAX_LEN = 0;
{
  const langsOf = new Map<string, Lang[]>();
  for (const lang of Object.keys(MARKERS) as Lang[]) {
    for (const w of MARKERS[lang]) {
      const list = langsOf.get(w) ?? [];
      if (!list.includes(lang)) list.push(lang);
      langsOf.set(w, list);
    }
  }
  const words = new Set([...langsOf.keys(), ...SHARED]);
  for (const w of words) {
    const langs = langsOf.get(w) ?? [];
    const weight = langs.length === 1 ? 3 : 1;
    let packed = SHARED.includes(w) ? NORWEGIAN_VOTE : 0;
    for (const l of langs) packed += weight << SHIFT[l];
    VOTES.set(w, packed);
    VOTES.set(w[0].toUpperCase() + w.slice(1), packed);
    MAX_LEN = Math.max(MAX_LEN, w.length);
  }
}

const MAY_VOTE = new KeyFilter(VOTES.keys());

const MAX_WORDS = 3000;
const MIN_WORDS = 256;

/** Votes of the words as written; add() returns false once the verdict is settled. */
class Tally {
  private nb = 0;
  private nn = 0;
  private en = 0;
  /** Votes for Norwegian of either standard. */
  private no = 0;
  private n = 0;

  add(w: string): boolean {
    if (++this.n > MAX_WORDS) return false;
    if (w.length > MAX_LEN) return this.suffix(w);
    const v = MAY_VOTE.mayHave(w) ? VOTES.get(w) : undefined;
    if (v === undefined) return this.suffix(w);
    this.nb += v & 0xff;
    this.nn += (v >>> 8) & 0xff;
    this.en += (v >>> 16) & 0xff;
    this.no += v >>> 24;
    // Stop once one language is far ahead: the rest of the text will not change the verdict.
    return !(this.n >= MIN_WORDS && (this.n & 31) === 0 && this.decided());
  }

  // Adjectives and adverbs end in -lig(e) in Bokmål and -leg(e) in Nynorsk ("tidleg", "vanlege"):
  // frequent, and each tells the two standards apart where no marker word does.
  private suffix(w: string): boolean {
    const n = w.length;
    if (n < 6) return true;
    let end = n;
    const last = w.charCodeAt(n - 1);
    if (last === 101 || last === 116) end--; // -e, -t
    if (w.charCodeAt(end - 1) !== 103 || w.charCodeAt(end - 3) !== 108) return true; // l?g
    const v = w.charCodeAt(end - 2);
    if (v === 105) this.nb += 2; // -lig
    else if (v === 101) this.nn += 2; // -leg
    return true;
  }

  /** The leading language has 40 votes and three times the runner-up's
   *  (the two largest of three counts, without an array to sort). */
  private decided(): boolean {
    const { nb, nn, en } = this;
    const a = Math.max(nb, nn, en);
    const b = nb >= nn ? (nn >= en ? nn : Math.min(nb, en)) : (nb >= en ? nb : Math.min(nn, en));
    return a >= 40 && a >= 3 * b;
  }

  verdict(): Lang {
    const { nb, nn, en, no } = this;
    if (en > nb + no && en > nn + no) return 'en';
    return nn > nb ? 'nn' : 'nb';
  }
}

/** Picks the language from words as written (tokens of the text, in order). */
export function detectLanguageOfWords(words: Iterable<string>): Lang {
  const tally = new Tally();
  for (const w of words) if (!tally.add(w)) break;
  return tally.verdict();
}

/** The same over segmented paragraphs, without building a word list. */
export function detectLanguageOfParagraphs(paragraphs: Paragraph[]): Lang {
  const tally = new Tally();
  for (const p of paragraphs) for (const s of p.sentences) for (const t of s.tokens) {
    if (t.kind === TokenKind.Word && !tally.add(t.text)) return tally.verdict();
  }
  return tally.verdict();
}

const WORD = /[\p{L}]+/gu;

/** Language of a plain string (for callers without tokens). */
export function detectLanguage(text: string): Lang {
  return detectLanguageOfWords((function* () {
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(text)) !== null) yield m[0];
  })());
}
