#!/usr/bin/env node
// Fuzzing analyze() (and the incremental analyzer and the output formats)
// with random text, mutated corpus text and generated news-like text, checking
// the invariants of test/fuzz/invariants.mjs on every result, determinism on
// a sample, and that time grows linearly with input size.
//
// usage: node scripts/fuzz.mjs [--seconds N] [--seed N] [--executions N]
//                              [--only random,mutate,grammar,edits]
//                              [--replay INDEX] [--out DIR] [--hang-seconds N] [--no-sweep]
//   (npm run fuzz -- --seconds 300 builds first)
//
// Every few seconds a timing check analyses a text of 20,000 chars and the same
// kind of text at 8× (see TIMING_KINDS); the first ones sweep each of
// PATTERN_UNITS repeated alone (--no-sweep skips that), then kinds and
// patterns are random.
//
// Every execution's input is derived from (seed, index) alone, so
// `--seed S --replay I` regenerates and re-checks execution I. A failure is
// written to test-output/fuzz/ as JSON (exact, lone surrogates included),
// with a shrunk input when one was found, and as .txt (UTF-8, for reading);
// the run then exits 1. The fuzz loop runs in a worker thread, watched from
// the main thread: an analysis that hangs is reported with its input too.
//
// The loop (fuzz()) is exported for test/unit/fuzz.test.ts, which runs it
// on the TypeScript sources for a few seconds.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { bratViolations, violations } from '../test/fuzz/invariants.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// ------------------------------------------------------------------ PRNG
// splitmix32 to derive one stream per (seed, index), mulberry32 within it.
function mix(x) {
  x = (x + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

export class Rng {
  constructor(seed) {
    this.s = seed >>> 0;
  }
  static for(seed, index, stream = 0) {
    return new Rng(mix(mix(mix(seed) ^ index) ^ Math.imul(stream + 1, 0x27d4eb2d)));
  }
  next() {
    let t = (this.s = (this.s + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** 0 ≤ n < max */
  int(max) {
    return Math.floor(this.next() * max);
  }
  range(min, max) {
    return min + this.int(max - min + 1);
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[this.int(list.length)];
  }
  /** Picks from [[weight, value], …]. */
  weighted(list) {
    let total = 0;
    for (const [w] of list) total += w;
    let x = this.next() * total;
    for (const [w, v] of list) if ((x -= w) < 0) return v;
    return list[list.length - 1][1];
  }
  /** Skewed towards small values: most inputs small, some large. */
  size(small, large) {
    return this.chance(0.85) ? this.range(0, small) : this.range(small, large);
  }
}

// ------------------------------------------------------------------ (a) random text
const LETTERS = 'abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅéüöäÉ';
const PUNCT = ' .,;:!?-–—«»"“”„‘’\'()[]{}/\\%$€£&*#@|_~^`<>=+…';
const WORDS = [
  'sa', 'sier', 'ifølge', 'ifølgje', 'seier', 'hevder', 'opplyser', 'heter det', 'said', 'according to', 'told',
  'Oslo', 'Bergen', 'Nord-Korea', 'Sør-Koreas', 'Vladivostok', 'NTB', 'NIS', 'Reuters', 'Hansen', 'Kari Nordmann',
  'Av NTB |', '18.10.2024 12:39:31', 'Foto:', 'kl.', 'ca.', 'bl.a.', 'St.', 'mrd.', 'millioner kroner', 'prosent',
  'oktober', 'torsdag', 'i går', 'han', 'hun', 'de', 'det', 'at', 'og', 'i', 'på', 'til', 'The', 'the',
];
const EMOJI = ['😀', '👍🏽', '👩‍👩‍👧', '🇳🇴', '❤️', '𝒳', '𝟙𝟚', '🏳️‍🌈', '\u{1F9D1}\u200D\u{1F680}', '#️⃣'];
const RTL = ['שלום', 'مرحبا', 'عربي ١٢٣', '\u200F', '\u200E', '\u202E', '\u202B', '\u202C', '\u2066', '\u2067', '\u2069', '\u061C'];
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E'];
const SPACES = [' ', ' ', ' ', '  ', '\t', '\u00A0', '\u202F', '\u2009', '\u3000', '\u2007'];
const BREAKS = ['\n', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n\r', '\u2028', '\u2029', '\u0085', '\f', '\v', '\n \n'];

const atom = (r) =>
  r.weighted([
    [20, () => LETTERS[r.int(LETTERS.length)].repeat(r.chance(0.2) ? r.range(2, 9) : 1)],
    [10, () => r.pick(WORDS)],
    [8, () => String(r.int(r.chance(0.5) ? 100 : 1e7))],
    [12, () => PUNCT[r.int(PUNCT.length)]],
    [14, () => r.pick(SPACES)],
    [7, () => r.pick(BREAKS)],
    [3, () => String.fromCharCode(r.chance(0.5) ? r.range(0xd800, 0xdbff) : r.range(0xdc00, 0xdfff))],
    [4, () => r.pick(EMOJI)],
    [4, () => 'aeoAEØ'[r.int(6)] + String.fromCharCode(r.range(0x300, 0x36f)).repeat(r.range(1, 4))],
    [3, () => r.pick(RTL)],
    [3, () => r.pick(ZERO_WIDTH)],
    [2, () => String.fromCharCode(r.pick([0, 1, 7, 8, 0x1b, 0x1f, 0x7f, 0x85, 0x9f]))],
    [3, () => String.fromCharCode(r.int(0x10000))],
    [2, () => String.fromCodePoint(r.range(0x10000, 0x10ffff))],
    [1, () => r.pick(['\uFFFD', '\uFFFE', '\uFFFF', '\uFFFC'])],
  ])();

export function randomText(r, maxAtoms = r.size(300, 4000)) {
  const n = r.int(maxAtoms + 1);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(atom(r));
  return parts.join('');
}

// ------------------------------------------------------------------ (c) news-like text
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

const LANG = {
  nb: {
    first: ['Kari', 'Ola', 'Jonas', 'Erna', 'Marit', 'Per', 'Ingrid', 'Hans', 'Siv', 'Trygve', 'Anne', 'Knut', 'Åse', 'Øystein', 'Jan Egil', 'Anne-Lise'],
    last: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Berg', 'Haugen', 'Dahl', 'Lie', 'Bakken', 'Nordmann', 'Aas', 'Strøm', 'Sæther', 'Eriksen-Vik'],
    roles: ['statsminister', 'ordfører', 'forsker', 'politimester', 'talsperson', 'direktør', 'professor', 'utenriksminister', 'daglig leder'],
    orgs: ['NIS', 'NTB', 'NRK', 'Reuters', 'AP', 'AFP', 'Yonhap', 'Statistisk sentralbyrå', 'SSB', 'politiet', 'Forsvaret', 'Helse Vest',
      'Utenriksdepartementet', 'FN', 'NATO', 'Kreml', 'nyhetsbyrået Yonhap', 'avisa VG', 'Aftenposten', 'Mattilsynet'],
    cues: ['sa', 'sier', 'hevder', 'opplyser', 'mener', 'anslår', 'bekrefter', 'avviser', 'melder', 'skriver', 'forteller', 'tror', 'understreker'],
    nouns: ['soldater', 'personer', 'elever', 'tonn', 'innbyggere', 'arbeidsplasser', 'hytter', 'biler', 'saker', 'pasienter'],
    months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
    weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
    numberWords: ['to', 'tre', 'fire', 'seks', 'tolv', 'tusen', 'to millioner', 'en halv', 'dobbelt så mange', 'ett', 'én'],
    hedges: ['ca.', 'rundt', 'over', 'nesten', 'minst', 'så mange som', 'om lag', 'drøyt'],
    pronouns: ['han', 'hun', 'de'],
    according: 'Ifølge', accordingLow: 'ifølge', that: 'at', and: 'og', to: 'til', statement: 'I en uttalelse heter det at',
    denied: 'har avvist meldingene', further: 'videre', money: ['millioner kroner', 'mrd. kroner', 'kroner', 'milliarder kroner', 'euro'],
    percent: ['prosent', '%'], yesterday: ['i går', 'i dag', 'i fjor', 'neste uke'], clock: ['klokka', 'kl.'],
    clauses: [
      (g) => `${g.amount()} ${g.noun()} er sendt til ${g.place()}`,
      (g) => `regjeringen vil bruke ${g.money()} på ${g.pick(['nye tog', 'skolen', 'forsvaret', 'veier i ' + g.place()])}`,
      (g) => `${g.place()} har ${g.count()} innbyggere`,
      (g) => `prisen steg med ${g.percent()} ${g.date()}`,
      (g) => `situasjonen i ${g.place()} er alvorlig`,
      (g) => `det skjedde ${g.date()}`,
      (g) => `${g.name()} ikke visste om saken`,
      (g) => `det er besluttet å sende ${g.amount()} ${g.noun()} til ${g.place()} ${g.date()}`,
      (g) => `vi gjør dette for hele landet`,
      (g) => `${g.place()} og ${g.place()} vil samarbeide`,
    ],
  },
  nn: {
    first: ['Kari', 'Ola', 'Sigrid', 'Ivar', 'Ragnhild', 'Torleiv', 'Gunnhild', 'Eirik'],
    last: ['Haugland', 'Vik', 'Nes', 'Myklebust', 'Hauge', 'Sunde', 'Tveit'],
    roles: ['ordførar', 'forskar', 'leiar', 'rådmann', 'fylkesordførar'],
    orgs: ['NRK', 'NTB', 'Framtida', 'Statsforvaltaren', 'politiet', 'Fjordenes Tidende', 'Noregs Bondelag'],
    cues: ['seier', 'sa', 'meiner', 'fortel', 'skriv', 'stadfestar', 'opplyser', 'trur', 'hevdar'],
    nouns: ['elevar', 'personar', 'arbeidsplassar', 'soldatar', 'bilar', 'kyr'],
    months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
    weekdays: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag'],
    numberWords: ['to', 'tre', 'fire', 'seks', 'tolv', 'tusen', 'ein halv'],
    hedges: ['kring', 'om lag', 'over', 'nesten', 'minst'],
    pronouns: ['han', 'ho', 'dei'],
    according: 'Ifølgje', accordingLow: 'ifølgje', that: 'at', and: 'og', to: 'til', statement: 'I ei fråsegn heiter det at',
    denied: 'har avvist meldingane', further: 'vidare', money: ['millionar kroner', 'kroner', 'milliardar kroner'],
    percent: ['prosent', '%'], yesterday: ['i går', 'i dag', 'i fjor'], clock: ['klokka', 'kl.'],
    clauses: [
      (g) => `${g.amount()} ${g.noun()} er sende til ${g.place()}`,
      (g) => `kommunen vil bruke ${g.money()} på ein ny skule`,
      (g) => `det hende ${g.date()}`,
      (g) => `${g.place()} har ${g.count()} innbyggjarar`,
      (g) => `dei ikkje visste om saka`,
      (g) => `prisen auka med ${g.percent()}`,
    ],
  },
  en: {
    first: ['John', 'Sarah', 'Michael', 'Emily', 'David', 'Laura', 'James', 'Olivia'],
    last: ['Smith', 'Johnson', 'Brown', 'Taylor', "O'Neill", 'Wright', 'Clarke', 'Evans-Hughes'],
    roles: ['President', 'minister', 'spokesperson', 'professor', 'mayor', 'chief executive', 'Secretary of State'],
    orgs: ['Reuters', 'the Pentagon', 'the UN', 'BBC', 'the Kremlin', 'NATO', 'the Associated Press', 'the ministry', 'police'],
    cues: ['said', 'says', 'told', 'claimed', 'reported', 'wrote', 'added', 'confirmed', 'denied', 'warned'],
    nouns: ['soldiers', 'people', 'students', 'tonnes', 'residents', 'jobs', 'cars', 'cases'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    numberWords: ['two', 'three', 'four', 'twelve', 'a thousand', 'two million', 'half', 'a dozen'],
    hedges: ['about', 'around', 'more than', 'nearly', 'at least', 'as many as', 'roughly'],
    pronouns: ['he', 'she', 'they'],
    according: 'According to', accordingLow: 'according to', that: 'that', and: 'and', to: 'to', statement: 'A statement said that',
    denied: 'has denied the reports', further: 'also', money: ['million dollars', 'billion', 'euros'],
    percent: ['percent', '%', 'per cent'], yesterday: ['yesterday', 'today', 'last year', 'next week'], clock: ['at'],
    clauses: [
      (g) => `${g.amount()} ${g.noun()} were sent to ${g.place()}`,
      (g) => `the government will spend ${g.money()} on ${g.pick(['new trains', 'schools', 'defence'])}`,
      (g) => `${g.place()} has ${g.count()} residents`,
      (g) => `prices rose by ${g.percent()} ${g.date()}`,
      (g) => `the situation in ${g.place()} is serious`,
      (g) => `it happened ${g.date()}`,
      (g) => `${g.name()} did not know about it`,
    ],
  },
};
const PLACES = ['Oslo', 'Bergen', 'Tromsø', 'Trondheim', 'Stavanger', 'Kirkenes', 'Bodø', 'Vladivostok', 'Kursk', 'Seoul', 'Pyongyang',
  'Kyiv', 'London', 'Washington', 'Nord-Korea', 'Sør-Korea', 'Russland', 'Ukraina', 'Norge', 'Sverige', 'Finnmark', 'Nordsjøen',
  'Det hvite hus', 'Karl Johans gate', 'Nord-Koreas', 'Russlands', 'Ålesund', 'Hamar', 'Paris', 'New York', 'St. Petersburg'];
const SYLLABLES = ['ka', 'vel', 'dr', 'un', 'gen', 'st', 'ø', 'år', 'ne', 'hol', 'vik', 'ber', 'lia', 'mo', 'sund', 'tr', 'ei'];

class Grammar {
  constructor(r, lang) {
    this.r = r;
    this.L = LANG[lang];
    this.lang = lang;
  }
  pick(list) {
    return this.r.pick(list);
  }
  name() {
    const r = this.r;
    const full = `${this.pick(this.L.first)} ${this.pick(this.L.last)}`;
    return r.chance(0.3) ? this.pick(this.L.last) : r.chance(0.1) ? `${this.pick(this.L.first)} ${this.pick(this.L.first)[0]}. ${this.pick(this.L.last)}` : full;
  }
  speaker() {
    const r = this.r;
    return r.weighted([
      [4, () => this.name()],
      [3, () => `${this.pick(this.L.roles)} ${this.name()}`],
      [3, () => this.pick(this.L.orgs)],
      [1, () => this.place()],
      [1, () => `${this.name()} ${this.L.and} ${this.name()}`],
    ])();
  }
  place() {
    const r = this.r;
    if (r.chance(0.25)) {
      let w = '';
      for (let i = r.range(2, 4); i > 0; i--) w += this.pick(SYLLABLES);
      return cap(w) + (r.chance(0.15) ? 's' : '');
    }
    return this.pick(PLACES);
  }
  noun() {
    return this.pick(this.L.nouns);
  }
  digits() {
    const r = this.r;
    const n = r.weighted([[3, () => r.range(1, 99)], [3, () => r.range(100, 9999)], [3, () => r.range(10000, 9999999)]])();
    const s = String(n);
    if (n < 10000 && r.chance(0.6)) return s;
    const sep = this.lang === 'en' ? r.pick([',', ',', ' ']) : r.pick(['.', ' ', '\u00A0', '\u202F', '']);
    return s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  }
  decimal() {
    return `${this.r.range(0, 99)}${this.lang === 'en' ? '.' : ','}${this.r.range(1, 9)}`;
  }
  count() {
    return this.r.chance(0.2) ? this.pick(this.L.numberWords) : this.digits();
  }
  amount() {
    const h = this.r.chance(0.3) ? this.pick(this.L.hedges) + ' ' : '';
    return h + this.count();
  }
  money() {
    const r = this.r;
    if (this.lang === 'en' && r.chance(0.5)) return `${r.pick(['$', '£', '€'])}${this.decimal()} ${r.pick(['billion', 'million', 'bn', 'm'])}`;
    if (r.chance(0.2)) return `${r.pick(['kr', 'NOK', 'USD'])} ${this.digits()}`;
    return `${r.chance(0.5) ? this.decimal() : this.digits()} ${this.pick(this.L.money)}`;
  }
  percent() {
    const p = this.pick(this.L.percent);
    return `${this.r.chance(0.5) ? this.decimal() : this.r.range(0, 100)}${p === '%' && this.r.chance(0.5) ? '' : ' '}${p}`;
  }
  date() {
    const r = this.r;
    const d = r.range(1, 31);
    const m = this.pick(this.L.months);
    const y = r.range(1900, 2030);
    const en = this.lang === 'en';
    return r.weighted([
      [3, () => (en ? `on ${m} ${d}` : `${d}. ${m}`)],
      [2, () => (en ? `on ${m} ${d}, ${y}` : `${d}. ${m} ${y}`)],
      [2, () => (en ? `from ${d} to ${Math.min(31, d + r.range(1, 9))} ${m}` : `fra ${d}. til ${Math.min(31, d + r.range(1, 9))}. ${m}`)],
      [1, () => `${String(d).padStart(2, '0')}.${String(r.range(1, 12)).padStart(2, '0')}.${y}`],
      [1, () => `${y}-${String(r.range(1, 12)).padStart(2, '0')}-${String(d).padStart(2, '0')}`],
      [2, () => `${en ? 'in' : 'i'} ${y}`],
      [2, () => `${en ? 'on' : 'på'} ${this.pick(this.L.weekdays)}`],
      [2, () => this.pick(this.L.yesterday)],
      [1, () => `${this.pick(this.L.clock)} ${r.range(0, 23)}${r.chance(0.5) ? `.${String(r.range(0, 59)).padStart(2, '0')}` : ''}`],
      [1, () => (en ? `in the ${Math.floor(y / 10) * 10}s` : `på ${Math.floor(y / 10) * 10}-tallet`)],
      [1, () => `${en ? 'in' : 'i'} ${m}`],
      [1, () => (en ? `aged ${r.range(1, 99)}` : `${r.range(1, 99)}-åringen`)],
    ])();
  }
  clause() {
    return this.pick(this.L.clauses)(this);
  }
  sentence() {
    const r = this.r;
    const L = this.L;
    const cue = this.pick(L.cues);
    const q = r.weighted([[4, ['«', '»']], [2, ['"', '"']], [1, ['“', '”']], [1, ['«', '']], [1, ['', '»']]]);
    return r.weighted([
      [4, () => `${cap(this.speaker())} ${cue} ${L.that} ${this.clause()}.`],
      [3, () => `${q[0]}${cap(this.clause())}${r.chance(0.3) ? '. ' + cap(this.clause()) : ''}${r.chance(0.5) ? ',' : ''}${q[1]} ${cue} ${this.speaker()}${r.chance(0.3) ? ` ${L.to} ${this.pick(L.orgs)}` : ''}.`],
      [3, () => `${L.according} ${this.speaker()} ${this.clause()}.`],
      [2, () => `${cap(this.clause())}, ${cue} ${this.speaker()}.`],
      [2, () => `${cap(this.speaker())} ${cue} ${L.that} ${this.clause()}, ${L.accordingLow} ${this.pick(L.orgs)}.`],
      [1, () => `${L.statement} ${q[0]}${this.clause()}${q[1]}.`],
      [1, () => `${cap(this.place())} ${L.denied}.`],
      [4, () => `${cap(this.clause())} ${this.date()}.`],
      [2, () => `${cap(this.pick(L.pronouns))} ${cue} ${L.further} ${L.that} ${this.clause()}.`],
      [1, () => `${cap(this.clause())}${r.pick(['?', '!', '…', '...', ''])}`],
      [1, () => `${cap(this.name())} (${r.range(18, 99)}) ${cue}: ${q[0]}${cap(this.clause())}.${q[1]}`],
    ])();
  }
  paragraph() {
    const r = this.r;
    if (r.chance(0.12)) return `${r.pick(['–', '–', '-', '—'])} ${cap(this.clause())}, ${this.pick(this.L.cues)} ${this.speaker()}.`;
    const n = r.range(1, 4);
    const out = [];
    for (let i = 0; i < n; i++) out.push(this.sentence());
    return out.join(r.chance(0.9) ? ' ' : r.pick(['  ', '\n', '\u00A0']));
  }
  header() {
    const r = this.r;
    const lines = [];
    if (r.chance(0.5)) lines.push(cap(this.clause()));
    if (r.chance(0.5)) {
      const d = `${String(r.range(1, 31)).padStart(2, '0')}.${String(r.range(1, 12)).padStart(2, '0')}.${r.range(1990, 2030)}`;
      const t = `${String(r.range(0, 23)).padStart(2, '0')}:${String(r.range(0, 59)).padStart(2, '0')}:${String(r.range(0, 59)).padStart(2, '0')}`;
      lines.push(r.weighted([
        [3, `Av ${this.pick(['NTB', 'NTB', 'Reuters', this.name()])} | ${d} ${t}`],
        [1, `Av ${this.name()}, NTB`],
        [1, `Publisert ${d} kl. ${t.slice(0, 5)}`],
        [1, `By ${this.name()} | ${d}`],
      ]));
    }
    if (r.chance(0.3)) lines.push(`Foto: ${this.name()} / ${this.pick(['NTB', 'AP', 'Reuters', 'NTB scanpix'])}`);
    return lines;
  }
  article(targetChars) {
    const r = this.r;
    const paras = this.header();
    const sep = r.weighted([[8, '\n\n'], [2, '\n'], [1, '\r\n\r\n'], [1, '\r\n'], [1, '\r\r'], [1, '\n \n']]);
    let size = 0;
    let first = true;
    while (size < targetChars) {
      let p = this.paragraph();
      if (first && r.chance(0.3)) p = `${this.place().toUpperCase()} (NTB): ${p}`;
      first = false;
      if (r.chance(0.03)) p = `## ${p}`;
      paras.push(p);
      size += p.length + sep.length;
    }
    return paras.join(r.chance(0.9) ? sep : r.pick(['\n\n', '\r\n', '\n']));
  }
}

export function grammarText(r, target = r.size(1500, 30000)) {
  const lang = r.weighted([[5, 'nb'], [2, 'nn'], [3, 'en']]);
  return new Grammar(r, lang).article(target);
}

// ------------------------------------------------------------------ (b) mutated corpus text
const INSERTS = ['«', '»', '"', '“', '”', '–', '-', '—', '.', '..', '...', ',', ':', ' ', '\n', '\n\n', '(', ')', '/',
  'Oslo', 'Hansen', 'NTB', ' sa ', ' sier ', ' ifølge ', ' at ', '– ', '\r\n', '%', 'kr', ' prosent', '😀', '\u0301', '\u200B'];

export function corpusSlice(r, corpus, length = r.size(3000, 40000)) {
  if (!corpus.length) return grammarText(r, length);
  const t = r.pick(corpus);
  const start = r.int(Math.max(1, t.length - length));
  return t.slice(start, start + length);
}

function mutateOnce(r, s, corpus) {
  const pos = () => r.int(s.length + 1);
  const span = (max) => {
    const a = pos();
    return [a, Math.min(s.length, a + r.range(0, max))];
  };
  const op = r.weighted([
    [6, 'replace'], [4, 'delete'], [3, 'duplicate'], [3, 'splice'], [8, 'insert'], [2, 'case'], [3, 'bytes'],
    [1, 'line-endings'], [1, 'spaces'], [1, 'truncate'], [2, 'digits'], [1, 'repeat'],
  ]);
  switch (op) {
    case 'replace': {
      const a = r.int(Math.max(1, s.length));
      return s.slice(0, a) + atom(r) + s.slice(a + 1);
    }
    case 'delete': {
      const [a, b] = span(r.chance(0.8) ? 5 : 500);
      return s.slice(0, a) + s.slice(b);
    }
    case 'duplicate': {
      const [a, b] = span(r.chance(0.7) ? 40 : 2000);
      const at = r.chance(0.5) ? b : pos();
      return s.slice(0, at) + s.slice(a, b) + s.slice(at);
    }
    case 'splice': {
      const other = corpusSlice(r, corpus, r.range(1, 400));
      const at = pos();
      return s.slice(0, at) + other + s.slice(at);
    }
    case 'insert': {
      const at = pos();
      const what = r.weighted([
        [6, () => r.pick(INSERTS)],
        [2, () => String(r.int(1e6))],
        [2, () => LETTERS[r.int(26) + 26]],
        [1, () => cap(r.pick(SYLLABLES) + r.pick(SYLLABLES))],
      ])();
      return s.slice(0, at) + what + s.slice(at);
    }
    case 'case': {
      const [a, b] = span(30);
      const mid = s.slice(a, b);
      return s.slice(0, a) + (r.chance(0.5) ? mid.toUpperCase() : mid.toLowerCase()) + s.slice(b);
    }
    case 'bytes': {
      // Flip bits in the UTF-8 bytes of a short stretch and decode as the CLI does (U+FFFD for invalid bytes).
      const [a, b] = span(20);
      const bytes = Buffer.from(s.slice(a, b), 'utf8');
      if (!bytes.length) return s;
      for (let k = r.range(1, 3); k > 0; k--) {
        const i = r.int(bytes.length);
        bytes[i] = r.chance(0.5) ? bytes[i] ^ (1 << r.int(8)) : r.int(256);
      }
      return s.slice(0, a) + new TextDecoder('utf-8', { fatal: false }).decode(bytes) + s.slice(b);
    }
    case 'line-endings': {
      const to = r.pick(['\r\n', '\r', '\n\n', ' ']);
      return r.chance(0.5) ? s.replace(/\n/g, to) : s.replace(/\n/g, () => r.pick(['\n', '\r\n', '\r']));
    }
    case 'spaces': {
      const [a, b] = span(300);
      const mid = r.chance(0.5) ? s.slice(a, b).replace(/ /g, '') : s.slice(a, b).replace(/ /g, () => r.pick(SPACES));
      return s.slice(0, a) + mid + s.slice(b);
    }
    case 'truncate':
      return s.slice(0, pos());
    case 'digits': {
      const [a, b] = span(60);
      return s.slice(0, a) + s.slice(a, b).replace(/\d/g, () => String(r.int(10))).replace(/[.,]/g, () => r.pick(['.', ',', ' ', ''])) + s.slice(b);
    }
    case 'repeat': {
      const [a, b] = span(8);
      return s.slice(0, a) + s.slice(a, b).repeat(r.range(2, 200)) + s.slice(b);
    }
  }
  return s;
}

export function mutatedText(r, corpus) {
  let s = corpusSlice(r, corpus);
  for (let n = r.chance(0.8) ? r.range(1, 12) : r.range(12, 200); n > 0; n--) s = mutateOnce(r, s, corpus);
  return s;
}

// ------------------------------------------------------------------ (d) editing sessions
/** A text and the texts after each of a few edits, as typing in the editor makes them. */
export function editSession(r, corpus) {
  const size = r.size(4000, 20000);
  const base = r.chance(0.5) ? grammarText(r, size) : corpusSlice(r, corpus, size);
  const history = [base];
  let t = base;
  let at = r.int(t.length + 1);
  for (let n = r.range(1, 8); n > 0; n--) {
    if (r.chance(0.3)) at = r.int(t.length + 1);
    at = Math.min(at, t.length);
    const op = r.weighted([[8, 'type'], [4, 'backspace'], [2, 'delete'], [2, 'paste'], [2, 'split'], [2, 'join'], [1, 'undo'], [1, 'crlf']]);
    if (op === 'type') {
      const s = r.chance(0.7) ? LETTERS[r.int(LETTERS.length)] : r.pick([...INSERTS, ' ', '\n', atom(r)]);
      t = t.slice(0, at) + s + t.slice(at);
      at += s.length;
    } else if (op === 'backspace') {
      const k = Math.min(at, r.range(1, 3));
      t = t.slice(0, at - k) + t.slice(at);
      at -= k;
    } else if (op === 'delete') {
      t = t.slice(0, at) + t.slice(at + r.range(1, r.chance(0.8) ? 50 : 3000));
    } else if (op === 'paste') {
      const s = r.chance(0.5) ? corpusSlice(r, corpus, r.range(1, 600)) : grammarText(r, r.range(1, 600));
      t = t.slice(0, at) + s + t.slice(at);
    } else if (op === 'split') {
      t = t.slice(0, at) + '\n\n' + t.slice(at);
    } else if (op === 'join') {
      const i = t.indexOf('\n\n', at);
      if (i >= 0) t = t.slice(0, i) + (r.chance(0.5) ? ' ' : '') + t.slice(i + 2);
    } else if (op === 'undo') {
      t = r.pick(history);
    } else if (op === 'crlf') {
      const i = t.indexOf('\n', at);
      if (i >= 0) t = t.slice(0, i) + '\r\n' + t.slice(i + 1);
    }
    history.push(t);
  }
  return history;
}

// ------------------------------------------------------------------ inputs by (seed, index)
export const GENERATORS = ['random', 'mutate', 'grammar', 'edits'];
const GENERATOR_WEIGHTS = { random: 3, mutate: 3, grammar: 3, edits: 1 };

function analyzeOptions(r) {
  if (!r.chance(0.2)) return {};
  const o = {};
  if (r.chance(0.8)) o.language = r.pick(['auto', 'nb', 'nn', 'en']);
  if (r.chance(0.3)) o.referenceDate = r.pick(['2024-10-18', '2000-02-29', '1999-12-31']);
  return o;
}

/** The input of execution `index`: generator, options and text (or, for edits, the texts in order). */
export function makeInput(seed, index, corpus, generators = GENERATORS) {
  const r = Rng.for(seed, index);
  const generator = r.weighted(generators.map((g) => [GENERATOR_WEIGHTS[g] ?? 1, g]));
  const options = analyzeOptions(r);
  // Every execution's decisions beyond the input (e.g. a determinism check) come from this one.
  const checkR = Rng.for(seed, index, 1);
  const common = { generator, options, checkDeterminism: checkR.chance(0.1), checkFormats: checkR.chance(0.1) };
  switch (generator) {
    case 'random': return { ...common, text: randomText(r) };
    case 'mutate': return { ...common, text: mutatedText(r, corpus) };
    case 'grammar': return { ...common, text: grammarText(r) };
    case 'edits': return { ...common, texts: editSession(r, corpus) };
  }
  throw new Error(`unknown generator ${generator}`);
}

// ------------------------------------------------------------------ time scaling
// A text of s chars and the same kind of text at 8s: the second must not take
// wildly more than 8 times as long. Each kind builds the big input by
// repeating the small one, so both have the same make-up; "one line" kinds
// leave no paragraph break, so a paragraph-local quadratic step shows too.
const TIMING_KINDS = ['grammar', 'grammar-one-line', 'corpus', 'pattern', 'random'];
const PATTERN_UNITS = ['«', '»', '"', '«a ', '– ', '-', 'sa ', 'sa han. ', 'Hansen sa at ', 'ifølge NTB ', '1.', '1 ', '12.000 ',
  '1,', 'Oslo ', 'Oslo, ', 'A. ', 'A.', 'St. ', '(', ')', '.', '. ', '\n', '\r', '\r\n', ' ', '😀', '\u0301', '\uD800', 'a',
  'ABC ', 'Kari Nordmann og ', 'kr ', '% ', 'i ', 'oktober ', '3. ', 'Av NTB | ', ':', '«Det', ', sa hun.» '];

/**
 * Timing check k's input. With `sweep`, the first checks repeat each of
 * PATTERN_UNITS alone (one long sentence of it), before the random kinds.
 */
export function makeTimingInput(seed, k, corpus, size, sweep = false) {
  if (sweep && k < PATTERN_UNITS.length) {
    const p = PATTERN_UNITS[k];
    return { kind: `pattern ${JSON.stringify(p)}`, small: p.repeat(Math.ceil(size / p.length)), big: p.repeat(Math.ceil((8 * size) / p.length)) };
  }
  if (sweep) k -= PATTERN_UNITS.length;
  const r = Rng.for(seed, k, 2);
  const kind = TIMING_KINDS[(k + seed) % TIMING_KINDS.length];
  let unit;
  let sep = '';
  switch (kind) {
    case 'grammar': unit = grammarText(r, size); sep = '\n\n'; break;
    case 'grammar-one-line': unit = grammarText(r, size).replace(/[\r\n]+/g, ' '); sep = ' '; break;
    case 'corpus': unit = corpusSlice(r, corpus, size); sep = '\n\n'; break;
    case 'random': {
      const parts = [];
      for (let n = 0; n < size; ) {
        const a = atom(r);
        parts.push(a);
        n += a.length;
      }
      unit = parts.join('');
      break;
    }
    case 'pattern': {
      let p = '';
      for (let n = r.range(1, 4); n > 0; n--) p += r.pick(PATTERN_UNITS);
      unit = p.repeat(Math.ceil(size / p.length));
      return { kind: `pattern ${JSON.stringify(p)}`, small: unit, big: p.repeat(Math.ceil((8 * size) / p.length)) };
    }
  }
  return { kind, small: unit, big: Array(8).fill(unit).join(sep) };
}

// ------------------------------------------------------------------ checking one input
const stringify = (a) => JSON.stringify(a);

/** Where two JSON-like values first differ, as "path: a ≠ b" (for messages). */
export function firstDifference(a, b, path = '') {
  if (a === b) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    const show = (v) => { const j = JSON.stringify(v) ?? String(v); return j.length > 120 ? `${j.slice(0, 120)}…` : j; };
    return `${path || '(root)'}: ${show(a)} ≠ ${show(b)}`;
  }
  const keys = Array.isArray(a) ? [...Array(Math.max(a.length, b.length)).keys()] : [...new Set([...Object.keys(a), ...Object.keys(b)])];
  if (Array.isArray(a) && a.length !== b.length) {
    const inner = keys.map((k) => firstDifference(a[k], b[k], `${path}[${k}]`)).find(Boolean);
    return `${path || '(root)'}: ${a.length} ≠ ${b.length} items; first: ${inner}`;
  }
  for (const k of keys) {
    const d = firstDifference(a[k], b[k], Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`);
    if (d) return d;
  }
  return undefined;
}

function errorInfo(err) {
  return {
    message: err instanceof Error ? `${err.name}: ${err.message}` : `thrown: ${String(err)}`,
    stack: err instanceof Error ? err.stack : undefined,
  };
}

/** The failure signature two runs must share to count as the same bug (for shrinking). */
const signature = (f) => f && `${f.kind}|${f.message.split('\n')[0].replace(/\d+/g, '#').replace(/"[^"]*"/g, '""')}`;

function checkText(env, text, options, { determinism = false, formats = false } = {}) {
  let a;
  try {
    a = env.analyze(text, options);
  } catch (err) {
    return { kind: 'throw', ...errorInfo(err) };
  }
  const v = violations(text, a);
  if (v.length) return { kind: 'invariant', message: v.join('\n') };
  if (determinism) {
    let b;
    try {
      b = env.analyze(text, options);
    } catch (err) {
      return { kind: 'nondeterministic', message: `the second run threw: ${errorInfo(err).message}` };
    }
    if (stringify(a) !== stringify(b)) {
      return { kind: 'nondeterministic', message: `two runs on the same input differ: ${firstDifference(JSON.parse(stringify(a)), JSON.parse(stringify(b)))}` };
    }
  }
  if (formats && env.formats) {
    const { toJson, toBrat, toMarkdown } = env.formats;
    try {
      const line = toJson(a, { pretty: false, file: 'x.txt' });
      if (/[\r\n]/.test(line)) return { kind: 'format', message: 'a JSON line holds a line break' };
      JSON.parse(line);
      JSON.parse(toJson(a, { pretty: true }));
      const bv = bratViolations(text, toBrat(a, text));
      if (bv.length) return { kind: 'format', message: `brat: ${bv.join('\n')}` };
      toMarkdown(a, { title: 'x' });
    } catch (err) {
      return { kind: 'format', ...errorInfo(err) };
    }
  }
  return undefined;
}

function checkEdits(env, texts, options) {
  const inc = new env.IncrementalAnalyzer();
  for (let i = 0; i < texts.length; i++) {
    let a;
    try {
      a = inc.update(texts[i], options);
    } catch (err) {
      return { kind: 'throw', step: i, ...errorInfo(err), message: `IncrementalAnalyzer.update, edit ${i}: ${errorInfo(err).message}` };
    }
    const v = violations(texts[i], a);
    if (v.length) return { kind: 'invariant', step: i, message: `IncrementalAnalyzer.update, edit ${i}:\n${v.join('\n')}` };
  }
  // The documented contract: update(text, { full: true }) is analyze(text) exactly.
  const last = texts[texts.length - 1];
  let full;
  let fresh;
  try {
    full = inc.update(last, { ...options, full: true });
    fresh = env.analyze(last, options);
  } catch (err) {
    return { kind: 'throw', step: texts.length - 1, ...errorInfo(err) };
  }
  if (stringify(full) !== stringify(fresh)) {
    const where = firstDifference(JSON.parse(stringify(full)), JSON.parse(stringify(fresh)));
    return { kind: 'incremental', step: texts.length - 1, message: `IncrementalAnalyzer.update(text, { full: true }) differs from analyze(text): ${where}` };
  }
  return undefined;
}

/** Deletes chunks of the input while the same failure persists (ddmin, roughly). */
export function shrink(input, fails, budgetMs) {
  const deadline = performance.now() + budgetMs;
  let cur = input;
  let chunk = Math.max(1, cur.length >> 1);
  let tries = 0;
  while (performance.now() < deadline) {
    let progress = false;
    for (let i = 0; i < cur.length && performance.now() < deadline; ) {
      const cand = cur.slice(0, i) + cur.slice(i + chunk);
      tries++;
      if (fails(cand)) {
        cur = cand;
        progress = true;
      } else i += chunk;
    }
    if (!progress) {
      if (chunk === 1) break;
      chunk >>= 1;
    } else chunk = Math.min(chunk, Math.max(1, cur.length >> 1));
  }
  return { input: cur, tries };
}

// ------------------------------------------------------------------ the loop
/**
 * Runs the fuzzer in this thread until `seconds` or `maxExecutions` run out.
 * env: { analyze, IncrementalAnalyzer?, formats?: { toJson, toBrat, toMarkdown } }.
 * Returns the figures; failures also go to onFailure as they happen.
 * timingLimit: 8× the input may take up to this many times the CPU time. 40, not 20: on a busy
 * 2-core machine the analysis measured 4–15× on most kinds of text and 20–22× on generated
 * articles (more collections on the bigger heap); by the clock 9–29×, and 67× once (see
 * timingCheck). Quadratic work is about 64× (a toy quadratic analyzer with its fixed costs 38×).
 */
export function fuzz({
  env, corpus = [], seed = 1, seconds = 10, maxExecutions = Infinity, generators = GENERATORS,
  timingEverySeconds = Math.min(5, Math.max(2, seconds / 20)), timingSize = 20000, timingLimit = 40, timingFloorMs = 100,
  shrinkMs = 20000, maxFailures = 10, sweepPatterns = false, onFailure = () => {}, onProgress, progressEverySeconds = 30, heartbeat = () => {},
}) {
  const gens = generators.filter((g) => g !== 'edits' || env.IncrementalAnalyzer);
  const stats = {
    seed, executions: 0, chars: 0, byGenerator: Object.fromEntries(gens.map((g) => [g, { executions: 0, chars: 0 }])),
    determinismChecks: 0, formatChecks: 0, incrementalEdits: 0, repeatedFailures: 0, timing: [], failures: [], slowest: { ms: 0, chars: 0, generator: '' }, elapsedMs: 0,
  };
  const t0 = performance.now();
  const elapsed = () => performance.now() - t0;
  // The first check comes after a second of warm-up; Infinity turns them off.
  let nextTiming = Number.isFinite(timingEverySeconds) ? Math.min(1000, timingEverySeconds * 1000) : Infinity;
  let nextProgress = progressEverySeconds * 1000;
  let timingK = 0;
  // One report per distinct failure (kind and message with numbers and quoted text blanked out); repeats are counted.
  const seen = new Set();
  const isRepeat = (f) => {
    const sig = signature(f);
    if (!seen.has(sig)) return false;
    stats.repeatedFailures++;
    return true;
  };
  const fail = (f) => {
    seen.add(signature(f));
    stats.failures.push(f);
    onFailure(f);
  };

  for (let index = 0; stats.executions < maxExecutions && elapsed() < seconds * 1000 && stats.failures.length < maxFailures; index++) {
    if (elapsed() >= nextTiming) {
      heartbeat(2, timingK);
      const t = timingCheck(env, seed, timingK, corpus, { timingSize, timingLimit, timingFloorMs, sweepPatterns });
      stats.timing.push(t.result);
      if (t.failure && !isRepeat(t.failure)) fail(t.failure);
      timingK++;
      // The sweep goes quicker: it is a fixed list, done once.
      const sweeping = sweepPatterns && timingK < PATTERN_UNITS.length;
      nextTiming = elapsed() + (sweeping ? Math.min(500, timingEverySeconds * 1000) : timingEverySeconds * 1000);
    }
    if (onProgress && elapsed() >= nextProgress) {
      onProgress(stats, elapsed());
      nextProgress += progressEverySeconds * 1000;
    }

    heartbeat(1, index);
    const input = makeInput(seed, index, corpus, gens);
    const g = stats.byGenerator[input.generator];
    const started = performance.now();
    let failure;
    let chars;
    if (input.generator === 'edits') {
      failure = checkEdits(env, input.texts, input.options);
      chars = input.texts.reduce((n, t) => n + t.length, 0);
      stats.incrementalEdits += input.texts.length - 1;
    } else {
      failure = checkText(env, input.text, input.options, { determinism: input.checkDeterminism, formats: input.checkFormats });
      chars = input.text.length;
      if (input.checkDeterminism) stats.determinismChecks++;
      if (input.checkFormats && env.formats) stats.formatChecks++;
    }
    const ms = performance.now() - started;
    if (ms > stats.slowest.ms) stats.slowest = { ms, chars, generator: input.generator, index };
    stats.executions++;
    stats.chars += chars;
    g.executions++;
    g.chars += chars;

    if (failure && !isRepeat(failure)) {
      const f = { ...failure, generator: input.generator, seed, index, options: input.options };
      if (input.generator === 'edits') {
        f.texts = input.texts.slice(0, (failure.step ?? input.texts.length - 1) + 1);
      } else {
        f.input = input.text;
        if (shrinkMs > 0) {
          heartbeat(3, index);
          const want = signature(failure);
          const opts = { determinism: failure.kind === 'nondeterministic', formats: failure.kind === 'format' };
          const s = shrink(input.text, (t) => signature(checkText(env, t, input.options, opts)) === want, shrinkMs);
          if (s.input.length < input.text.length) {
            f.shrunk = s.input;
            const again = checkText(env, s.input, input.options, opts);
            f.shrunkMessage = again?.message;
            f.shrunkStack = again?.stack;
          }
        }
      }
      fail(f);
    }
  }
  stats.elapsedMs = elapsed();
  return stats;
}

function timingCheck(env, seed, k, corpus, { timingSize, timingLimit, timingFloorMs, sweepPatterns }) {
  const { kind, small, big } = makeTimingInput(seed, k, corpus, timingSize, sweepPatterns);
  // Characters the analysis reports (every span's text): its JSON grows with this.
  let reported = 0;
  // CPU time of the process, not the clock. On a machine with more work than cores a run of a few
  // ms fits in one turn of the scheduler while one of 200 ms waits for a core again and again, so
  // the clock made linear work look superlinear ("Oslo " at 3 ms → 208 ms, 67×, in four runs of
  // the big text on a busy 2-core machine). The fuzz loop is the process's only busy thread (the
  // CLI's main thread only watches a heartbeat); V8's collector threads count too.
  const time = (text) => {
    const u0 = process.cpuUsage();
    const a = env.analyze(text);
    const u = process.cpuUsage(u0);
    const ms = (u.user + u.system) / 1000;
    reported = 0;
    for (const list of [a.entities, a.claims, a.statements]) for (const x of list) reported += x.end - x.start;
    return ms;
  };
  let t1;
  let t8;
  try {
    time(small); // warm-up
    t1 = Math.min(time(small), time(small), time(small));
    const smallReported = reported;
    t8 = time(big);
    const bigReported = reported;
    const ratio = () => t8 / Math.max(t1, timingFloorMs / (timingLimit * 2));
    // Again before blaming the analyzer, keeping the fastest runs: a GC or another process
    // can stall any one run, but a superlinear step is slow every time.
    for (let again = 0; again < 3 && t8 > timingFloorMs && ratio() > timingLimit; again++) {
      t1 = Math.min(t1, time(small), time(small));
      t8 = Math.min(t8, time(big));
    }
    const result = { k, kind, smallChars: small.length, bigChars: big.length, smallMs: t1, bigMs: t8, ratio: t8 / t1, smallReported, bigReported };
    // The output must stay linear too: spans that each cover the whole sentence, once per cue, make JSON of gigabytes.
    if (bigReported > 20 * big.length) {
      return {
        result,
        failure: {
          kind: 'superlinear', generator: 'timing', seed, index: k, input: small,
          message: `${kind}: output size: spans of the analysis cover ${bigReported} chars for an input of ${big.length} (${(bigReported / big.length).toFixed(0)}× the input; ${smallReported} for ${small.length} chars)`,
        },
      };
    }
    if (t8 > timingFloorMs && ratio() > timingLimit) {
      return {
        result,
        failure: {
          kind: 'superlinear', generator: 'timing', seed, index: k, input: big,
          message: `${kind}: ${small.length} chars in ${t1.toFixed(1)} ms of CPU, ${big.length} chars in ${t8.toFixed(1)} ms: ${(t8 / t1).toFixed(1)}× for 8× the input (limit ${timingLimit}×)`,
        },
      };
    }
    return { result };
  } catch (err) {
    return {
      result: { k, kind, smallChars: small.length, bigChars: big.length, smallMs: t1 ?? NaN, bigMs: t8 ?? NaN, ratio: NaN },
      failure: { kind: 'throw', generator: 'timing', seed, index: k, input: t1 === undefined ? small : big, ...errorInfo(err) },
    };
  }
}

// ------------------------------------------------------------------ reports
const fmtInt = (n) => n.toLocaleString('en-US');
const fmtChars = (n) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : String(n));

export function summary(stats) {
  const lines = [];
  const row = (k, v) => lines.push(`${k.padEnd(18)} ${v}`);
  const gens = Object.entries(stats.byGenerator);
  row('executions', `${fmtInt(stats.executions)} in ${(stats.elapsedMs / 1000).toFixed(1)} s (${gens.map(([g, s]) => `${g} ${fmtInt(s.executions)}`).join(', ')})`);
  row('chars analysed', `${fmtChars(stats.chars)} (${gens.map(([g, s]) => `${g} ${fmtChars(s.chars)}`).join(', ')})`);
  if (stats.byGenerator.edits) row('incremental edits', `${fmtInt(stats.incrementalEdits)}, each checked; every session ends with update(full) = analyze`);
  row('determinism', `${fmtInt(stats.determinismChecks)} inputs analysed twice`);
  if (stats.formatChecks) row('formats', `${fmtInt(stats.formatChecks)} inputs through JSON, brat and Markdown`);
  if (stats.timing.length) {
    const worst = stats.timing.reduce((w, t) => (t.ratio > w.ratio || Number.isNaN(w.ratio) ? t : w));
    row('time scaling', `${stats.timing.length} checks (8× input), worst ${worst.ratio.toFixed(1)}×: ${worst.kind}, ${fmtChars(worst.smallChars)} chars ${worst.smallMs.toFixed(1)} ms → ${fmtChars(worst.bigChars)} chars ${worst.bigMs.toFixed(1)} ms`);
  }
  row('slowest input', `${stats.slowest.ms.toFixed(1)} ms (${stats.slowest.generator}, ${fmtInt(stats.slowest.chars)} chars, index ${stats.slowest.index})`);
  row('failures', `${stats.failures.length}${stats.repeatedFailures ? ` distinct, and ${fmtInt(stats.repeatedFailures)} more of the same kinds` : ''}`);
  return lines.join('\n');
}

/** Writes a failure as JSON (exact) and .txt (UTF-8, readable); returns the JSON path. */
export function saveFailure(f, outDir) {
  mkdirSync(outDir, { recursive: true });
  const base = join(outDir, `${f.kind}-seed${f.seed}-${f.generator}-${f.index}`);
  writeFileSync(`${base}.json`, JSON.stringify(f, null, 2) + '\n');
  const text = f.shrunk ?? f.input ?? f.texts?.[f.texts.length - 1] ?? '';
  writeFileSync(`${base}.txt`, text);
  return `${base}.json`;
}

// ------------------------------------------------------------------ environment
function loadCorpus() {
  const shared = process.env.KILDE_SHARED ?? join(root, '..', 'shared');
  const dir = join(shared, 'corpus');
  if (!existsSync(dir)) return { dir, texts: [] };
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  return { dir, texts };
}

/** The core bundle: dist/core/index.js, or KILDE_FUZZ_CORE (e.g. an older build to compare). */
const coreBundle = () => process.env.KILDE_FUZZ_CORE || join(root, 'dist', 'core', 'index.js');

/** analyze(), IncrementalAnalyzer and the formats from the core bundle. */
function loadEnv() {
  const require = createRequire(import.meta.url);
  const core = require(coreBundle());
  core.loadGazetteer?.();
  return {
    analyze: core.analyze,
    IncrementalAnalyzer: core.IncrementalAnalyzer,
    formats: { toJson: core.toJson, toBrat: core.toBrat, toMarkdown: core.toMarkdown },
  };
}

// ------------------------------------------------------------------ command line
const USAGE = 'usage: node scripts/fuzz.mjs [--seconds N] [--seed N] [--executions N] [--only GEN,...] [--replay INDEX] [--out DIR] [--hang-seconds N] [--no-sweep]';

function parseArgs(argv) {
  const o = { seconds: 60, seed: undefined, executions: Infinity, only: GENERATORS, replay: undefined, out: join(root, 'test-output', 'fuzz'), hangSeconds: 60, sweep: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${name} needs a value`);
      return v;
    };
    const num = () => {
      const v = Number(value());
      if (!Number.isFinite(v) || v < 0) throw new Error(`${name} needs a non-negative number`);
      return v;
    };
    switch (name) {
      case '--seconds': o.seconds = num(); break;
      case '--seed': o.seed = Math.floor(num()) >>> 0; break;
      case '--executions': o.executions = Math.floor(num()); break;
      case '--replay': o.replay = Math.floor(num()); break;
      case '--hang-seconds': o.hangSeconds = num(); break;
      case '--out': o.out = value(); break;
      case '--no-sweep': o.sweep = false; break;
      case '--only': {
        o.only = value().split(',').filter(Boolean);
        const bad = o.only.filter((g) => !GENERATORS.includes(g));
        if (bad.length || !o.only.length) throw new Error(`unknown generator ${bad.join(', ')} (have ${GENERATORS.join(', ')})`);
        break;
      }
      case '--help': case '-h': console.log(USAGE); process.exit(0); break;
      default: throw new Error(`unknown option ${a}`);
    }
  }
  o.seed ??= (Date.now() ^ (process.pid << 16)) >>> 0;
  return o;
}

async function replay(o, corpus) {
  const env = loadEnv();
  const input = makeInput(o.seed, o.replay, corpus, o.only.filter((g) => g !== 'edits' || env.IncrementalAnalyzer));
  const failure = input.generator === 'edits'
    ? checkEdits(env, input.texts, input.options)
    : checkText(env, input.text, input.options, { determinism: true, formats: true });
  const chars = input.text?.length ?? input.texts.reduce((n, t) => n + t.length, 0);
  console.log(`replay: seed ${o.seed}, index ${o.replay}, ${input.generator}, ${fmtInt(chars)} chars, options ${JSON.stringify(input.options)}`);
  if (!failure) {
    console.log('replay: every check holds');
    return 0;
  }
  console.log(`replay: ${failure.kind}: ${failure.message}`);
  if (failure.stack) console.log(failure.stack);
  const { text, ...rest } = input;
  const saved = saveFailure({ ...failure, ...rest, ...(text === undefined ? {} : { input: text }), seed: o.seed, index: o.replay }, o.out);
  console.log(`replay: input written to ${relative(process.cwd(), saved)}`);
  return 1;
}

async function main() {
  let o;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`fuzz: ${err.message}\n${USAGE}`);
    return 2;
  }
  const corpus = loadCorpus();
  if (!existsSync(coreBundle())) {
    console.error(`fuzz: ${coreBundle()} is missing: run \`npm run build\` first (npm run fuzz does)`);
    return 2;
  }
  if (o.replay !== undefined) return replay(o, corpus.texts);

  console.log(`kilde fuzz: seed ${o.seed}, ${o.seconds} s, generators ${o.only.join(', ')}, node ${process.version}`);
  if (!corpus.texts.length) console.log(`fuzz: no corpus at ${corpus.dir} (set KILDE_SHARED); mutating generated text instead`);
  else console.log(`corpus: ${corpus.texts.length} files, ${fmtChars(corpus.texts.reduce((n, t) => n + t.length, 0))} chars from ${corpus.dir}`);

  // The loop runs in a worker; this thread watches a heartbeat and stops a
  // worker stuck in one analysis, regenerating its input from (seed, index).
  const beat = new Int32Array(new SharedArrayBuffer(12));
  const worker = new Worker(new URL(import.meta.url), { workerData: { o, corpus: corpus.texts, beat } });
  let saved = 0;
  let hung = false;
  const report = (f) => {
    const path = relative(process.cwd(), saveFailure(f, o.out));
    saved++;
    console.log(`\nFAIL ${f.kind} (${f.generator}, seed ${f.seed}, index ${f.index}): ${f.message.split('\n').slice(0, 6).join('\n  ')}`);
    if (f.stack) console.log(f.stack.split('\n').slice(0, 8).join('\n'));
    if (f.shrunk !== undefined) console.log(`  shrunk to ${f.shrunk.length} chars: ${JSON.stringify(f.shrunk.slice(0, 300))}${f.shrunk.length > 300 ? '…' : ''}`);
    console.log(`  written to ${path}${f.generator === 'timing' ? ' (a timing check: its input is in the file)' : ''}`);
  };
  const result = await new Promise((resolve) => {
    let last = -1;
    let still = 0;
    const watchdog = setInterval(() => {
      const count = Atomics.load(beat, 0);
      if (count !== last) {
        last = count;
        still = 0;
        return;
      }
      if (++still < o.hangSeconds) return;
      clearInterval(watchdog);
      hung = true;
      const phase = Atomics.load(beat, 1);
      const index = Atomics.load(beat, 2);
      const what = phase === 2 ? 'timing check' : phase === 3 ? 'shrinking the failure of execution' : 'execution';
      const f = { kind: 'hang', seed: o.seed, index, message: `no progress for ${o.hangSeconds} s in ${what} ${index}` };
      if (phase === 1 || phase === 3) {
        const { text, ...input } = makeInput(o.seed, index, corpus.texts, o.only);
        Object.assign(f, input, text === undefined ? {} : { input: text });
      } else if (phase === 2) {
        Object.assign(f, { generator: 'timing', input: makeTimingInput(o.seed, index, corpus.texts, 20000, o.sweep).big });
      }
      report(f);
      worker.terminate().then(() => resolve(undefined));
    }, 1000);
    worker.on('message', (m) => {
      if (m.type === 'failure') report(m.failure);
      else if (m.type === 'progress') console.error(`fuzz: ${(m.elapsedMs / 1000).toFixed(0)} s, ${fmtInt(m.executions)} executions, ${m.failures} failures`);
      else if (m.type === 'note') console.log(`fuzz: ${m.text}`);
      else if (m.type === 'done') {
        clearInterval(watchdog);
        resolve(m.stats);
      }
    });
    worker.on('error', (err) => {
      clearInterval(watchdog);
      console.error(`fuzz: the worker crashed: ${err?.stack ?? err}`);
      resolve(null);
    });
  });
  if (result) console.log('\n' + summary(result));
  if (hung) console.log('failures           1 (a hang; see above)');
  if (result === null) return 1;
  if (saved) console.log(`\n${saved} failure(s) written to ${relative(process.cwd(), o.out) || '.'}; reproduce one with --seed SEED --replay INDEX`);
  return saved || hung ? 1 : 0;
}

async function workerMain() {
  const { o, corpus, beat } = workerData;
  const env = loadEnv();
  if (!env.IncrementalAnalyzer) parentPort.postMessage({ type: 'note', text: 'the core bundle exports no IncrementalAnalyzer: the edits generator is off' });
  const stats = fuzz({
    env, corpus, seed: o.seed, seconds: o.seconds, maxExecutions: o.executions, generators: o.only, sweepPatterns: o.sweep,
    onFailure: (f) => parentPort.postMessage({ type: 'failure', failure: f }),
    onProgress: (s, elapsedMs) => parentPort.postMessage({ type: 'progress', elapsedMs, executions: s.executions, failures: s.failures.length }),
    heartbeat: (phase, index) => {
      Atomics.store(beat, 1, phase);
      Atomics.store(beat, 2, index);
      Atomics.add(beat, 0, 1);
    },
  });
  parentPort.postMessage({ type: 'done', stats });
}

if (!isMainThread && workerData?.beat) {
  workerMain().catch((err) => {
    throw err;
  });
} else if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then((code) => { process.exitCode = code; }, (err) => {
    console.error(`fuzz: ${err?.stack ?? err}`);
    process.exitCode = 1;
  });
}
