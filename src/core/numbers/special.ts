// Ages, decades, ordinals and other figures with a fixed shape: "69-åring",
// "(35)", "1960-tallet", "the 1990s", "5. plass", "første", "høsten 2022",
// "uke 42", "dobbelt så mange".

import type { NumberMeta } from '../model';
import { NO_MONTHS } from './calendar';
import type { Cx, Match } from './context';
import { nounCandidate } from './counted';
import { timeWord } from './times';
import { EN_ORDINALS, NN_ORDINALS, NO_ORDINALS } from './words';

const DIGIT_WORD = /^(\d{1,4})(?:[.,]\d+)?-(\p{L}[\p{L}-]*)$/u;
const AGE_SUFFIX = /^(?:åring|åringen|åringer|åringene|åringar|åringane|årig|årige|årings|åringens|year-old|year-olds|years-old)$/;
const ANNIVERSARY_SUFFIX = /^års(?:dag|dagen|dagens|jubileum|jubileet|jubileets|markering|markeringen|feiring|feiringen)$/;
const DECADE_SUFFIX = /^(?:tallet|talet|tallets|talets|åra|årene|åras|årenes)$/;

/** A word token that starts with digits and a hyphen: "69-åring", "1960-tallet", "14-tiden". */
export function matchDigitWord(cx: Cx, i: number): Match | undefined {
  const w = cx.w(i);
  const m = DIGIT_WORD.exec(w);
  if (!m) return undefined;
  const n = Number(m[1]);
  const suffix = m[2];
  const one = (meta: NumberMeta): Match => ({ s: i, e: i + 1, meta });
  const t = timeWord(w);
  if (t) return one({ kind: 'time', iso: t.iso, approximate: true, approxCue: '-tiden' });
  if (AGE_SUFFIX.test(suffix)) return one({ kind: 'age', value: n, approximate: false });
  // "125-årsdagen", "60-årsdag", "50-årsjubileet": which anniversary.
  if (ANNIVERSARY_SUFFIX.test(suffix)) return one({ kind: 'ordinal', value: n, approximate: false });
  if (suffix === 'årsalderen' || suffix === 'årsalder') {
    return one({ kind: 'age', value: n, valueEnd: n + 9, approximate: true, approxCue: cx.raw(i) });
  }
  if (DECADE_SUFFIX.test(suffix)) {
    // "en mann i 20-årene" is an age; "på 1990-tallet", "siden 90-åra" a period.
    if (n < 100 && suffix.startsWith('år') && cx.w(i - 1) === 'i') {
      return one({ kind: 'age', value: n, valueEnd: n + 9, approximate: false });
    }
    const y = n < 100 ? (n < 30 ? 2000 + n : 1900 + n) : n;
    const span = y % 100 === 0 && n >= 100 && suffix.startsWith('tal') ? 99 : 9;
    return one({ kind: 'decade', value: y, valueEnd: y + span, iso: String(y), isoEnd: String(y + span), approximate: false });
  }
  // "a 2,000-strong unit"
  if (suffix === 'strong') {
    return one({ kind: 'count', value: Number(w.slice(0, w.indexOf('-')).replace(/,/g, '')), approximate: false });
  }
  // Any other "5-felts", "100-meter": a compound word, not a figure.
  return { s: i, e: i + 1 };
}

/** "the 1990s", "1990s", "'90s". */
export function matchDecadeS(cx: Cx, i: number): Match | undefined {
  let j = i;
  if (cx.isPunct(i, "'") || cx.isPunct(i, '’')) j = i + 1;
  if (!cx.isNum(j) || !cx.glued(j + 1) || cx.w(j + 1) !== 's' || (j > i && !cx.glued(j))) return undefined;
  const raw = cx.raw(j);
  let y: number;
  if (/^\d{3}0$/.test(raw)) y = +raw;
  else if (/^\d0$/.test(raw)) y = +raw < 30 ? 2000 + +raw : 1900 + +raw;
  else return undefined;
  const meta: NumberMeta = { kind: 'decade', value: y, valueEnd: y + 9, iso: String(y), isoEnd: String(y + 9), approximate: false };
  return { s: i, e: j + 2, meta };
}

/** "Ola Nordmann (35)": an age in brackets after a name or noun. */
export function matchParenAge(cx: Cx, i: number): Match | undefined {
  if (!cx.isPunct(i, '(') || !cx.isWord(i - 1) || !cx.isNum(i + 1)) return undefined;
  // "(35)" or "(35 år)"
  const close = cx.isPunct(i + 2, ')') ? i + 2 : cx.w(i + 2) === 'år' && cx.isPunct(i + 3, ')') ? i + 3 : -1;
  if (close < 0) return undefined;
  const raw = cx.raw(i + 1);
  if (!/^\d{1,3}$/.test(raw) || +raw < 1 || +raw > 120 || raw.charCodeAt(0) === 48) return undefined;
  return { s: i + 1, e: i + 2, meta: { kind: 'age', value: +raw, approximate: false } };
}

/** "Kim Jong Un, 40, said": an age between commas after a name. */
export function matchCommaAge(cx: Cx, i: number): Match | undefined {
  const raw = cx.raw(i);
  if (!cx.isPunct(i - 1, ',') || !cx.isPunct(i + 1, ',') || !/^\d{1,3}$/.test(raw) || +raw < 1 || +raw > 120) return undefined;
  if (!cx.isWord(i - 2) || !cx.capitalized(i - 2) || cx.isNum(i + 2)) return undefined;
  return { s: i, e: i + 1, meta: { kind: 'age', value: +raw, approximate: false } };
}

/** "aged 35" */
export function matchAged(cx: Cx, i: number): Match | undefined {
  if (cx.w(i) !== 'aged' || !cx.isNum(i + 1) || !/^\d{1,3}$/.test(cx.raw(i + 1))) return undefined;
  return { s: i + 1, e: i + 2, meta: { kind: 'age', value: +cx.raw(i + 1), approximate: false } };
}

const ORD_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
const NO_ORD_SUFFIX = new Set(['ste', 'dre', 'dje', 'de', 'te', 'ende', 'nde']);

/** "5. plass", "2. verdenskrig", "21st", "3rd". */
export function matchDigitOrdinal(cx: Cx, i: number): Match | undefined {
  const raw = cx.raw(i);
  if (!cx.isNum(i) || !/^\d{1,4}$/.test(raw)) return undefined;
  if (!cx.no) {
    if (!cx.glued(i + 1) || !ORD_SUFFIX.has(cx.w(i + 1))) return undefined;
    return { s: i, e: i + 2, meta: { kind: 'ordinal', value: +raw, approximate: false } };
  }
  if (cx.glued(i) && !cx.isPunct(i - 1)) return undefined;
  const meta: NumberMeta = { kind: 'ordinal', value: +raw, approximate: false };
  // "21de århundre", "3dje gang": the ordinal ending written out.
  if (cx.glued(i + 1) && NO_ORD_SUFFIX.has(cx.w(i + 1)) && !cx.glued(i + 2)) return century(cx, i + 2, meta) ?? { s: i, e: i + 2, meta };
  if (!cx.dotAfter(i)) return undefined;
  const c = century(cx, i + 2, meta);
  if (c) return c;
  let next = i + 2;
  // "27. og 28. medlemsland": the first ordinal shares the noun of the second.
  if ((cx.w(next) === 'og' || cx.w(next) === 'eller') && cx.isNum(next + 1) && cx.dotAfter(next + 1)) next += 3;
  if (!ordinalNoun(cx, next)) return undefined;
  // "19.plass": the noun written on to the period belongs to the span.
  return { s: i, e: next === i + 2 && cx.glued(next) ? i + 3 : i + 2, meta };
}

const CENTURY = new Set(['århundre', 'århundret', 'århundrede', 'århundredet', 'hundreåret', 'hundreår']);

/** "20. århundre", "21de århundre": a period, the century word in the span. */
function century(cx: Cx, at: number, meta: NumberMeta): Match | undefined {
  if (!CENTURY.has(cx.w(at)) || meta.value === undefined || meta.value < 1 || meta.value > 30) return undefined;
  const from = (meta.value - 1) * 100;
  const m: NumberMeta = { kind: 'decade', value: from, valueEnd: from + 99, iso: String(from), isoEnd: String(from + 99), approximate: false };
  return { s: at - 2, e: at + 1, meta: m };
}

const DECADE_HEAD = /^\d{2,4}$/;

/** "1950- og 1960-tallet": the first decade of a pair, its ending left to the second. */
export function matchDecadeHead(cx: Cx, i: number): Match | undefined {
  const raw = cx.raw(i);
  if (!cx.no || !cx.isPunct(i + 1, '-') || !cx.glued(i + 1) || !DECADE_HEAD.test(raw)) return undefined;
  const conj = cx.w(i + 2);
  if (conj !== 'og' && conj !== 'eller' && conj !== 'til') return undefined;
  const m = DIGIT_WORD.exec(cx.w(i + 3));
  if (!m || !DECADE_SUFFIX.test(m[2]) || m[1].length !== raw.length) return undefined;
  const n = +raw;
  const y = n < 100 ? (n < 30 ? 2000 + n : 1900 + n) : n;
  const span = y % 100 === 0 && n >= 100 && m[2].startsWith('tal') ? 99 : 9;
  return { s: i, e: i + 2, meta: { kind: 'decade', value: y, valueEnd: y + span, iso: String(y), isoEnd: String(y + span), approximate: false } };
}

/** A lower-case noun after the period makes an ordinal; a capital means the sentence ended. */
function ordinalNoun(cx: Cx, i: number): boolean {
  const w = cx.w(i);
  if (!cx.isWord(i) || cx.capitalized(i) || NO_MONTHS.has(w)) return false;
  // Definite nouns ("2. trinnet", "3. klassen") follow ordinals as often as indefinite ones.
  return nounCandidate(w, 'no') || (w.length > 4 && w.endsWith('et'));
}

const EN_FIRST_BEFORE = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'a', 'whose', "world's", "country's"]);

/** "første", "tredje", "the first", "the second". "andre" is never one. */
export function matchOrdinalWord(cx: Cx, i: number): Match | undefined {
  if (cx.nameLike(i)) return undefined;
  const w = cx.w(i);
  if (cx.no) {
    // Nynorsk "attende" is "back" ("vende attende"); its 18th is "attande".
    if (w === 'attende' && cx.lang === 'nn') return undefined;
    const v = NO_ORDINALS.get(w) ?? (cx.lang === 'nn' ? NN_ORDINALS.get(w) : undefined);
    return v !== undefined ? { s: i, e: i + 1, meta: { kind: 'ordinal', value: v, approximate: false } } : undefined;
  }
  const v = w === 'second' ? (cx.w(i - 1) === 'the' ? 2 : undefined) : EN_ORDINALS.get(w);
  if (v === undefined) return undefined;
  const before = EN_FIRST_BEFORE.has(cx.w(i - 1));
  const nounNext = cx.isWord(i + 1) && !cx.capitalized(i + 1) && nounCandidate(cx.w(i + 1), 'en');
  if (!before && !nounNext) return undefined;
  return { s: i, e: i + 1, meta: { kind: 'ordinal', value: v, approximate: false } };
}

const SEASONS = new Set(['høsten', 'våren', 'sommeren', 'vinteren', 'hausten', 'sommaren', 'julen', 'jula', 'påsken',
  'påska', 'nyttår', 'spring', 'summer', 'autumn', 'fall', 'winter']);

/** "høsten 2022", "summer 2023". */
export function matchSeasonYear(cx: Cx, i: number): Match | undefined {
  if (!SEASONS.has(cx.w(i)) || !cx.isNum(i + 1) || !/^\d{4}$/.test(cx.raw(i + 1))) return undefined;
  const y = +cx.raw(i + 1);
  if (y < 1000 || y > 2999) return undefined;
  return { s: i, e: i + 2, meta: { kind: 'date', iso: String(y), approximate: false } };
}

/** "uke 42", "veke 9", "week 42". */
export function matchWeekNumber(cx: Cx, i: number): Match | undefined {
  const w = cx.w(i);
  if ((w !== 'uke' && w !== 'veke' && w !== 'week') || !cx.isNum(i + 1) || !/^\d{1,2}$/.test(cx.raw(i + 1))) return undefined;
  const n = +cx.raw(i + 1);
  if (n < 1 || n > 53) return undefined;
  return { s: i, e: i + 2, meta: { kind: 'date', value: n, approximate: false } };
}

const MULTIPLES = new Map([['dobbelt', 2], ['tredobbelt', 3], ['firedobbelt', 4], ['twice', 2], ['thrice', 3]]);

/** "dobbelt så mange", "twice as many": a comparison that states a figure. */
export function matchMultiple(cx: Cx, i: number): Match | undefined {
  const v = MULTIPLES.get(cx.w(i));
  if (v === undefined) return undefined;
  const so = cx.w(i + 1);
  if ((so !== 'så' && so !== 'as') || !cx.isWord(i + 2)) return undefined;
  return { s: i, e: i + 3, meta: { kind: 'count', value: v, unit: '×', approximate: false } };
}
