import { strict as assert } from 'assert';
import { analyze } from '../../src/core';
import type { Analysis, Claim, Entity, SourceRecord } from '../../src/core/model';
import { ClaimsModel } from '../../src/extension/views/claimsModel';
import { type DistinctNode, EntitiesModel, type KindNode, KINDS } from '../../src/extension/views/entitiesModel';
import { claimWithSource } from '../../src/extension/text/claimText';
import { toMarkdown } from '../../src/core/format';
import { readFileSync } from 'fs';
import { join } from 'path';

const collator = new Intl.Collator('nb');
const sample = () => readFileSync(join(__dirname, '..', '..', 'examples', 'torskekvote.txt'), 'utf8');

const empty = (entities: Entity[], claims: Claim[] = [], sources: SourceRecord[] = []): Analysis => ({
  version: 1, language: 'nb', entities, claims, sources, statements: [], stats: { chars: 0, tokens: 0, sentences: 0, paragraphs: 0 },
});

describe('the Entities tree', () => {
  it('lists a name\'s own mentions when a newer model is asked for its children', async () => {
    // The active editor can change between VS Code asking for a name and for its mentions;
    // entity ids restart at 0 in every analysis.
    const older = new EntitiesModel(analyze(sample()), collator);
    const moe = (await older.roots()).find((k) => k.kind === 'person')!.items[0];
    const newer = new EntitiesModel(analyze(sample()), collator);
    for (const kind of await newer.roots()) for (const d of kind.items) newer.children(d);
    const kids = newer.children(moe);
    assert.ok(kids.length >= 2);
    for (const k of kids) assert.ok(k.type === 'mention' && moe.mentions.includes(k.entity));
    const own = newer.children((await newer.roots()).find((k) => k.kind === 'person')!.items[0]);
    assert.ok(own.every((k, i) => k.id !== kids[i].id), 'two analyses share a mention id');
  });

  it('has Sources, People, Organisations, Places and Numbers, in that order', async () => {
    const kinds = await new EntitiesModel(analyze(sample()), collator).roots();
    assert.deepEqual(kinds.map((k) => k.kind), ['source', 'person', 'organisation', 'place', 'number']);
    assert.deepEqual(KINDS, ['source', 'person', 'organisation', 'place', 'number']);
  });

  it('groups people and organisations by canonical name, with their mentions, role and source', async () => {
    const a = analyze(sample());
    const model = new EntitiesModel(a, collator);
    const kinds = await model.roots();
    const people = kinds.find((k) => k.kind === 'person')!;
    const orgs = kinds.find((k) => k.kind === 'organisation')!;
    const moe = people.items.find((d) => d.label === 'Ingrid Hasvik Moe');
    assert.ok(moe, people.items.map((d) => d.label).join(' | '));
    // "Ingrid Hasvik Moe" and "Moe": one person.
    assert.ok(moe.mentions.length >= 2, `${moe.mentions.length} mentions`);
    assert.ok(moe.mentions.some((m) => m.text === 'Moe'));
    assert.equal(moe.role, 'havminister');
    assert.equal(a.sources[moe.sourceId!].name, 'Ingrid Hasvik Moe');
    assert.equal(people.mentions, a.entities.filter((e) => e.kind === 'person').length);
    assert.ok(orgs.items.some((d) => d.label === 'Havforskningsinstituttet'));
    // Most mentions first.
    for (const group of [people, orgs]) {
      for (let i = 1; i < group.items.length; i++) assert.ok(group.items[i - 1].mentions.length >= group.items[i].mentions.length);
    }
    // Mentions are children of their name, and reveal finds the way back.
    const children = model.children(moe);
    assert.equal(children.length, moe.mentions.length);
    const node = await model.nodeFor(moe.mentions[1].id);
    assert.ok(node);
    assert.equal(model.parent(node), moe);
    assert.equal(model.parent(moe), people);
  });

  it('keeps a name that never speaks, with no source id, and pages a long list', async () => {
    const entities: Entity[] = [];
    for (let i = 0; i < 2500; i++) {
      const start = i * 10;
      entities.push({ id: i, kind: 'person', start, end: start + 5, text: `P${i}`, meta: { canonical: `Person ${i % 1200}` } });
    }
    entities.push({ id: 2500, kind: 'organisation', start: 30000, end: 30003, text: 'NTB', meta: { canonical: 'NTB' } });
    const model = new EntitiesModel(empty(entities), collator);
    const kinds = await model.roots();
    const people = kinds.find((k) => k.kind === 'person') as KindNode;
    assert.equal(people.items.length, 1200);
    assert.equal(people.mentions, 2500);
    assert.equal(people.items[0].sourceId, undefined);
    const top = model.children(people);
    assert.deepEqual(top.map((b) => b.type), ['bucket', 'bucket']);
    const node = await model.nodeFor(2499);
    assert.ok(node);
    const distinct = model.parent(node) as DistinctNode;
    assert.equal(distinct.label, 'Person 99');
    assert.equal(model.parent(model.parent(distinct)!), people);
    assert.deepEqual(kinds.find((k) => k.kind === 'organisation')!.items.map((d) => d.label), ['NTB']);
    assert.equal(kinds.find((k) => k.kind === 'source')!.items.length, 0);
  });

  it('gives up grouping when stopped', async () => {
    const entities: Entity[] = Array.from({ length: 200_000 }, (_, i) => ({ id: i, kind: 'person' as const, start: i * 4, end: i * 4 + 3, text: 'Ola', meta: { canonical: `Ola ${i % 50}` } }));
    const model = new EntitiesModel(empty(entities), collator);
    const roots = model.roots();
    model.stop();
    const kinds = await roots;
    assert.ok(kinds.length === 0 || kinds.length === KINDS.length);
  });
});

describe('claims with no source', () => {
  const claim = (id: number, source: string, sourceIds: number[], kind: Claim['kind'] = 'indirect'): Claim => ({
    id, start: id * 50, end: id * 50 + 30, text: `«Påstand nummer ${id}»`, source, sourceIds, cue: 'sa', cueSpan: { start: id * 50 + 40, end: id * 50 + 42 }, kind, line: id,
  });
  const records: SourceRecord[] = [{ id: 0, name: 'Kari Nordmann', sourceType: 'person', mentions: [], claims: [0] }];

  it('are grouped together, last, with no empty name shown by the model to the view', async () => {
    // The unknown source has more claims than Kari, and still comes after her.
    const a = empty([], [claim(0, 'Kari Nordmann', [0]), claim(1, '', []), claim(2, '', [])], records);
    const model = new ClaimsModel(a, 'source', collator);
    const roots = await model.roots();
    assert.equal(roots.length, 2);
    const [kari, unknown] = roots;
    assert.ok(kari.type === 'source' && !kari.unknown && kari.name === 'Kari Nordmann');
    assert.ok(unknown.type === 'source' && unknown.unknown);
    assert.equal(unknown.claims.length, 2);
    assert.notEqual(unknown.id, kari.id);
    const node = await model.nodeFor(2);
    assert.equal(model.parent(node!), unknown);
  });

  it('are copied with "unknown source" wording, never an empty name', () => {
    const direct = claim(1, '', [], 'direct');
    assert.match(claimWithSource(direct), /— unknown source \(sa\)$/);
    assert.match(claimWithSource(claim(1, '', [])), /^Unknown source: /);
    assert.match(claimWithSource(direct, { inline: 'ukjent kilde', leading: 'Ukjent kilde' }), /— ukjent kilde \(sa\)$/);
    assert.match(claimWithSource(claim(0, 'Kari Nordmann', [0])), /^Kari Nordmann: /);
  });

  it('say "unknown source" in the Markdown report', () => {
    const a = empty([], [claim(0, 'Kari Nordmann', [0]), claim(1, '', [])], records);
    const md = toMarkdown(a);
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    assert.match(rows[1], /^\| 2 \| _unknown source_ \| sa \|/);
  });

  it('the Markdown report lists the people and organisations named', () => {
    const md = toMarkdown(analyze(sample()));
    assert.match(md, /^## People \(\d+\)$/m);
    assert.match(md, /^- \*\*Ingrid Hasvik Moe\*\* \(havminister\): 2 claims, \d+ mentions$/m);
    assert.match(md, /^## Organisations \(\d+\)$/m);
    assert.match(md, /^- \*\*Havforskningsinstituttet\*\*/m);
  });
});

describe('entities: organisations that open on a body\'s word or a nation', () => {
  it('lists "Sparebanken Vest", "Norsk Hydro" and "Norsk språkråd … Språkrådet" as organisations, not people', () => {
    const a = analyze('Sparebanken Vest og Norsk Hydro har inngått avtale. Norsk språkråd er fornøyd. Språkrådet sier at avtalen er god.', { language: 'nb' });
    const kind = (text: string) => a.entities.find((e) => e.text === text)?.kind;
    assert.equal(kind('Sparebanken Vest'), 'organisation');
    assert.equal(kind('Norsk Hydro'), 'organisation');
    assert.equal(kind('Norsk språkråd'), 'organisation');
    assert.ok(!a.entities.some((e) => e.kind === 'person'), a.entities.filter((e) => e.kind === 'person').map((e) => e.text).join(', '));
  });
});
