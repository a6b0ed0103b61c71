import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import fc from 'fast-check';
import type { Analysis, Claim, ClaimKind, Entity, TextSpan } from '../../src/core/model';
import {
  codePointMapper,
  escapeMarkdownInline,
  fragments,
  toBrat,
  toJson,
  toJsonPieces,
  toMarkdown,
  toPrediction,
} from '../../src/core/format';

// Hand-built analyses: analyze() is still being written, and the formats
// must be right whatever it finds.

function at(text: string, needle: string, nth = 0): TextSpan {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" #${nth} not in text`);
  }
  return { start: i, end: i + needle.length, text: needle };
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;

interface ClaimSpec {
  content: string;
  cue: string;
  cueNth?: number;
  source: string;
  speaker?: string;
  speakerNth?: number;
  kind: ClaimKind;
  sourceId?: number;
}

function makeAnalysis(text: string, entities: Array<Omit<Entity, 'id'>>, claims: ClaimSpec[]): Analysis {
  const withIds = entities.map((e, id) => ({ ...e, id }) as Entity);
  const claimList: Claim[] = claims.map((c, id) => {
    const span = at(text, c.content);
    const cue = at(text, c.cue, c.cueNth);
    return {
      ...span,
      id,
      source: c.source,
      sourceIds: c.sourceId !== undefined ? [c.sourceId] : [],
      ...(c.speaker ? { sourceSpan: at(text, c.speaker, c.speakerNth) } : {}),
      cue: cue.text,
      cueSpan: { start: cue.start, end: cue.end },
      kind: c.kind,
      line: lineOf(text, span.start),
    };
  });
  return {
    version: 1,
    language: 'nb',
    entities: withIds,
    claims: claimList,
    sources: [],
    statements: [],
    stats: { chars: text.length, tokens: 0, sentences: 0, paragraphs: 0 },
  };
}

// An invented article with an emoji (astral: two UTF-16 units, one code
// point), a quote across a line break, and CRLF in the last paragraph.
const TEXT =
  'BERGEN (NTB): Statsminister Jonas Gahr Støre 😀 sa torsdag at regjeringen vil bruke 8,3 millioner kroner i Bergen.\n' +
  '«Dette er viktig\nfor hele Vestlandet», sa Støre.\r\n' +
  'Ifølge Statistisk sentralbyrå bor det 1500 mennesker i Tromsø.\r\n';

function sample(): Analysis {
  const t = TEXT;
  const a = makeAnalysis(
    t,
    [
      { kind: 'place', ...at(t, 'BERGEN'), meta: { name: 'Bergen', placeType: 'city', countryCode: 'NO', country: 'Norge' } },
      { kind: 'source', ...at(t, 'Jonas Gahr Støre'), meta: { canonical: 'Jonas Gahr Støre', sourceType: 'person', role: 'statsminister', sourceId: 0 } },
      { kind: 'number', ...at(t, 'torsdag'), meta: { kind: 'date', approximate: false } },
      { kind: 'number', ...at(t, '8,3 millioner kroner'), meta: { kind: 'money', value: 8_300_000, unit: 'NOK', approximate: false } },
      { kind: 'place', ...at(t, 'Bergen', 0), meta: { name: 'Bergen', placeType: 'city', countryCode: 'NO', country: 'Norge' } },
      { kind: 'place', ...at(t, 'Vestlandet'), meta: { name: 'Vestlandet', placeType: 'region', countryCode: 'NO', country: 'Norge' } },
      { kind: 'source', ...at(t, 'Støre', 1), meta: { canonical: 'Jonas Gahr Støre', sourceType: 'person', sourceId: 0 } },
      { kind: 'source', ...at(t, 'Statistisk sentralbyrå'), meta: { canonical: 'Statistisk sentralbyrå', sourceType: 'organisation', sourceId: 1 } },
      { kind: 'number', ...at(t, '1500'), meta: { kind: 'count', value: 1500, counted: 'mennesker', approximate: false } },
      { kind: 'place', ...at(t, 'Tromsø'), meta: { name: 'Tromsø', placeType: 'city', countryCode: 'NO', country: 'Norge' } },
    ],
    [
      { content: 'regjeringen vil bruke 8,3 millioner kroner i Bergen', cue: 'sa', source: 'Jonas Gahr Støre', speaker: 'Jonas Gahr Støre', kind: 'indirect', sourceId: 0 },
      { content: 'Dette er viktig\nfor hele Vestlandet', cue: 'sa', cueNth: 1, source: 'Jonas Gahr Støre', speaker: 'Støre', speakerNth: 1, kind: 'direct', sourceId: 0 },
      { content: 'bor det 1500 mennesker i Tromsø', cue: 'Ifølge', source: 'Statistisk sentralbyrå', speaker: 'Statistisk sentralbyrå', kind: 'according-to', sourceId: 1 },
    ],
  );
  a.sources = [
    { id: 0, name: 'Jonas Gahr Støre', sourceType: 'person', role: 'statsminister', mentions: [1, 6], claims: [0, 1] },
    { id: 1, name: 'Statistisk sentralbyrå', sourceType: 'organisation', mentions: [7], claims: [2] },
  ];
  a.statements = [];
  a.dateline = { ...at(t, 'BERGEN (NTB):'), byline: 'NTB' };
  return a;
}

describe('format: json', () => {
  it('gives the prediction shape of ANNOTATION.md plus metadata', () => {
    const a = sample();
    const p = toPrediction(a);
    assert.deepEqual(Object.keys(p), ['version', 'language', 'dateline', 'entities', 'claims', 'sources', 'statements', 'stats']);
    for (const e of p.entities) {
      assert.deepEqual(Object.keys(e).slice(0, 4), ['kind', 'start', 'end', 'text']);
      assert.ok(e.meta);
      assert.equal(TEXT.slice(e.start, e.end), e.text);
    }
    for (const c of p.claims) {
      assert.deepEqual(Object.keys(c).slice(0, 6), ['start', 'end', 'text', 'source', 'cue', 'kind']);
      assert.equal(TEXT.slice(c.start, c.end), c.text);
      assert.equal(typeof c.meta.line, 'number');
    }
    assert.equal(p.claims[1].source, 'Jonas Gahr Støre');
    assert.equal(p.sources.length, 2);
    assert.equal(p.dateline?.byline, 'NTB');
  });

  it('adds "file" first only when asked, and prints one line when not pretty', () => {
    const a = sample();
    assert.equal('file' in toPrediction(a), false);
    const line = toJson(a, { pretty: false, file: 'x.txt' });
    assert.ok(!line.includes('\n'));
    assert.equal(Object.keys(JSON.parse(line))[0], 'file');
    assert.ok(toJson(a).includes('\n  "entities"'));
  });

  it('toJsonPieces join to exactly toJson, pretty or not, with long arrays cut in batches', () => {
    const a = sample();
    // Entities enough for several batches, and an empty list beside them.
    const many: Analysis = {
      ...a,
      entities: Array.from({ length: 5000 }, (_, i) => ({ ...a.entities[i % a.entities.length], id: i })),
      statements: [],
    };
    for (const analysis of [a, many, { ...a, entities: [], claims: [], sources: [], dateline: undefined }]) {
      for (const options of [{}, { pretty: true }, { pretty: false }, { pretty: false, file: 'x\n"y".txt' }, { file: 'ø.txt' }]) {
        const pieces = toJsonPieces(analysis, options);
        assert.equal(pieces.join(''), toJson(analysis, options));
      }
    }
    // A large analysis is never one string: no piece holds more than a batch of entities.
    const pieces = toJsonPieces(many);
    assert.ok(pieces.length >= 5, `${pieces.length} pieces`);
    assert.ok(Math.max(...pieces.map((p) => p.length)) < toJson(many).length / 2);
  });

  it('scores perfectly against itself with the shared scorer', function () {
    const scorer = '/work/shared/eval/score.mjs';
    if (!existsSync(scorer)) this.skip();
    const dir = mkdtempSync(join(tmpdir(), 'kilde-format-'));
    try {
      const json = toJson(sample());
      writeFileSync(join(dir, 'gold.json'), json);
      writeFileSync(join(dir, 'pred.json'), json);
      const r = spawnSync(process.execPath, [scorer, join(dir, 'gold.json'), join(dir, 'pred.json'), '--json'], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const { summary } = JSON.parse(r.stdout);
      assert.deepEqual(summary, { place: 1, number: 1, source: 1, claim: 1, claimSource: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// A small reader with brat's own checks (server/src/annotation.py): ids
// unique and defined, lines free of line breaks, each T line's text equal to
// its fragments of the code-point string joined by one space, fragments
// inside the text and not overlapping.
function checkBrat(ann: string, fileText: string): Map<string, string[]> {
  const doc = Array.from(fileText); // Python's view: one item per code point
  const ids = new Map<string, string[]>();
  const refs: string[] = [];
  assert.ok(ann === '' || ann.endsWith('\n'));
  const lines = ann.split('\n').slice(0, -1);
  for (const line of lines) {
    // brat splits lines like Python's str.splitlines.
    assert.doesNotMatch(line, /[\r\v\f\x1c-\x1e\x85\u2028\u2029]/, `line break inside: ${JSON.stringify(line)}`);
    const fields = line.split('\t');
    const id = fields[0];
    assert.ok(!ids.has(id), `duplicate id ${id}`);
    ids.set(id, fields);
    if (id.startsWith('T')) {
      assert.equal(fields.length, 3, line);
      const m = /^(\w+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(fields[1]);
      assert.ok(m, line);
      const frags = m[2].split(';').map((f) => f.split(' ').map(Number));
      let prevEnd = -1;
      for (const [s, e] of frags) {
        assert.ok(s < e && s > prevEnd && e <= doc.length, `bad fragment ${s} ${e} in ${line}`);
        prevEnd = e;
      }
      assert.equal(fields[2], frags.map(([s, e]) => doc.slice(s, e).join('')).join(' '), line);
    } else if (id.startsWith('A')) {
      const m = /^(\w+) (T\d+) (\S+)$/.exec(fields[1]);
      assert.ok(m && fields.length === 2, line);
      refs.push(m[2]);
    } else if (id.startsWith('R')) {
      const m = /^(\w+) Arg1:(T\d+) Arg2:(T\d+)$/.exec(fields[1]);
      assert.ok(m && fields.length === 2, line);
      refs.push(m[2], m[3]);
    } else if (id.startsWith('#')) {
      const m = /^AnnotatorNotes (T\d+)$/.exec(fields[1]);
      assert.ok(m && fields.length === 3, line);
      refs.push(m[1]);
    } else {
      assert.fail(`unexpected line ${line}`);
    }
  }
  for (const r of refs) assert.ok(ids.has(r), `undefined id ${r}`);
  return ids;
}

describe('format: brat', () => {
  it('writes valid standoff with code-point offsets after an emoji', () => {
    const ann = toBrat(sample(), TEXT);
    const ids = checkBrat(ann, TEXT);
    const money = [...ids.values()].find((f) => f[2] === '8,3 millioner kroner');
    assert.ok(money);
    const u16 = TEXT.indexOf('8,3 millioner kroner');
    // One fewer than the UTF-16 offset: the emoji before it is one code point.
    assert.equal(money[1], `Number ${u16 - 1} ${u16 - 1 + 20}`);
  });

  it('splits a span across a line break into fragments', () => {
    const ann = toBrat(sample(), TEXT);
    const quote = ann.split('\n').find((l) => l.includes('\tClaim ') && l.includes('Dette er viktig'));
    assert.ok(quote);
    assert.match(quote, /^T\d+\tClaim \d+ \d+;\d+ \d+\tDette er viktig for hele Vestlandet$/);
  });

  it('drops the carriage return of CRLF from fragments', () => {
    const t = 'Han sa at det\r\nvar greit.';
    const a = makeAnalysis(t, [], [{ content: 'det\r\nvar greit', cue: 'sa', source: 'Han', kind: 'indirect' }]);
    const ann = toBrat(a, t);
    checkBrat(ann, t);
    assert.match(ann, /^T1\tClaim 10 13;15 24\tdet var greit$/m);
  });

  it('links claims to cue, kind and speaker with A, R and # lines', () => {
    const ann = toBrat(sample(), TEXT);
    assert.match(ann, /^A\d+\tClaimKind T\d+ according-to$/m);
    assert.match(ann, /^A\d+\tPlaceType T\d+ city$/m);
    assert.match(ann, /^R\d+\tCue Arg1:T\d+ Arg2:T\d+$/m);
    assert.match(ann, /^R\d+\tSaidBy Arg1:T\d+ Arg2:T\d+$/m);
    assert.match(ann, /^#\d+\tAnnotatorNotes T\d+\tsource: Statistisk sentralbyrå; cue: Ifølge$/m);
    // The quote's speaker "Støre" resolves to the canonical name in the note.
    assert.match(ann, /^#\d+\tAnnotatorNotes T\d+\tsource: Jonas Gahr Støre; cue: sa$/m);
  });

  it('shares one Cue annotation between claims with the same cue', () => {
    const t = 'Per og Kari sa at de kommer og at de blir.';
    const a = makeAnalysis(t, [], [
      { content: 'de kommer', cue: 'sa', source: 'Per', kind: 'indirect' },
      { content: 'de blir', cue: 'sa', source: 'Kari', kind: 'indirect' },
    ]);
    const ann = toBrat(a, t);
    checkBrat(ann, t);
    assert.equal(ann.split('\n').filter((l) => /\tCue \d/.test(l)).length, 1);
  });

  it('counts a stripped BOM when asked, since brat reads it as a character', () => {
    const a = makeAnalysis('Oslo', [{ kind: 'place', start: 0, end: 4, text: 'Oslo', meta: { name: 'Oslo', placeType: 'capital' } }], []);
    assert.match(toBrat(a, 'Oslo'), /^T1\tPlace 0 4\tOslo$/m);
    assert.match(toBrat(a, 'Oslo', { leadingBom: true }), /^T1\tPlace 1 5\tOslo$/m);
    checkBrat(toBrat(a, 'Oslo', { leadingBom: true }), '\uFEFFOslo');
  });

  it('keeps notes on one line', () => {
    const t = 'Han sa\u2028noe.';
    const a = makeAnalysis(t, [], [{ content: 'noe', cue: 'sa', source: 'Ola\nNordmann\tjr', kind: 'indirect' }]);
    const ann = toBrat(a, t);
    checkBrat(ann, t);
    assert.match(ann, /AnnotatorNotes T1\tsource: Ola Nordmann jr; cue: sa$/m);
  });

  it('prints nothing for an empty analysis', () => {
    assert.equal(toBrat(makeAnalysis('', [], []), ''), '');
  });

  it('fragments: inside the span, non-empty, ordered, free of line breaks (property)', () => {
    const chars = fc.constantFrom('a', 'ø', ' ', '\n', '\r', '\t', '\u2028', '😀', '\x85');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const t = parts.join('');
        const s = t.length ? x % (t.length + 1) : 0;
        const e = s + (t.length - s ? y % (t.length - s + 1) : 0);
        let prev = s;
        for (const f of fragments(t, s, e)) {
          assert.ok(f.start >= prev && f.end > f.start && f.end <= e);
          assert.doesNotMatch(t.slice(f.start, f.end), /[\t\n\v\f\r\x85\u2028\u2029]/);
          prev = f.end;
        }
      }),
    );
  });

  it('codePointMapper agrees with Array.from (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (t) => {
        const map = codePointMapper(t);
        let u = 0;
        Array.from(t).forEach((ch, cp) => {
          assert.equal(map(u), cp);
          u += ch.length;
        });
        assert.equal(map(t.length), Array.from(t).length);
      }),
    );
  });
});

const HOSTILE =
  'Han sa at <script>alert(1)</script> | `rm -rf` [klikk](javascript:alert(1)) ![x](http://x/y.png) **fet** _kursiv_\n' +
  '# Overskrift\n- liste &amp; <img src=x onerror=alert(1)>\r\nslutt.';

function hostile(): Analysis {
  const content = HOSTILE.slice(HOSTILE.indexOf('<script>'), HOSTILE.indexOf('slutt'));
  return makeAnalysis(
    HOSTILE,
    [{ kind: 'source', ...at(HOSTILE, 'Han'), meta: { canonical: 'Han | <b>', sourceType: 'person', sourceId: 0 } }],
    [{ content, cue: 'sa', source: '|`<i>x</i>`|', kind: 'indirect' }],
  );
}

/** Pipes not escaped by a backslash: the cell separators. */
const unescapedPipes = (row: string) => (row.match(/(?<!\\)(?:\\\\)*\|/g) ?? []).length;

describe('format: markdown', () => {
  it('has a claims table with one row per claim', () => {
    const md = toMarkdown(sample(), { title: 'bergen.txt' });
    assert.match(md, /^# Kilde: bergen\.txt$/m);
    assert.match(md, /^\| # \| Source \| Cue \| Kind \| Claim \| Line \|$/m);
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    assert.equal(rows.length, 3);
    assert.match(rows[0], /^\| 1 \| Jonas Gahr Støre \| sa \| indirect \| regjeringen vil bruke 8,3 millioner kroner i Bergen \| 1 \|$/);
    // The quote spans two lines: one cell, the line where it starts (1-based).
    assert.match(rows[1], /\| Dette er viktig for hele Vestlandet \| 2 \|$/);
    assert.match(md, /^## Sources \(2\)$/m);
    assert.match(md, /^- \*\*Bergen\*\* \(city, Norge\) ×2$/m);
    assert.match(md, /^- \*\*8,3 millioner kroner\*\* \(money, 8300000, NOK\)$/m);
  });

  it('cannot be made to inject HTML, links, code or table cells', () => {
    const md = toMarkdown(hostile(), { title: '<script>x|y.txt' });
    assert.doesNotMatch(md, /<(?:script|img|b|i)\b/i);
    assert.doesNotMatch(md, /(?<!\\)\]\(/, 'a link or image survived');
    assert.doesNotMatch(md, /(?<!\\)`/, 'an unescaped backtick');
    assert.doesNotMatch(md, /(?<!\\)\*\*fet/, 'emphasis survived');
    assert.doesNotMatch(md, /^# Overskrift/m);
    assert.ok(md.includes('&amp;amp;'), 'entities are escaped, not passed through');
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    assert.equal(rows.length, 1, 'the claim stays on one line');
    assert.equal(unescapedPipes(rows[0]), 7, rows[0]);
  });

  it('escapeMarkdownInline keeps syntax inert for any input (property)', () => {
    const chars = fc.constantFrom('a', ' ', '|', '`', '<', '>', '&', '[', ']', '(', ')', '\\', '*', '_', '\n', '\r', '#', '-', '1', '.', '!', '$', '~');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
        const out = escapeMarkdownInline(parts.join(''));
        assert.doesNotMatch(out, /[<>\n\r]/);
        // Every special character is preceded by an odd number of backslashes.
        assert.doesNotMatch(out, /(?<!\\)(?:\\\\)*[|`[\]()*_$~!#]/);
        assert.doesNotMatch(out, /^(?:[-+=]|\d+[.)])/);
      }),
    );
  });

  it('says so when nothing was found', () => {
    const md = toMarkdown(makeAnalysis('Ingenting her.', [], []));
    assert.match(md, /_No attributed claims found\._/);
    assert.doesNotMatch(md, /^# /m);
  });
});
