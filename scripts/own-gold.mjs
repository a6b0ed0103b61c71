// Reads the team's own marked-up texts (test/fixtures/attribution/*.txt, markup in the README
// there) into plain text and gold in the corpus's shape, so `eval.mjs` can score them like the
// dev texts.
//   [[Name]]  a source span        [[?Name]]  an optional one
//   {{content}}<source|cue|kind>  a claim spanning its content
//   ((Name))  a place (only files that mark places are scored on them)

/** @returns {{ text: string, gold: object }} */
export function parseMarked(marked, name) {
  // The plain text is gathered in runs between markers and joined once at the end: a string grown a
  // character at a time and sliced for every span is copied again for each span (quadratic on the
  // hundreds of joined articles). Spans record offsets, and their text is read from the whole.
  const runs = [];
  let length = 0;
  const entities = [];
  const claims = [];
  const open = [];
  /** Where the open source span starts, and whether it is optional. */
  let source;
  let place;
  let places = false;
  let i = 0;
  const MARKERS = /\[\[|\]\]|\(\(|\)\)|\{\{|\}\}</g;
  while (i < marked.length) {
    MARKERS.lastIndex = i;
    const m = MARKERS.exec(marked);
    const at = m ? m.index : marked.length;
    if (at > i) {
      runs.push(marked.slice(i, at));
      length += at - i;
      i = at;
      continue;
    }
    if (marked.startsWith('[[', i)) {
      if (source) throw new Error(`${name}: [[ inside [[ at ${i}`);
      const optional = marked[i + 2] === '?';
      source = { start: length, optional };
      i += optional ? 3 : 2;
    } else if (marked.startsWith(']]', i) && source) {
      entities.push({ kind: 'source', start: source.start, end: length, optional: source.optional });
      source = undefined;
      i += 2;
    } else if (marked.startsWith('((', i)) {
      if (place !== undefined) throw new Error(`${name}: (( inside (( at ${i}`);
      place = length;
      i += 2;
    } else if (marked.startsWith('))', i) && place !== undefined) {
      entities.push({ kind: 'place', start: place, end: length, optional: false });
      places = true;
      place = undefined;
      i += 2;
    } else if (marked.startsWith('{{', i)) {
      open.push(length);
      i += 2;
    } else if (marked.startsWith('}}<', i)) {
      const start = open.pop();
      if (start === undefined) throw new Error(`${name}: }} without {{ at ${i}`);
      const close = marked.indexOf('>', i);
      const [source, cue, kind] = marked.slice(i + 3, close).split('|');
      claims.push({ start, end: length, source: source || null, cue, kind, content: [start, length] });
      i = close + 1;
    } else {
      // A marker that closes nothing here ("]]" with no source open) is text, read on from its second character.
      runs.push(marked[i]);
      length += 1;
      i += 1;
    }
  }
  if (open.length) throw new Error(`${name}: unclosed {{`);
  if (source) throw new Error(`${name}: unclosed [[`);
  if (place !== undefined) throw new Error(`${name}: unclosed ((`);
  const text = runs.join('');
  const spans = entities.map((e) => ({ kind: e.kind, start: e.start, end: e.end, text: text.slice(e.start, e.end), optional: e.optional }));
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const claimsOut = claims.map((c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end), source: c.source, cue: c.cue, kind: c.kind, content: c.content }));
  return { text, gold: { text: name, kinds: places ? ['place', 'source', 'claim'] : ['source', 'claim'], entities: spans, claims: claimsOut } };
}
