#!/usr/bin/env node
// Learns the English reporting-cue word list from PolNeAR train gold
// (../shared/corpus/train/polnear-train.gold.json) and writes
// src/core/sources/data/enCues.generated.ts: word forms and counts only, no
// sentences from the corpus.
//
// For every gold claim, the cue's head word is its first word after auxiliaries
// and adverbs ("has also said" → "said"). A form is kept when it heads enough
// cues (support) and is a cue often enough where it appears in the train text at
// all (precision = cue count / token count).
// usage: node scripts/learn-en-cues.mjs [--min-count 3] [--min-precision 0.12] [--rare-below 4] [--rare-precision 0.4] [--min-adverb-count 4]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.KILDE_SHARED ?? join(root, '..', 'shared');
const train = join(shared, 'corpus', 'train');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const MIN_COUNT = opt('--min-count', 3);
const MIN_PRECISION = opt('--min-precision', 0.12);
const MIN_ADVERB_COUNT = opt('--min-adverb-count', 4);
// A form seen as a cue only a few times needs stronger evidence: it must be a cue this often.
const RARE_BELOW = opt('--rare-below', 4);
const RARE_PRECISION = opt('--rare-precision', 0.4);
// Where src/core/sources/english.ts lets a learned form report without "that" (EN_CUE_FREE_PRECISION).
const EN_FREE = 0.25;

const gold = JSON.parse(readFileSync(join(train, 'polnear-train.gold.json'), 'utf8'));
const text = readFileSync(join(train, 'polnear-train.txt'), 'utf8');

// Words skipped before the head of a cue phrase.
const SKIP = new Set([
  'has', 'have', 'had', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'will', 'would', 'also', 'later',
  'then', 'not', 'never', 'did', 'does', 'do', 'further', 'just', 'previously', 'again', 'once', 'still',
  'repeatedly', 'publicly', 'recently', 'already', 'often', 'even', 'earlier', 'first', 'can', 'could', 'may',
  'might', 'should', 'must', "n't", 'don’t', "don't", 'didn’t', "didn't", 'doesn’t', "doesn't",
]);
// Heads that are not reporting verbs: prepositions, articles, "according" (a phrase cue of its own).
const NOT_HEAD = new Set([
  'in', 'of', 'for', 'about', 'on', 'to', 'a', 'an', 'the', 'according', 'as', 'at', 'by', 'with', 'from',
  'his', 'her', 'their', 'its', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'and', 'or', 'that', 'this',
]);

// Heads that are nouns or adjectives ("eager to", "allegations that"), not reporting verbs.
const NOT_VERB = new Set([
  'eager', 'quick', 'confident', 'wary', 'reluctant', 'hopeful', 'willing', 'critical', 'angry', 'harsh', 'deep',
  'unlikely', 'allegations', 'accusations', 'complaints', 'assertion', 'criticism', 'suggestion', 'refusal',
  'decision', 'concerns', 'questions', 'requests', 'advice', 'opposition', 'endorsement', 'supporter', 'comment',
]);
const words = (s) => s.toLowerCase().replace(/[’']/g, '’').match(/[a-z][a-z’-]*/g) ?? [];
function headOf(cue) {
  for (const w of words(cue)) {
    if (SKIP.has(w)) continue;
    return NOT_HEAD.has(w) ? undefined : w;
  }
  return undefined;
}

const cueCount = new Map();
for (const c of gold.claims) {
  if (!c.cue) continue;
  const h = headOf(c.cue);
  if (h) cueCount.set(h, (cueCount.get(h) ?? 0) + 1);
}
const tokenCount = new Map();
for (const w of words(text)) if (cueCount.has(w)) tokenCount.set(w, (tokenCount.get(w) ?? 0) + 1);

const kept = [];
for (const [w, n] of cueCount) {
  const seen = tokenCount.get(w) ?? n;
  const precision = n / seen;
  if (n >= MIN_COUNT && precision >= (n < RARE_BELOW ? Math.max(RARE_PRECISION, MIN_PRECISION) : MIN_PRECISION) && w.length > 2 && !w.endsWith('ly') && !NOT_VERB.has(w) && !w.includes('’')) kept.push([w, n, seen]);
}
// The present "-s" form of a strong "-ed" cue ("urged" → "urges", "slammed" → "slams"), as headlines
// write it: too rare in train to be kept by itself, it is kept when it is a cue at least a quarter
// of the few times it appears.
const SIBLING_MIN_COUNT = opt('--sibling-min-count', 5);
const SIBLING_MIN_PRECISION = opt('--sibling-min-precision', 0.4);
const keptForms = new Set(kept.map(([w]) => w));
const textWords = new Map();
for (const w of words(text)) if (w.endsWith('s')) textWords.set(w, (textWords.get(w) ?? 0) + 1);
const siblings = [];
for (const [w, n, seen] of kept) {
  if (!w.endsWith('ed') || n < SIBLING_MIN_COUNT || n / seen < SIBLING_MIN_PRECISION) continue;
  const stem = w.slice(0, -2);
  const forms = w.endsWith('ied') ? [w.slice(0, -3) + 'ies'] : [w.slice(0, -1) + 's', stem + 's'];
  if (stem.length > 2 && stem.at(-1) === stem.at(-2)) forms.push(stem.slice(0, -1) + 's');
  for (const f of forms) {
    const fSeen = textWords.get(f) ?? 0;
    const fCue = cueCount.get(f) ?? 0;
    if (keptForms.has(f) || fSeen === 0 || fCue / fSeen < EN_FREE) continue;
    siblings.push([f, fCue, fSeen]);
    keptForms.add(f);
  }
}
kept.push(...siblings);
kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

// Base forms after "to" or a modal ("declined to endorse", "will discuss", "did not respond"): a
// form is a cue far more often there than its count over the whole text says ("discuss" heads
// a third of its infinitives, a fifth of all its uses). The learner finds each gold cue's head
// word in the text and counts, per base form in that position, cues against occurrences.
const BEFORE_BARE = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'shall', 'did', 'does', 'do']);
const BARE_SKIP = new Set(['not', 'n’t', 'never', 'also', 'still', 'just', 'even', 'ever', 'then', 'now', 'again', 'only', 'soon']);
const BARE_MIN_COUNT = opt('--bare-min-count', 3);
const tokenRe = /[A-Za-z][A-Za-z’'-]*|[^\sA-Za-z]/g;
const tokens = [...text.matchAll(tokenRe)].map((m) => [m.index, m[0].toLowerCase().replace(/'/g, '’')]);
const tokenAt = new Map(tokens.map(([at], k) => [at, k]));
// "didn’t", "won’t": a negated modal is one token; "isn’t", "hasn’t" take a participle.
const NEGATED = new Set(['won', 'wouldn', 'can', 'couldn', 'shouldn', 'mustn', 'mightn', 'didn', 'doesn', 'don']);
const bareOpener = (w) => BEFORE_BARE.has(w) || (w.endsWith('’t') && NEGATED.has(w.slice(0, -2)));
function bareContext(k) {
  let j = k - 1;
  while (j >= 0 && (BARE_SKIP.has(tokens[j][1]) || /^[a-z]{3,}ly$/.test(tokens[j][1]))) j--;
  return j >= 0 && bareOpener(tokens[j][1]);
}
const bareCue = new Map();
for (const c of gold.claims) {
  if (!c.cue) continue;
  let at = text.indexOf(c.cue, c.start);
  if (at < 0 || at >= c.end) continue;
  let k = tokenAt.get(at);
  if (k === undefined) continue;
  // The head: the first word of the cue that is not "to", a modal or an adverb.
  const end = at + c.cue.length;
  while (k < tokens.length && tokens[k][0] < end && (bareOpener(tokens[k][1]) || BARE_SKIP.has(tokens[k][1]) || /^[a-z]{3,}ly$/.test(tokens[k][1]))) k++;
  if (k >= tokens.length || tokens[k][0] >= end || !bareContext(k)) continue;
  const w = tokens[k][1];
  bareCue.set(w, (bareCue.get(w) ?? 0) + 1);
}
const bareSeen = new Map();
for (let k = 1; k < tokens.length; k++) if (bareCue.has(tokens[k][1]) && bareContext(k)) bareSeen.set(tokens[k][1], (bareSeen.get(tokens[k][1]) ?? 0) + 1);
const bare = [...bareCue]
  .map(([w, n]) => [w, n, bareSeen.get(w) ?? n])
  .filter(([w, n, seen]) => n >= BARE_MIN_COUNT && n / seen >= EN_FREE && /^[a-z]{3,}$/.test(w) && !SKIP.has(w) && !NOT_HEAD.has(w) && !NOT_VERB.has(w))
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

// Adverbs in -ly ("has steadfastly refused\", "Trump pointedly said"): they stand between a
// speaker and the cue and are never the speaker. A noun or adjective in -ly is left out: one
// with a plural ("family" / "families", "ally" / "allies"), or one that mostly follows a determiner.
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'our', 'your', 'my', 'every', 'each', 'any', 'no']);
const allWords = text.match(/[A-Za-z][A-Za-z’'-]*/g) ?? [];
const lyCount = new Map();
const lyAfterDet = new Map();
const seenWords = new Set();
for (let k = 0; k < allWords.length; k++) {
  const w = allWords[k];
  seenWords.add(w);
  if (!/^[a-z]{3,}ly$/.test(w)) continue;
  lyCount.set(w, (lyCount.get(w) ?? 0) + 1);
  if (k > 0 && DETERMINERS.has(allWords[k - 1].toLowerCase())) lyAfterDet.set(w, (lyAfterDet.get(w) ?? 0) + 1);
}
const adverbs = [...lyCount]
  .filter(([w, n]) => n >= MIN_ADVERB_COUNT && !seenWords.has(w.slice(0, -1) + 'ies') && (lyAfterDet.get(w) ?? 0) < 0.3 * n)
  .map(([w]) => w)
  .sort();

const out = join(root, 'src', 'core', 'sources', 'data', 'enCues.generated.ts');
mkdirSync(dirname(out), { recursive: true });
function rowsOf(list) {
  const rows = [];
  for (let k = 0; k < list.length; k += 6) rows.push('  ' + list.slice(k, k + 6).map(([w, n, s]) => `['${w}', ${n}, ${s}]`).join(', ') + ',');
  return rows.join('\n');
}
writeFileSync(out, `// Generated by scripts/learn-en-cues.mjs from PolNeAR train gold: do not edit.
// English reporting-cue head words: [form, times it heads a gold cue, times it
// appears in the train text]. Kept: at least ${MIN_COUNT} cues and a cue at least
// ${Math.round(MIN_PRECISION * 100)} % of the times it appears (${Math.round(RARE_PRECISION * 100)} % below ${RARE_BELOW} cues),
// and the "-s" form of an "-ed" cue seen at least ${SIBLING_MIN_COUNT} times and ${Math.round(SIBLING_MIN_PRECISION * 100)} % of the time,
// when that form is a cue at least ${Math.round(EN_FREE * 100)} % of the times it appears.
export const EN_CUE_COUNTS: ReadonlyArray<readonly [string, number, number]> = [
${rowsOf(kept)}
];

// Base forms right after "to", a modal or "did" (a negation or an adverb between): [form, times it
// heads a gold cue there, times it stands there in the train text], kept at ${BARE_MIN_COUNT} cues and ${Math.round(EN_FREE * 100)} %.
export const EN_BARE_CUE_COUNTS: ReadonlyArray<readonly [string, number, number]> = [
${rowsOf(bare)}
];
// What those forms were counted after: the core asks the same ("won’t": a negated modal is one token).
export const EN_BARE_OPENERS: ReadonlyArray<string> = [${[...BEFORE_BARE].map((w) => `'${w}'`).join(', ')}];
export const EN_BARE_NEGATED: ReadonlyArray<string> = [${[...NEGATED].map((w) => `'${w}'`).join(', ')}];

// Adverbs in -ly seen at least ${MIN_ADVERB_COUNT} times, without a plural and mostly not after a determiner.
export const EN_LY_ADVERBS: ReadonlyArray<string> = [
${wrapWords(adverbs)}
];
`);
function wrapWords(ws) {
  const rows = [];
  let row = [];
  for (const w of ws) {
    row.push(`'${w}'`);
    if (row.join(', ').length > 100) { rows.push('  ' + row.join(', ') + ','); row = []; }
  }
  if (row.length) rows.push('  ' + row.join(', ') + ',');
  return rows.join('\n');
}
console.log(`${siblings.map(([w]) => w).join(' ')}\n${bare.map(([w]) => w).join(' ')}\n${kept.length} cue forms, ${bare.length} base forms and ${adverbs.length} adverbs written to ${out}`);
