// Reads the team's own marked-up texts (test/fixtures/attribution/*.txt, markup in the README
// there) into plain text and gold in the corpus's shape, so `eval.mjs` can score them like the
// dev texts.
//   [[Name]]  a source span        [[?Name]]  an optional one
//   {{content}}<source|cue|kind>  a claim spanning its content
//   ((Name))  a place (only files that mark places are scored on them)

/** @returns {{ text: string, gold: object }} */
export function parseMarked(marked, name) {
  let text = '';
  const entities = [];
  const claims = [];
  const open = [];
  /** Where the open source span starts, and whether it is optional. */
  let source;
  let place;
  let places = false;
  let i = 0;
  while (i < marked.length) {
    if (marked.startsWith('[[', i)) {
      if (source) throw new Error(`${name}: [[ inside [[ at ${i}`);
      const optional = marked[i + 2] === '?';
      source = { start: text.length, optional };
      i += optional ? 3 : 2;
    } else if (marked.startsWith(']]', i) && source) {
      entities.push({ kind: 'source', start: source.start, end: text.length, text: text.slice(source.start), optional: source.optional });
      source = undefined;
      i += 2;
    } else if (marked.startsWith('((', i)) {
      if (place !== undefined) throw new Error(`${name}: (( inside (( at ${i}`);
      place = text.length;
      i += 2;
    } else if (marked.startsWith('))', i) && place !== undefined) {
      entities.push({ kind: 'place', start: place, end: text.length, text: text.slice(place), optional: false });
      places = true;
      place = undefined;
      i += 2;
    } else if (marked.startsWith('{{', i)) {
      open.push(text.length);
      i += 2;
    } else if (marked.startsWith('}}<', i)) {
      const start = open.pop();
      if (start === undefined) throw new Error(`${name}: }} without {{ at ${i}`);
      const close = marked.indexOf('>', i);
      const [source, cue, kind] = marked.slice(i + 3, close).split('|');
      const content = [start, text.length];
      claims.push({ start, end: text.length, text: text.slice(start), source: source || null, cue, kind, content });
      i = close + 1;
    } else {
      text += marked[i++];
    }
  }
  if (open.length) throw new Error(`${name}: unclosed {{`);
  if (source) throw new Error(`${name}: unclosed [[`);
  if (place !== undefined) throw new Error(`${name}: unclosed ((`);
  entities.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, gold: { text: name, kinds: places ? ['place', 'source', 'claim'] : ['source', 'claim'], entities, claims } };
}
