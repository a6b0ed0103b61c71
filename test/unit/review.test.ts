import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import type { Analysis, AnchoredReview, Claim, Review, Verdict } from '../../src/core/model';
import {
  byCheckWorthiness,
  checkWorthiness,
  claimReviewJson,
  hasComparison,
  newReviewId,
  numbersWithin,
  parseSidecar,
  SIDECAR_VERSION,
  sidecarName,
  toClaimReviews,
  toReviewReport,
  toSidecar,
  VERDICTS,
} from '../../src/core/review';
import type { ClaimReviewInput } from '../../src/core/review';

const FIXTURES = join(__dirname, '..', 'fixtures', 'review');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

// ---------------------------------------------------------------- helpers

// The unattributed claim comes first: after another claim, "heter det" would be read as its speaker's.
const NB = [
  'Skolen er dårlig, heter det.',
  'Ifølge SSB økte prisene med 4,8 prosent i fjor.',
  'Ordfører Kari Nordmann sa at brua er trygg.',
  '– Vi har færre ansatte enn før, sier rådmann Per Hansen.',
].join('\n');

const EN = [
  'The unemployment rate rose to 5 percent in March, the Labor Department said.',
  'The mayor, John Smith, said the bridge is safe.',
  'Unemployment is higher than in any other state, according to the report.',
].join('\n');

function claimWith(a: Analysis, content: string): Claim {
  const c = a.claims.find((x) => x.text.includes(content));
  assert.ok(c, `no claim with "${content}" in ${JSON.stringify(a.claims.map((x) => x.text))}`);
  return c;
}

let counter = 0;
function reviewOf(text: string, claim: Claim, verdict: Verdict, note = '', author = 'Kari Fakta'): Review {
  counter++;
  return {
    id: `urn:uuid:00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    verdict,
    note,
    author,
    created: '2024-10-18T10:00:00.000Z',
    modified: '2024-10-18T12:30:00.000Z',
    quote: {
      type: 'TextQuoteSelector',
      exact: claim.text,
      prefix: text.slice(Math.max(0, claim.start - 32), claim.start),
      suffix: text.slice(claim.end, claim.end + 32),
    },
    position: { type: 'TextPositionSelector', start: claim.start, end: claim.end },
  };
}

const anchoredTo = (claim: Claim, review: Review): AnchoredReview => ({
  review, method: 'position', claimId: claim.id, start: claim.start, end: claim.end,
});
const detachedReview = (review: Review): AnchoredReview => ({ review, method: 'detached' });

// Written independently of the module's comparator, so a wrong order there shows here.
const inFileOrder = (rs: readonly Review[]) =>
  [...rs].sort((a, b) => (a.position.start - b.position.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function parsedOk(json: string): Review[] {
  const read = parseSidecar(json);
  assert.ok(read.ok, read.ok ? '' : read.error);
  return read.reviews;
}

function parseError(json: string): string {
  const read = parseSidecar(json);
  assert.ok(!read.ok, 'expected an error, got reviews');
  return read.error;
}

/** A valid sidecar as an object, to break in one place. */
function validDoc(): any {
  const a = analyze(NB);
  const reviews = [reviewOf(NB, claimWith(a, 'prisene'), 'false', 'Tallet er 4,2.'), reviewOf(NB, claimWith(a, 'brua'), 'true')];
  return JSON.parse(toSidecar(reviews, { name: 'sak.txt' }));
}

// ---------------------------------------------------------------- sidecar

describe('review sidecar: writing', () => {
  it('names the sidecar after the article, extension and all', () => {
    assert.equal(sidecarName('a.txt'), 'a.txt.kilde.json');
    assert.equal(sidecarName('saker/Nyhet om «ting».news'), 'saker/Nyhet om «ting».news.kilde.json');
  });

  it('makes urn:uuid ids, a new one each time', () => {
    const ids = new Set(Array.from({ length: 50 }, newReviewId));
    assert.equal(ids.size, 50);
    for (const id of ids) assert.match(id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('writes a W3C AnnotationCollection with one embedded AnnotationPage', () => {
    const doc = validDoc();
    assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(doc.type, 'AnnotationCollection');
    assert.equal(doc['schema:version'], SIDECAR_VERSION);
    assert.deepEqual(doc.generator, { type: 'Software', name: 'Kilde' });
    assert.equal(doc.total, 2);
    assert.equal(doc.first.type, 'AnnotationPage');
    assert.equal(doc.first.items.length, 2);
    assert.equal(doc.items, undefined);
  });

  it('writes each review as an assessing Annotation: verdict and note bodies, quote and position selectors', () => {
    const [withNote, withoutNote] = validDoc().first.items;
    assert.equal(withNote.type, 'Annotation');
    assert.equal(withNote.motivation, 'assessing');
    assert.match(withNote.id, /^urn:uuid:/);
    assert.equal(withNote.created, '2024-10-18T10:00:00.000Z');
    assert.equal(withNote.modified, '2024-10-18T12:30:00.000Z');
    assert.deepEqual(withNote.creator, { type: 'Person', name: 'Kari Fakta' });
    assert.deepEqual(withNote.body, [
      { type: 'TextualBody', purpose: 'assessing', value: 'false' },
      { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: 'Tallet er 4,2.' },
    ]);
    // No commenting body for an empty note.
    assert.deepEqual(withoutNote.body, [{ type: 'TextualBody', purpose: 'assessing', value: 'true' }]);
    assert.equal(withNote.target.source, 'sak.txt');
    const [quote, position] = withNote.target.selector;
    assert.equal(quote.type, 'TextQuoteSelector');
    assert.equal(quote.exact, 'økte prisene med 4,8 prosent i fjor');
    assert.ok(quote.prefix.endsWith('.\nIfølge SSB '));
    assert.equal(position.type, 'TextPositionSelector');
    assert.equal(NB.slice(position.start, position.end), quote.exact);
  });

  it('leaves the creator out for an empty author', () => {
    const a = analyze(NB);
    const doc = JSON.parse(toSidecar([reviewOf(NB, a.claims[0], 'true', '', '')], { name: 'a.txt' }));
    assert.equal('creator' in doc.first.items[0], false);
  });

  it('targets the uri when given, else the file name as a relative IRI', () => {
    const a = analyze(NB);
    const r = [reviewOf(NB, a.claims[0], 'true')];
    const source = (article: { name: string; uri?: string }) => JSON.parse(toSidecar(r, article)).first.items[0].target.source;
    assert.equal(source({ name: 'a.txt', uri: 'https://example.com/sak/1' }), 'https://example.com/sak/1');
    assert.equal(source({ name: 'Ærlig sak 1.txt' }), 'Ærlig%20sak%201.txt');
    assert.equal(source({ name: 'a:b#c?.txt' }), 'a%3Ab%23c%3F.txt');
    assert.equal(source({ name: 'x\uD800.txt' }), 'x%EF%BF%BD.txt');
  });

  it('prints two-space JSON with a trailing newline, in position order whatever the input order', () => {
    const a = analyze(NB);
    const reviews = a.claims.map((c, i) => reviewOf(NB, c, VERDICTS[i % VERDICTS.length]));
    const forwards = toSidecar(reviews, { name: 'a.txt' });
    assert.equal(toSidecar([...reviews].reverse(), { name: 'a.txt' }), forwards);
    assert.ok(forwards.endsWith('}\n') && !forwards.endsWith('\n\n'));
    assert.ok(forwards.includes('\n  "type": "AnnotationCollection"'));
    const starts = JSON.parse(forwards).first.items.map((i: any) => i.target.selector[1].start);
    assert.deepEqual(starts, [...starts].sort((x: number, y: number) => x - y));
  });

  it('orders reviews at the same position by id', () => {
    const a = analyze(NB);
    const one = { ...reviewOf(NB, a.claims[0], 'true'), id: 'urn:uuid:b' };
    const two = { ...reviewOf(NB, a.claims[0], 'false'), id: 'urn:uuid:a' };
    assert.deepEqual(parsedOk(toSidecar([one, two], { name: 'a.txt' })).map((r) => r.id), ['urn:uuid:a', 'urn:uuid:b']);
  });
});

describe('review sidecar: round trip', () => {
  it('reads back the reviews it wrote, on Norwegian and English claims', () => {
    for (const text of [NB, EN]) {
      const a = analyze(text);
      assert.ok(a.claims.length >= 3);
      const reviews = a.claims.map((c, i) =>
        reviewOf(text, c, VERDICTS[(i * 3) % VERDICTS.length], i % 2 ? '' : `Sjekket mot kilden.\r\nSe https://ssb.no/${i} <b>&</b>`, i === 1 ? '' : 'Per'),
      );
      assert.deepEqual(parsedOk(toSidecar(reviews, { name: 'a.txt' })), inFileOrder(reviews));
    }
  });

  it('reads back an empty collection', () => {
    assert.deepEqual(parsedOk(toSidecar([], { name: 'a.txt' })), []);
  });

  it('reads back any reviews: arbitrary text, lone surrogates, any offsets', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    const offset = fc.nat({ max: Number.MAX_SAFE_INTEGER });
    const review: fc.Arbitrary<Review> = fc
      .record({
        id: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
        verdict: fc.constantFrom(...VERDICTS),
        note: text, author: text, created: text, modified: text, exact: text, prefix: text, suffix: text,
        a: offset, b: offset,
      })
      .map((r) => ({
        id: r.id, verdict: r.verdict, note: r.note, author: r.author, created: r.created, modified: r.modified,
        quote: { type: 'TextQuoteSelector', exact: r.exact, prefix: r.prefix, suffix: r.suffix },
        position: { type: 'TextPositionSelector', start: Math.min(r.a, r.b), end: Math.max(r.a, r.b) },
      }));
    const reviews = fc.uniqueArray(review, { selector: (r) => r.id, maxLength: 8 });
    fc.assert(fc.property(reviews, fc.string({ unit: 'binary', maxLength: 20 }), (rs, name) => {
      assert.deepEqual(parsedOk(toSidecar(rs, { name })), inFileOrder(rs));
    }), { numRuns: 300 });
  });

  it('carries a 2 MB note', () => {
    const a = analyze(NB);
    const note = 'Lang notat «med» tegn\n'.repeat(100_000);
    const [back] = parsedOk(toSidecar([reviewOf(NB, a.claims[0], 'true', note)], { name: 'a.txt' }));
    assert.equal(back.note, note);
  });

  it('reads the committed sample file, and writes it again byte for byte', () => {
    const json = fixture('sample.kilde.json');
    const reviews: Review[] = [
      {
        id: 'urn:uuid:3f0b1c2e-8a4d-4e5f-9a6b-7c8d9e0f1a2b',
        verdict: 'mostly-true',
        note: '',
        author: 'Kari Fakta',
        created: '2024-10-18T10:00:00.000Z',
        modified: '2024-10-18T10:00:00.000Z',
        quote: { type: 'TextQuoteSelector', exact: 'økte prisene med 4,8 prosent i fjor', prefix: 'r dårlig, heter det.\nIfølge SSB ', suffix: '.\nOrdfører Kari Nordmann sa at b' },
        position: { type: 'TextPositionSelector', start: 40, end: 75 },
      },
      {
        id: 'urn:uuid:9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f',
        verdict: 'false',
        note: 'Brua ble stengt 3. oktober.\nKilde: https://www.vegvesen.no/',
        author: 'Per Sjekker',
        created: '2024-10-18T10:05:00.000Z',
        modified: '2024-10-18T11:20:00.000Z',
        quote: { type: 'TextQuoteSelector', exact: 'brua er trygg', prefix: 'r.\nOrdfører Kari Nordmann sa at ', suffix: '.\n– Vi har færre ansatte enn før' },
        position: { type: 'TextPositionSelector', start: 106, end: 119 },
      },
    ];
    assert.deepEqual(parsedOk(json), reviews);
    assert.equal(toSidecar(reviews, { name: 'sak.txt' }), json);
    // And the sample's selectors fit this test's article.
    for (const r of reviews) assert.equal(NB.slice(r.position.start, r.position.end), r.quote.exact);
  });
});

describe('review sidecar: reading errors', () => {
  // Each case breaks a valid file in one place; the message must say what, in one short line.
  const cases: [string, (d: any) => unknown, RegExp][] = [
    ['no @context', (d) => { delete d['@context']; }, /no "@context"/],
    ['another @context', (d) => { d['@context'] = 'https://schema.org'; }, /not the W3C Web Annotation context/],
    ['an @context array without the annotation context', (d) => { d['@context'] = ['https://schema.org', {}]; }, /not the W3C Web Annotation context/],
    ['no version', (d) => { delete d['schema:version']; }, /no "schema:version"/],
    ['a version in a string', (d) => { d['schema:version'] = '1'; }, /not a format version/],
    ['version 0', (d) => { d['schema:version'] = 0; }, /not a format version/],
    ['version 1.5', (d) => { d['schema:version'] = 1.5; }, /not a format version/],
    ['a newer version', (d) => { d['schema:version'] = SIDECAR_VERSION + 1; }, /newer Kilde \(format 2; this one reads 1\)/],
    ['not a collection', (d) => { d.type = 'Annotation'; }, /not an AnnotationCollection/],
    ['no first page while total says 2', (d) => { delete d.first; }, /no "first" page/],
    ['a first page elsewhere', (d) => { d.first = 'https://example.com/page1'; }, /embedded page/],
    ['a first that is no page', (d) => { d.first.type = 'Collection'; }, /not an AnnotationPage/],
    ['a second page', (d) => { d.first.next = 'https://example.com/page2'; }, /more than one page/],
    ['no items', (d) => { delete d.first.items; }, /no "items" list/],
    ['items not a list', (d) => { d.first.items = {}; }, /no "items" list/],
    ['an item that is no object', (d) => { d.first.items[1] = 'urn:uuid:x'; }, /Annotation 2 in the review file is not an object/],
    ['no id', (d) => { delete d.first.items[0].id; }, /Annotation 1 in the review file has no id/],
    ['an empty id', (d) => { d.first.items[0].id = ''; }, /has no id/],
    ['a numeric id', (d) => { d.first.items[0].id = 7; }, /has no id/],
    ['the same id twice', (d) => { d.first.items[1].id = d.first.items[0].id; }, /Annotation 2 has the same id/],
    ['not an Annotation', (d) => { d.first.items[0].type = 'Note'; }, /is not of type "Annotation"/],
    ['another motivation', (d) => { d.first.items[0].motivation = 'commenting'; }, /motivation is not "assessing"/],
    ['no created date', (d) => { delete d.first.items[0].created; }, /no "created" date/],
    ['a modified date that is a number', (d) => { d.first.items[0].modified = 20241018; }, /"modified" date that is not text/],
    ['a creator without a name', (d) => { d.first.items[0].creator = { type: 'Person' }; }, /creator without a name/],
    ['a creator as a string', (d) => { d.first.items[0].creator = 'Kari'; }, /creator without a name/],
    ['no body', (d) => { delete d.first.items[0].body; }, /has no verdict/],
    ['no assessing body', (d) => { d.first.items[0].body = [d.first.items[0].body[1]]; }, /has no verdict/],
    ['a body that is a string', (d) => { d.first.items[0].body = ['true']; }, /body that is not an object/],
    ['an unknown verdict', (d) => { d.first.items[0].body[0].value = 'pants-on-fire'; }, /unknown verdict "pants-on-fire"/],
    ['a verdict in the wrong case', (d) => { d.first.items[0].body[0].value = 'True'; }, /unknown verdict "True"/],
    ['a numeric verdict', (d) => { d.first.items[0].body[0].value = 5; }, /unknown verdict\./],
    ['two verdicts', (d) => { d.first.items[0].body.push({ type: 'TextualBody', purpose: 'assessing', value: 'true' }); }, /more than one body with purpose "assessing"/],
    ['a note that is not text', (d) => { d.first.items[0].body[1].value = ['x']; }, /note that is not text/],
    ['no target', (d) => { delete d.first.items[0].target; }, /no target/],
    ['a target that is only an IRI', (d) => { d.first.items[0].target = 'sak.txt'; }, /no target/],
    ['no TextQuoteSelector', (d) => { d.first.items[0].target.selector.shift(); }, /exactly one TextQuoteSelector/],
    ['two TextQuoteSelectors', (d) => { const s = d.first.items[0].target.selector; s.push({ ...s[0] }); }, /exactly one TextQuoteSelector/],
    ['no exact text', (d) => { delete d.first.items[0].target.selector[0].exact; }, /without "exact" text/],
    ['a numeric prefix', (d) => { d.first.items[0].target.selector[0].prefix = 3; }, /"prefix" that is not text/],
    ['a selector that is a string', (d) => { d.first.items[0].target.selector.push('#char=1,2'); }, /selector that is not an object/],
    ['no TextPositionSelector', (d) => { d.first.items[0].target.selector.pop(); }, /exactly one TextPositionSelector/],
    ['a negative start', (d) => { d.first.items[0].target.selector[1].start = -1; }, /not whole numbers of 0 or more/],
    ['a fractional end', (d) => { d.first.items[0].target.selector[1].end = 46.5; }, /not whole numbers of 0 or more/],
    ['an end in a string', (d) => { d.first.items[0].target.selector[1].end = '46'; }, /not whole numbers of 0 or more/],
    ['an unsafe integer', (d) => { d.first.items[0].target.selector[1].end = 1e20; }, /not whole numbers of 0 or more/],
    ['no end', (d) => { delete d.first.items[0].target.selector[1].end; }, /not whole numbers of 0 or more/],
    ['start after end', (d) => { const s = d.first.items[0].target.selector[1]; [s.start, s.end] = [s.end, s.start]; }, /starts after it ends/],
  ];

  for (const [name, breakIt, message] of cases) {
    it(`refuses ${name}`, () => {
      const doc = validDoc();
      breakIt(doc);
      const error = parseError(JSON.stringify(doc));
      assert.match(error, message);
      assert.ok(!/[\r\n]/.test(error) && error.length < 220, `not one short line: ${error}`);
    });
  }

  it('refuses what is not JSON, or not a JSON object', () => {
    for (const text of ['', '{', '{"a":1,}', 'undefined', '\uFEFF{}', 'NaN']) assert.match(parseError(text), /not valid JSON/);
    for (const text of ['null', '[]', '"x"', '42', 'true', `[${toSidecar([], { name: 'a' })}]`]) {
      assert.equal(parseError(text), 'The review file does not hold a JSON object.');
    }
  });

  it('accepts an array @context that includes the annotation context, and an empty collection without pages', () => {
    const doc = validDoc();
    doc['@context'] = ['http://www.w3.org/ns/anno.jsonld', { kilde: 'urn:kilde:' }];
    assert.equal(parsedOk(JSON.stringify(doc)).length, 2);
    delete doc.first;
    doc.total = 0;
    assert.deepEqual(parsedOk(JSON.stringify(doc)), []);
  });

  it('reads a lone body and a lone selector as W3C allows, and defaults the optional parts', () => {
    const doc = validDoc();
    const item = doc.first.items[1];
    item.body = item.body[0];
    delete item.modified;
    delete item.creator;
    delete item.target.selector[0].prefix;
    delete item.target.selector[0].suffix;
    const [, r] = parsedOk(JSON.stringify(doc));
    assert.equal(r.verdict, 'true');
    assert.equal(r.note, '');
    assert.equal(r.author, '');
    assert.equal(r.modified, r.created);
    assert.equal(r.quote.prefix, '');
    assert.equal(r.quote.suffix, '');
    item.target.selector = item.target.selector[1];
    assert.match(parseError(JSON.stringify(doc)), /exactly one TextQuoteSelector/);
  });

  it('keeps hostile text in a message to one short line', () => {
    const doc = validDoc();
    doc.first.items[0].id = 'urn:x\n\u2028line two\r\n' + 'x'.repeat(100_000);
    doc.first.items[0].body[0].value = 'evil\nverdict\u0000';
    const error = parseError(JSON.stringify(doc));
    assert.match(error, /^Annotation 1 \("urn:x line two x+…"\) has an unknown verdict "evil verdict"\.$/);
    assert.ok(error.length < 200);
    assert.ok(!/[\r\n]/.test(parseError('{"a": \n\n\n nope}')));
  });

  it('reads only own keys: "__proto__", "constructor" and friends neither help nor pollute', () => {
    const doc = validDoc();
    const item = doc.first.items[0];
    const proto = JSON.stringify({ id: 'urn:from-proto', type: 'Annotation', polluted: true });
    // An annotation whose every required key sits under "__proto__" has none of its own.
    const hostile = `{"__proto__": ${proto}, "constructor": {"prototype": {"polluted": true}}, "toString": 1}`;
    const text = JSON.stringify(doc).replace(JSON.stringify(item), hostile);
    assert.match(parseError(text), /Annotation 1 in the review file has no id/);
    assert.equal(({} as any).polluted, undefined);
    // A well-formed file with such keys beside the real ones still reads, and nothing leaks into the reviews.
    const extra = JSON.stringify(doc).replace('"type":"Annotation"', `"type":"Annotation","__proto__":${proto}`);
    const [r] = parsedOk(extra);
    assert.equal((r as any).polluted, undefined);
    assert.equal(Object.getPrototypeOf(r), Object.prototype);
    assert.deepEqual(Object.keys(r), ['id', 'verdict', 'note', 'author', 'created', 'modified', 'quote', 'position']);
    // A collection whose context only hides under "__proto__" has none.
    assert.match(parseError(`{"__proto__": {"@context": "http://www.w3.org/ns/anno.jsonld"}}`), /no "@context"/);
  });

  it('does not take keys from a polluted Object.prototype', () => {
    const doc = validDoc();
    delete doc.first.items[0].created;
    const text = JSON.stringify(doc);
    const proto = Object.prototype as any;
    proto.created = '2024-01-01T00:00:00Z';
    try {
      assert.match(parseError(text), /no "created" date/);
    } finally {
      delete proto.created;
    }
  });

  it('never throws on huge or deeply nested input', () => {
    assert.ok(!parseSidecar('['.repeat(200_000) + ']'.repeat(200_000)).ok);
    assert.ok(!parseSidecar('{"a":'.repeat(100_000)).ok);
    assert.ok(!parseSidecar('"' + 'x'.repeat(5_000_000) + '"').ok);
  });
});

describe('review sidecar: fuzz', () => {
  it('never throws on arbitrary strings or arbitrary JSON', () => {
    const input = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.json(),
      fc.anything().map((x) => JSON.stringify(x) ?? ''),
    );
    fc.assert(fc.property(input, (text) => {
      const read = parseSidecar(text);
      if (!read.ok) assert.equal(typeof read.error, 'string');
    }), { numRuns: 2000 });
  });

  // Walks `path` (indexes into each level's keys) and replaces, deletes or renames what it finds.
  type Mutation = { path: number[]; op: 'replace' | 'delete' | 'rename'; value: unknown; key: string };
  function mutate(doc: any, m: Mutation): void {
    let node = doc;
    for (let depth = 0; depth < m.path.length; depth++) {
      const keys = Object.keys(node);
      if (!keys.length) return;
      const key = keys[m.path[depth] % keys.length];
      const child = node[key];
      const last = depth === m.path.length - 1 || typeof child !== 'object' || child === null;
      if (!last) { node = child; continue; }
      if (m.op === 'replace') node[key] = m.value;
      else if (m.op === 'delete') { if (Array.isArray(node)) node.splice(Number(key), 1); else delete node[key]; }
      else if (!Array.isArray(node)) {
        // defineProperty, so "__proto__" becomes an own key as JSON.parse would make it.
        Object.defineProperty(node, m.key, { value: child, enumerable: true, configurable: true, writable: true });
        delete node[key];
      }
      return;
    }
  }

  it('never throws on mutated valid sidecars, and whatever it accepts it can write and read again', () => {
    const base = JSON.stringify(validDoc());
    const mutation: fc.Arbitrary<Mutation> = fc.record({
      path: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
      op: fc.constantFrom('replace', 'delete', 'rename'),
      value: fc.oneof(fc.jsonValue(), fc.constantFrom(-1, 1.5, 1e21, '', 'true', 'TextQuoteSelector', null, [], {})),
      key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'id', 'type'), fc.string({ maxLength: 6 })),
    });
    let accepted = 0;
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
      const doc = JSON.parse(base);
      for (const m of ms) mutate(doc, m);
      const read = parseSidecar(JSON.stringify(doc));
      if (!read.ok) return;
      accepted++;
      for (const r of read.reviews) {
        assert.ok(VERDICTS.includes(r.verdict));
        assert.ok(Number.isSafeInteger(r.position.start) && r.position.start >= 0 && r.position.start <= r.position.end);
        for (const s of [r.id, r.note, r.author, r.created, r.modified, r.quote.exact, r.quote.prefix, r.quote.suffix]) assert.equal(typeof s, 'string');
      }
      assert.deepEqual(parsedOk(toSidecar(read.reviews, { name: 'a.txt' })), inFileOrder(read.reviews));
    }), { numRuns: 1500 });
    // The mutations must not all be fatal, or the second half of the property is never tried.
    assert.ok(accepted > 50, `only ${accepted} mutated files were accepted`);
  });
});

// ---------------------------------------------------------------- ClaimReview

// A hand-built analysis for the fixture: the expected JSON must not move when the analyser's
// spans do.
function fixtureInput(): ClaimReviewInput {
  const text = 'Ifølge SSB økte prisene med 4,8 prosent i fjor. Kari Nordmann sa at brua er trygg.\n'
    + 'Skolen er dårlig, heter det. Sør-Korea og Ukraina hevder at soldatene er sendt.';
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const claim = (id: number, content: string, source: string, sourceIds: number[], cue: string, line: number): Claim => ({
    id, ...span(content), source, sourceIds, cue, cueSpan: span(cue), kind: 'indirect', line,
  });
  const analysis: Analysis = {
    version: 1,
    language: 'nb',
    entities: [
      { id: 0, kind: 'number', ...span('4,8 prosent'), meta: { kind: 'percent', value: 4.8, unit: '%', approximate: false } },
    ],
    claims: [
      claim(0, 'økte prisene med 4,8 prosent i fjor', 'SSB', [0], 'Ifølge', 0),
      claim(1, 'brua er trygg', 'Kari Nordmann', [1], 'sa', 0),
      claim(2, 'Skolen er dårlig', '', [], 'heter det', 1),
      claim(3, 'soldatene er sendt', 'Sør-Korea og Ukraina', [2, 3], 'hevder', 1),
    ],
    sources: [
      { id: 0, name: 'SSB', sourceType: 'organisation', mentions: [], claims: [0] },
      { id: 1, name: 'Kari Nordmann', sourceType: 'person', mentions: [], claims: [1] },
      { id: 2, name: 'Sør-Korea', sourceType: 'country', mentions: [], claims: [3] },
      { id: 3, name: 'Ukraina', sourceType: 'country', mentions: [], claims: [3] },
    ],
    statements: [],
    stats: { chars: text.length, tokens: 0, sentences: 4, paragraphs: 1 },
  };
  const c = analysis.claims;
  const anchored = [
    anchoredTo(c[3], { ...reviewOf(text, c[3], 'true'), id: 'urn:uuid:d' }),
    anchoredTo(c[0], { ...reviewOf(text, c[0], 'mostly-true', 'SSB sier 4,6 prosent. </script><script>alert(1)</script>'), id: 'urn:uuid:a' }),
    anchoredTo(c[1], { ...reviewOf(text, c[1], 'false'), id: 'urn:uuid:b' }),
    anchoredTo(c[2], { ...reviewOf(text, c[2], 'unverifiable', 'Ingen kilde.'), id: 'urn:uuid:c' }),
    // Neither of these is exported: one is work in progress, the other lost its claim.
    anchoredTo(c[1], { ...reviewOf(text, c[1], 'checking'), id: 'urn:uuid:e' }),
    detachedReview({ ...reviewOf(text, c[1], 'false', 'Gammel tekst'), id: 'urn:uuid:f' }),
  ];
  return {
    analysis, anchored,
    articleUri: 'https://example.com/nyheter/1',
    factChecker: { name: 'Faktasjekken', url: 'https://faktasjekken.example' },
    datePublished: '2024-10-19',
  };
}

describe('ClaimReview export', () => {
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(JSON.parse(fixture('claimreview.schema.json')));
  const valid = (doc: unknown) => validate(doc) || assert.fail(ajv.errorsText(validate.errors));

  it('matches the expected JSON for a small input', () => {
    const expected = JSON.parse(fixture('claimreview.expected.json'));
    assert.deepEqual(JSON.parse(claimReviewJson(fixtureInput())), expected);
  });

  it('validates against the schema, on the fixture and on analysed Norwegian and English', () => {
    valid(JSON.parse(claimReviewJson(fixtureInput())));
    for (const text of [NB, EN]) {
      const analysis = analyze(text);
      const anchored = analysis.claims.map((c, i) => anchoredTo(c, reviewOf(text, c, VERDICTS[2 + (i % 5)], i ? 'Notat' : '')));
      const input = { text, analysis, anchored, articleUri: 'file:///a.txt', factChecker: { name: 'Kilde-testen' }, datePublished: '2024-10-19T08:00:00Z' };
      const doc = JSON.parse(claimReviewJson(input));
      assert.equal(doc['@graph'].length, analysis.claims.length);
      valid(doc);
    }
  });

  it('the schema refuses broken objects', () => {
    const good = JSON.parse(claimReviewJson(fixtureInput()));
    valid(good);
    const breakages: ((d: any) => void)[] = [
      (d) => { delete d['@graph'][0].reviewRating; },
      (d) => { d['@graph'][0].reviewRating.ratingValue = 7; },
      (d) => { d['@graph'][0].reviewRating.ratingValue = 1; }, // "Mostly true" is 4
      (d) => { d['@graph'][2].reviewRating.ratingValue = 3; }, // "Unverifiable" has none
      (d) => { delete d['@graph'][1].reviewRating.bestRating; },
      (d) => { d['@graph'][0].author['@type'] = 'Person'; },
      (d) => { d['@graph'][0].itemReviewed.author.name = ''; },
      (d) => { delete d['@graph'][0].itemReviewed.appearance; },
      (d) => { d['@graph'][0].datePublished = '19.10.2024'; },
      (d) => { d['@graph'][0].claimReviewed = ''; },
      (d) => { d['@graph'][0].rating = 5; },
      (d) => { d['@context'] = 'http://schema.org/'; },
    ];
    for (const [i, breakIt] of breakages.entries()) {
      const d = structuredClone(good);
      breakIt(d);
      assert.equal(validate(d), false, `breakage ${i} passed the schema`);
    }
  });

  it('exports settled, anchored reviews only, in document order', () => {
    const graph: any[] = toClaimReviews(fixtureInput());
    assert.deepEqual(graph.map((g) => g.reviewRating.alternateName), ['Mostly true', 'False', 'Unverifiable', 'True']);
    assert.deepEqual(graph.map((g) => g.claimReviewed), ['økte prisene med 4,8 prosent i fjor', 'brua er trygg', 'Skolen er dårlig', 'soldatene er sendt']);
  });

  it('names the claim\'s author by source type, one per speaker, and none when the text never says who', () => {
    const [ssb, kari, unknown, two]: any[] = toClaimReviews(fixtureInput());
    assert.deepEqual(ssb.itemReviewed.author, { '@type': 'Organization', name: 'SSB' });
    assert.deepEqual(kari.itemReviewed.author, { '@type': 'Person', name: 'Kari Nordmann' });
    assert.equal('author' in unknown.itemReviewed, false);
    assert.deepEqual(two.itemReviewed.author, [{ '@type': 'Organization', name: 'Sør-Korea' }, { '@type': 'Organization', name: 'Ukraina' }]);
  });

  it('rates 1 to 5, and gives Unverifiable its name alone; the note is the body when there is one', () => {
    const [ssb, kari, unknown]: any[] = toClaimReviews(fixtureInput());
    assert.deepEqual(ssb.reviewRating, { '@type': 'Rating', alternateName: 'Mostly true', ratingValue: 4, bestRating: 5, worstRating: 1 });
    assert.deepEqual(unknown.reviewRating, { '@type': 'Rating', alternateName: 'Unverifiable' });
    assert.equal(unknown.reviewBody, 'Ingen kilde.');
    assert.equal('reviewBody' in kari, false);
    assert.deepEqual(kari.author, { '@type': 'Organization', name: 'Faktasjekken', url: 'https://faktasjekken.example' });
  });

  it('uses analysed claims: a person\'s and an organisation\'s claims, in Norwegian', () => {
    const analysis = analyze(NB);
    const kari = claimWith(analysis, 'brua er trygg');
    const ssb = claimWith(analysis, 'prisene');
    const input = {
      analysis, articleUri: 'https://example.com/a', factChecker: { name: 'F' }, datePublished: '2024-10-19',
      anchored: [anchoredTo(kari, reviewOf(NB, kari, 'false')), anchoredTo(ssb, reviewOf(NB, ssb, 'true'))],
    };
    const [first, second]: any[] = toClaimReviews(input);
    assert.deepEqual(first.itemReviewed.author, { '@type': 'Organization', name: 'SSB' });
    assert.deepEqual(second.itemReviewed.author, { '@type': 'Person', name: 'Kari Nordmann' });
  });

  it('is an empty graph when nothing is settled', () => {
    const input = fixtureInput();
    input.anchored = input.anchored.map((a) => ({ ...a, review: { ...a.review, verdict: 'checking' as const } }));
    assert.deepEqual(JSON.parse(claimReviewJson(input)), { '@context': 'https://schema.org', '@graph': [] });
  });

  it('can be pasted into a <script> element: no markup characters, same data', () => {
    const json = claimReviewJson(fixtureInput());
    assert.ok(!/[<>&]/.test(json));
    assert.match(json, /\\u003c\/script\\u003e/);
    const back: any = JSON.parse(json);
    assert.equal(back['@graph'][0].reviewBody, 'SSB sier 4,6 prosent. </script><script>alert(1)</script>');
  });
});

// ---------------------------------------------------------------- report

describe('review report', () => {
  const HOSTILE_NOTE = 'Se <script>alert(1)</script> og [link](command:foo) og **bold**';

  function reportInput() {
    const text = NB + '\n«Dette er **løgn** og <img src=x onerror=alert(1)>», sa Kari Nordmann.';
    const analysis = analyze(text);
    const prices = claimWith(analysis, 'prisene');
    const bridge = claimWith(analysis, 'brua');
    const lie = claimWith(analysis, 'løgn');
    const gone = { ...reviewOf(text, bridge, 'misleading', 'Avsnittet er <b>strøket</b>'), quote: { type: 'TextQuoteSelector' as const, exact: 'Fergen [går](javascript:x) i dag', prefix: '', suffix: '' } };
    const anchored: AnchoredReview[] = [
      anchoredTo(prices, reviewOf(text, prices, 'false', HOSTILE_NOTE, 'Kari <Fakta>')),
      anchoredTo(bridge, reviewOf(text, bridge, 'true')),
      anchoredTo(lie, reviewOf(text, lie, 'checking', 'Ringer henne i morgen')),
      detachedReview(gone),
    ];
    return { title: 'sak <1>.txt', text, analysis, anchored };
  }

  it('opens with how many claims are checked (settled verdicts only)', () => {
    const input = reportInput();
    const report = toReviewReport(input);
    assert.equal(report.split('\n')[0], '# Fact-check: sak &lt;1&gt;.txt');
    assert.match(report, new RegExp(`\\*\\*2 of ${input.analysis.claims.length} claims checked\\*\\* · 1 detached review\\n`));
  });

  it('groups claims by verdict in VERDICTS order, unreviewed claims as unchecked', () => {
    const input = reportInput();
    const report = toReviewReport(input);
    const headings = [...report.matchAll(/^## (.+) \((\d+)\)$/gm)].map((m) => [m[1], Number(m[2])]);
    const unreviewed = input.analysis.claims.length - 3;
    assert.deepEqual(headings, [['Unchecked', unreviewed], ['Checking', 1], ['True', 1], ['False', 1], ['Detached reviews', 1]]);
    const section = (title: string) => report.slice(report.indexOf(`## ${title}`)).split('\n## ')[0];
    assert.match(section('True'), /brua er trygg/);
    assert.match(section('Unchecked'), /Skolen er dårlig/);
    assert.match(section('Unchecked'), /Vi har færre ansatte enn før/);
    assert.match(section('Checking'), /Ringer henne i morgen/);
  });

  it('gives each claim its source (or "unknown source"), cue, 1-based line, note and figures', () => {
    const report = toReviewReport(reportInput());
    assert.match(report, /- “økte prisene med 4,8 prosent i fjor”\n {2}- Source: SSB · cue: Ifølge · line 2\n {2}- Figures: 4,8 prosent \(percent, 4\.8, %\); i fjor \(date\)\n {2}- Note: /);
    assert.match(report, /- “brua er trygg”\n {2}- Source: Kari Nordmann · cue: sa · line 3\n {2}- Reviewer: Kari Fakta \(2024-10-18T12:30:00\.000Z\)\n/);
    assert.match(report, /- “Skolen er dårlig”\n {2}- Source: _unknown source_ · cue: heter det · line 1\n/);
  });

  it('keeps notes, article text, reviewer and title inert: no HTML, links or emphasis', () => {
    const report = toReviewReport(reportInput());
    assert.ok(!report.includes('<'), 'a raw "<" reached the report');
    assert.ok(report.includes('Se &lt;script&gt;alert\\(1\\)&lt;/script&gt; og \\[link\\]\\(command:foo\\) og \\*\\*bold\\*\\*'));
    assert.ok(!report.includes('**bold**') && !report.includes('**løgn**'));
    assert.ok(!/(^|[^\\])\[/m.test(report), 'an unescaped "[" could open a link');
    assert.ok(!/\]\(/.test(report.replace(/\\\]\\\(/g, '')), 'a link destination survived');
    assert.match(report, /Reviewer: Kari &lt;Fakta&gt;/);
    assert.match(report, /“«Dette er \\\*\\\*løgn\\\*\\\* og &lt;img src=x onerror=alert\\\(1\\\)&gt;»”/);
  });

  it('lists detached reviews with their quote, verdict and note', () => {
    const report = toReviewReport(reportInput());
    const detached = report.slice(report.indexOf('## Detached reviews'));
    assert.match(detached, /- “Fergen \\\[går\\\]\\\(javascript:x\\\) i dag”: Misleading\n {2}- Note: Avsnittet er &lt;b&gt;strøket&lt;\/b&gt;\n/);
    assert.ok(!toReviewReport({ ...reportInput(), anchored: [] }).includes('Detached'));
  });

  it('says when a claim reads otherwise than when it was reviewed', () => {
    const input = reportInput();
    const prices = claimWith(input.analysis, 'prisene');
    const old = reviewOf(input.text, prices, 'true');
    old.quote = { ...old.quote, exact: 'økte prisene med 5 prosent i fjor' };
    const report = toReviewReport({ ...input, anchored: [{ review: old, method: 'fuzzy', claimId: prices.id }] });
    assert.match(report, /- Worded differently when reviewed: “økte prisene med 5 prosent i fjor”/);
    assert.ok(!toReviewReport(reportInput()).includes('Worded differently'));
  });

  it('reports an article without claims', () => {
    const report = toReviewReport({ title: 't', analysis: analyze('Ingenting her.'), anchored: [] });
    assert.equal(report, '# Fact-check: t\n\n**0 of 0 claims checked**\n\n_No attributed claims found._\n');
  });

  it('works on English', () => {
    const analysis = analyze(EN);
    const rate = claimWith(analysis, 'unemployment rate');
    const report = toReviewReport({ title: 'en', analysis, anchored: [anchoredTo(rate, reviewOf(EN, rate, 'mostly-true', 'It was 4.9.'))] });
    assert.match(report, new RegExp(`\\*\\*1 of ${analysis.claims.length} claims checked\\*\\*`));
    assert.match(report, /## Mostly true \(1\)\n\n- “The unemployment rate rose to 5 percent in March”\n {2}- Source: Labor Department · cue: said · line 1\n {2}- Figures: 5 percent \(percent, 5, %\); March \(date\)\n {2}- Note: It was 4\.9\./);
  });
});

// ---------------------------------------------------------------- worthiness

describe('check-worthiness', () => {
  it('ranks figures and comparisons 2, a named source 1, the rest 0 (Norwegian)', () => {
    const a = analyze(NB);
    assert.equal(checkWorthiness(claimWith(a, 'prisene'), a), 2); // a figure and a date
    assert.equal(checkWorthiness(claimWith(a, 'færre ansatte'), a), 2); // a comparison, no figure
    assert.equal(checkWorthiness(claimWith(a, 'brua'), a), 1);
    const unknown = claimWith(a, 'Skolen');
    assert.equal(unknown.source, '');
    assert.equal(checkWorthiness(unknown, a), 0);
  });

  it('ranks English the same way', () => {
    const a = analyze(EN);
    assert.equal(checkWorthiness(claimWith(a, 'unemployment rate'), a), 2);
    assert.equal(checkWorthiness(claimWith(a, 'higher than'), a), 2);
    assert.equal(checkWorthiness(claimWith(a, 'bridge'), a), 1);
  });

  it('orders by tier, highest first, then in document order, without touching its input', () => {
    const text = [
      'Skolen er dårlig, heter det.',
      'Ordfører Kari Nordmann sa at brua er trygg.',
      'Ifølge SSB økte prisene med 4,8 prosent i fjor.',
      'Rådmann Per Hansen sier at veien er stengt.',
      '– Vi har færre ansatte enn før, sier Hansen.',
    ].join('\n');
    const a = analyze(text);
    const before = a.claims.map((c) => c.id);
    const ordered = byCheckWorthiness(a.claims, a).map((c) => c.text);
    assert.deepEqual(ordered, ['økte prisene med 4,8 prosent i fjor', 'Vi har færre ansatte enn før', 'brua er trygg', 'veien er stengt', 'Skolen er dårlig']);
    assert.deepEqual(a.claims.map((c) => c.id), before);
    // Document order, not input order, breaks ties.
    assert.deepEqual(byCheckWorthiness([...a.claims].reverse(), a).map((c) => c.text), ordered);
  });

  it('agrees with checkWorthiness claim by claim', () => {
    const a = analyze(NB + '\n' + EN.replace(/\n/g, ' '));
    const tiers = byCheckWorthiness(a.claims, a).map((c) => checkWorthiness(c, a));
    assert.deepEqual(tiers, [...tiers].sort((x, y) => y - x));
    assert.equal(tiers.length, a.claims.length);
  });

  it('agrees with checkWorthiness on random spans, figures straddling a claim edge included', () => {
    const span = fc.tuple(fc.nat({ max: 60 }), fc.nat({ max: 12 })).map(([start, length]) => ({ start, end: start + length }));
    const world = fc.record({ claims: fc.array(fc.tuple(span, fc.boolean()), { maxLength: 12 }), numbers: fc.array(span, { maxLength: 12 }) });
    // A boolean property, not asserts: shrinking through thrown AssertionErrors took minutes here.
    fc.assert(fc.property(world, ({ claims, numbers }) => {
      const analysis = {
        entities: numbers.map((n, id) => ({ id, kind: 'number', ...n, text: 'x'.repeat(n.end - n.start), meta: { kind: 'count', approximate: false } })),
        claims: claims.map(([c, named], id) => ({ id, ...c, text: 'x'.repeat(c.end - c.start), source: named ? 'NTB' : '', sourceIds: [], cue: 'sa', cueSpan: c, kind: 'indirect', line: 0 })),
      } as unknown as Analysis;
      const expected = (c: Claim) => (numbers.some((n) => n.start >= c.start && n.end <= c.end) ? 2 : c.source ? 1 : 0);
      const ordered = byCheckWorthiness(analysis.claims, analysis);
      const singleRight = analysis.claims.every((c) => checkWorthiness(c, analysis) === expected(c));
      const inOrder = ordered.every((c, i) => {
        if (i === 0) return true;
        const [p, t] = [expected(ordered[i - 1]), expected(c)];
        return p > t || (p === t && ordered[i - 1].start <= c.start);
      });
      return singleRight && inOrder && ordered.length === claims.length;
    }), { numRuns: 500 });
  });

  it('finds comparison words as whole words only, in nb, nn and en', () => {
    for (const yes of ['flere enn før', 'dobbelt  så mange', 'Prisane auka', 'fleire folk', 'HIGHER taxes', 'more than', 'it fell', 'compared with 2020', 'lågare skatt']) {
      assert.ok(hasComparison(yes), yes);
    }
    for (const no of ['kjenner ham', 'unless', 'the record shows', 'fallet', 'most people', 'et viktig steg', 'moreover', 'høyrepartiet']) {
      assert.ok(!hasComparison(no), no);
    }
  });

  it('counts only figures wholly inside the claim', () => {
    const a = analyze(NB);
    const prices = claimWith(a, 'prisene');
    assert.deepEqual(numbersWithin(prices, a).map((e) => e.text), ['4,8 prosent', 'i fjor']);
    assert.deepEqual(numbersWithin({ start: prices.start, end: prices.end - 1 }, a).map((e) => e.text), ['4,8 prosent']);
  });
});
