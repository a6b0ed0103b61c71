// What every analysis must satisfy, whatever the input: shared by the
// property tests (test/unit/properties.test.ts), the fuzz test
// (test/unit/fuzz.test.ts) and the fuzzer (scripts/fuzz.mjs). Plain
// JavaScript so that the fuzzer runs it without a TypeScript step.
//
// violations() lists every broken rule as one line; checkInvariants() throws
// an AssertionError with them. The rules come from src/core/model.ts and
// ../shared/ANNOTATION.md: offsets are UTF-16 code units into the analysed
// text, start inclusive, end exclusive, every `text` equals
// input.slice(start, end), ids are positions in their lists, and every
// reference points at something that exists.
import { AssertionError } from 'node:assert';

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

/** Every span the analysis reports, with a label for messages. */
export function spans(a) {
  const out = [];
  for (const e of a.entities ?? []) out.push({ what: `${e.kind} entity #${e.id}`, start: e.start, end: e.end, text: e.text });
  for (const c of a.claims ?? []) {
    out.push({ what: `claim #${c.id}`, start: c.start, end: c.end, text: c.text });
    if (c.cueSpan) out.push({ what: `cue of claim #${c.id}`, start: c.cueSpan.start, end: c.cueSpan.end });
    if (c.sourceSpan) out.push({ what: `source span of claim #${c.id}`, ...c.sourceSpan });
  }
  for (const [i, s] of (a.statements ?? []).entries()) out.push({ what: `statement ${i}`, start: s.start, end: s.end, text: s.text });
  if (a.dateline) out.push({ what: 'dateline', start: a.dateline.start, end: a.dateline.end, text: a.dateline.text });
  return out;
}

/** Zero-based line starts, counting \n, \r\n and a lone \r as VS Code does. */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function lineAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const MAX_REPORTED = 20;

/** Every rule the analysis `a` of `text` breaks, one line each (empty when all hold). */
export function violations(text, a) {
  const out = [];
  const bad = (msg) => { if (out.length < MAX_REPORTED) out.push(msg); };
  if (!a || typeof a !== 'object') return ['the analysis is not an object'];
  for (const key of ['entities', 'claims', 'sources', 'statements']) {
    if (!Array.isArray(a[key])) bad(`${key} is not an array`);
  }
  if (out.length) return out;
  if (a.stats?.chars !== text.length) bad(`stats.chars ${a.stats?.chars} differs from the text length ${text.length}`);

  for (const s of spans(a)) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) {
      bad(`${s.what}: non-integer offsets [${s.start}, ${s.end})`);
      continue;
    }
    if (!(0 <= s.start && s.start <= s.end && s.end <= text.length)) {
      bad(`${s.what}: [${s.start}, ${s.end}) outside the text (length ${text.length}) or reversed`);
      continue;
    }
    // A span never starts or ends between the two halves of a surrogate pair.
    for (const at of [s.start, s.end]) {
      if (at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))) {
        bad(`${s.what}: offset ${at} splits a surrogate pair`);
      }
    }
    if (s.text !== undefined && s.text !== text.slice(s.start, s.end)) {
      bad(`${s.what}: text ${JSON.stringify(s.text)} differs from the slice [${s.start}, ${s.end}) ${JSON.stringify(text.slice(s.start, s.end))}`);
    }
  }

  // Ids are positions; entities and claims come in document order.
  const { entities, claims, sources, statements } = a;
  entities.forEach((e, i) => {
    if (e.id !== i) bad(`entity at position ${i} has id ${e.id}`);
    if (i > 0 && e.start < entities[i - 1].start) bad(`entity #${i} starts before entity #${i - 1}`);
    if (!['place', 'number', 'source', 'person', 'organisation'].includes(e.kind)) bad(`entity #${i} has kind ${JSON.stringify(e.kind)}`);
    if (!e.meta || typeof e.meta !== 'object') bad(`entity #${i} has no meta`);
  });
  claims.forEach((c, i) => {
    if (c.id !== i) bad(`claim at position ${i} has id ${c.id}`);
    if (i > 0 && c.start < claims[i - 1].start) bad(`claim #${i} starts before claim #${i - 1}`);
    if (!['direct', 'indirect', 'according-to'].includes(c.kind)) bad(`claim #${i} has kind ${JSON.stringify(c.kind)}`);
    if (typeof c.source !== 'string' || typeof c.cue !== 'string') bad(`claim #${i}: source or cue is not a string`);
    if (!Array.isArray(c.sourceIds)) bad(`claim #${i}: sourceIds is not an array`);
    for (const id of c.sourceIds ?? []) if (!sources[id]) bad(`claim #${i} points at missing source ${id}`);
    // A claim may have no source (the text never says who): then it names none at all.
    if (c.source === '' && (c.sourceIds ?? []).length) bad(`claim #${i}: source ${JSON.stringify(c.source)} with sourceIds ${JSON.stringify(c.sourceIds)}`);
  });
  sources.forEach((s, i) => {
    if (s.id !== i) bad(`source at position ${i} has id ${s.id}`);
    for (const m of s.mentions ?? []) {
      const e = entities[m];
      if (!e || e.kind !== 'source' || e.meta.sourceId !== i) bad(`source ${i} lists mention ${m}, which is not one of its source entities`);
    }
    for (const c of s.claims ?? []) if (!claims[c]) bad(`source ${i} lists missing claim ${c}`);
  });
  for (const e of entities) {
    if (e.kind === 'source' && !sources[e.meta?.sourceId]) bad(`source entity #${e.id} points at missing source ${e.meta?.sourceId}`);
    if (e.kind === 'person' || e.kind === 'organisation') {
      if (typeof e.meta?.canonical !== 'string' || !e.meta.canonical) bad(`${e.kind} entity #${e.id} has no canonical name`);
      if (e.meta?.sourceId !== undefined && !sources[e.meta.sourceId]) bad(`${e.kind} entity #${e.id} points at missing source ${e.meta.sourceId}`);
    }
    if (e.kind === 'number') {
      for (const o of e.meta?.conflictsWith ?? []) {
        if (entities[o]?.kind !== 'number') bad(`number entity #${e.id} conflicts with #${o}, which is not a number entity`);
      }
    }
  }
  statements.forEach((s, i) => {
    for (const n of s.numbers ?? []) {
      const e = entities[n];
      if (!e || e.kind !== 'number') bad(`statement ${i} lists ${n}, which is not a number entity`);
      else if (e.end <= s.start || e.start >= s.end) bad(`statement ${i} [${s.start}, ${s.end}) lists number #${n} [${e.start}, ${e.end}) outside it`);
    }
  });

  // Line numbers as VS Code counts them (\n, \r\n, lone \r).
  if (claims.length || statements.length) {
    const starts = lineStarts(text);
    for (const c of claims) {
      if (Number.isInteger(c.start) && c.line !== lineAt(starts, c.start)) bad(`claim #${c.id}: line ${c.line}, but offset ${c.start} is on line ${lineAt(starts, c.start)}`);
    }
    statements.forEach((s, i) => {
      if (Number.isInteger(s.start) && s.line !== lineAt(starts, s.start)) bad(`statement ${i}: line ${s.line}, but offset ${s.start} is on line ${lineAt(starts, s.start)}`);
    });
  }
  return out;
}

/** Throws an AssertionError listing every broken rule. */
export function checkInvariants(text, a) {
  const found = violations(text, a);
  if (found.length) {
    throw new AssertionError({ message: `${found.length} invariant(s) broken (input of ${text.length} chars):\n  ${found.join('\n  ')}` });
  }
}

// Everything Python's str.splitlines() breaks on (brat reads .ann files with it), and tab.
const ANN_BREAK = /[\t\n\v\f\r\x1c\x1d\x1e\x85\u2028\u2029]/;

/**
 * What a brat standoff file (toBrat(analysis, text), no BOM) must satisfy: one
 * annotation per line, tab-separated fields, and each T line's text equal to
 * its code-point fragments of `text` joined by one space, as brat checks.
 */
export function bratViolations(text, ann) {
  const out = [];
  const bad = (msg) => { if (out.length < MAX_REPORTED) out.push(msg); };
  if (ann === '') return out;
  if (!ann.endsWith('\n')) bad('the file does not end with a line break');
  const cps = Array.from(text);
  const ids = new Set();
  for (const line of ann.slice(0, -1).split('\n')) {
    const fields = line.split('\t');
    if (fields.some((f) => ANN_BREAK.test(f))) {
      bad(`a line break inside an annotation line: ${JSON.stringify(line.slice(0, 80))}`);
      continue;
    }
    const id = fields[0];
    if (ids.has(id)) bad(`duplicate id ${id}`);
    ids.add(id);
    if (/^T\d+$/.test(id)) {
      const m = fields.length === 3 && /^\S+ (\d+ \d+(?:;\d+ \d+)*)$/.exec(fields[1]);
      if (!m) {
        bad(`malformed T line: ${JSON.stringify(line.slice(0, 80))}`);
        continue;
      }
      const frags = m[1].split(';').map((f) => f.split(' ').map(Number));
      let prevEnd = 0;
      for (const [s, e] of frags) {
        if (!(s < e && e <= cps.length && s >= prevEnd)) bad(`${id}: fragment ${s} ${e} empty, out of order or outside the text (${cps.length} code points)`);
        prevEnd = e;
      }
      const shown = frags.map(([s, e]) => cps.slice(s, e).join('')).join(' ');
      if (shown !== fields[2]) bad(`${id}: text ${JSON.stringify(fields[2])} differs from its fragments ${JSON.stringify(shown)}`);
    } else if (/^A\d+$/.test(id)) {
      if (fields.length !== 2 || !/^\S+ T\d+ \S+$/.test(fields[1])) bad(`malformed A line: ${JSON.stringify(line.slice(0, 80))}`);
    } else if (/^R\d+$/.test(id)) {
      if (fields.length !== 2 || !/^\S+ Arg1:T\d+ Arg2:T\d+$/.test(fields[1])) bad(`malformed R line: ${JSON.stringify(line.slice(0, 80))}`);
    } else if (/^#\d+$/.test(id)) {
      if (fields.length !== 3 || !/^AnnotatorNotes T\d+$/.test(fields[1])) bad(`malformed note line: ${JSON.stringify(line.slice(0, 80))}`);
    } else bad(`unknown annotation line: ${JSON.stringify(line.slice(0, 80))}`);
  }
  // Every reference points at a T line.
  for (const line of ann.split('\n')) {
    for (const ref of line.matchAll(/(?:Arg[12]:|AnnotatorNotes |^A\d+\t\S+ )(T\d+)/g)) {
      if (!ids.has(ref[1])) bad(`${line.split('\t')[0]} refers to missing ${ref[1]}`);
    }
  }
  return out;
}
