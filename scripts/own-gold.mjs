// Reads the team's own marked-up attribution sentences (test/fixtures/attribution/*.txt, markup
// in the README there) into plain text and gold in the corpus's shape, so `eval.mjs` can score
// them like the dev texts.
//   [[Name]]  a source span        [[?Name]]  an optional one
//   {{content}}<source|cue|kind>  a claim spanning its content

/** @returns {{ text: string, gold: object }} */
export function parseMarked(marked, name) {
  let text = '';
  const entities = [];
  const claims = [];
  const open = [];
  let i = 0;
  while (i < marked.length) {
    if (marked.startsWith('[[', i)) {
      const end = marked.indexOf(']]', i);
      if (end < 0) throw new Error(`${name}: unclosed [[ at ${i}`);
      let span = marked.slice(i + 2, end);
      const optional = span.startsWith('?');
      if (optional) span = span.slice(1);
      entities.push({ kind: 'source', start: text.length, end: text.length + span.length, text: span, optional });
      text += span;
      i = end + 2;
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
  return { text, gold: { text: name, kinds: ['source', 'claim'], entities, claims } };
}
