import { strict as assert } from 'assert';
import { spawn, spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseArgs } from '../../src/cli/args';
import { decodeUtf8 } from '../../src/cli/decode';
import { Output } from '../../src/cli/output';
import { Progress } from '../../src/cli/progress';
import { analyze } from '../../src/core/analyze';
import type { Review } from '../../src/core/model';
import { selectorsFor } from '../../src/core/review/anchor';
import { toSidecar } from '../../src/core/review/sidecar';

// The CLI tests run the bundle users get (dist/cli/kilde.js), built once by
// the real build script; only the cli target, so a broken extension bundle
// elsewhere does not fail these tests.
const ROOT = join(__dirname, '..', '..');
const KILDE = join(ROOT, 'dist', 'cli', 'kilde.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function kilde(args: string[], input?: string | Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KILDE, ...args], { cwd: ROOT, env: { ...process.env, KILDE_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** One short line per problem, never a stack trace. */
function assertCleanError(r: Run, code: number, pattern: RegExp): void {
  assert.equal(r.code, code, `exit ${r.code}; stderr: ${r.stderr}`);
  assert.match(r.stderr, pattern);
  assert.doesNotMatch(r.stderr, /^\s+at /m, 'stack trace on stderr');
}

// Invented texts: no corpus articles in the repository.
const ARTICLE =
  'OSLO (NTB): Statsminister Jonas Gahr Støre sa torsdag at regjeringen vil bruke 8,3 millioner kroner på nye tog.\n\n' +
  '«Vi gjør dette for hele landet», sa Støre til NRK.\n\n' +
  'Ifølge Statistisk sentralbyrå reiste 1500 flere med tog i Bergen og Tromsø i fjor.\n';
const ARTICLE_2 = 'Russland har avvist meldingene. Ifølge Reuters ble 12 000 soldater sendt til Kursk.\n';

describe('kilde CLI', function () {
  this.timeout(60_000);
  let dir: string;
  const file = (name: string, content: string | Buffer) => {
    const p = join(dir, name);
    writeFileSync(p, content);
    return p;
  };

  before(function () {
    this.timeout(180_000);
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), 'cli'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, `build failed:\n${build.stdout}\n${build.stderr}`);
    dir = mkdtempSync(join(tmpdir(), 'kilde-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('usage', () => {
    it('--help documents exit codes and the BOM rule, exit 0', async () => {
      const r = await kilde(['--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /usage: kilde annotate FILE/);
      assert.match(r.stdout, /Exit status/);
      assert.match(r.stdout, /byte-order mark is stripped/);
      assert.equal(r.stderr, '');
    });

    it('--version prints the package version', async () => {
      const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
      const r = await kilde(['--version']);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, `kilde ${version}\n`);
    });

    it('an unknown flag is a usage error, exit 2', async () => {
      const r = await kilde(['annotate', '--frobnicate', 'x.txt']);
      assertCleanError(r, 2, /unknown option --frobnicate\nusage: kilde annotate/);
      assert.equal(r.stdout, '');
    });

    it('an unknown format, a missing FILE or no command is a usage error, exit 2', async () => {
      assertCleanError(await kilde(['annotate', '--format', 'xml', 'x.txt']), 2, /unknown format "xml"/);
      assertCleanError(await kilde(['annotate']), 2, /at least one FILE/);
      assertCleanError(await kilde([]), 2, /missing command/);
      assertCleanError(await kilde(['annotate', '--lang=sv', 'x']), 2, /unknown language "sv"/);
    });
  });

  describe('bad input', () => {
    it('a missing file: one line, exit 2', async () => {
      const r = await kilde(['annotate', join(dir, 'finnes-ikke.txt')]);
      assertCleanError(r, 2, /^kilde: .*finnes-ikke\.txt: no such file\n$/);
    });

    it('a folder with no articles in it: one line, exit 2', async () => {
      const sub = join(dir, 'mappe');
      mkdirSync(join(sub, '.skjult'), { recursive: true });
      writeFileSync(join(sub, 'bilde.png'), 'x');
      writeFileSync(join(sub, '.skjult', 'gammel.txt'), ARTICLE);
      assertCleanError(await kilde(['annotate', sub]), 2, /^kilde: .*mappe: no \.txt, \.news, \.md files in this folder\n$/);
    });

    it('a binary file is refused: exit 2', async () => {
      const bin = file('bilde.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
      assertCleanError(await kilde(['annotate', bin]), 2, /bilde\.png: looks like a binary file/);
    });

    it('invalid UTF-8 is decoded with U+FFFD and a warning, exit 0', async () => {
      const bad = file('latin1.txt', Buffer.concat([Buffer.from('Tromsø og '), Buffer.from([0x42, 0xe6, 0x72, 0x75, 0x6d]), Buffer.from('.\n')]));
      const r = await kilde(['annotate', bad]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /^kilde: warning: .*latin1\.txt: not valid UTF-8; invalid bytes were replaced with U\+FFFD\n$/);
      assert.equal(JSON.parse(r.stdout).stats.chars, 'Tromsø og B\uFFFDrum.\n'.length);
    });

    it('other files are still annotated when one is missing; exit 2', async () => {
      const good = file('god.txt', ARTICLE_2);
      const r = await kilde(['annotate', good, join(dir, 'borte.txt'), '--format', 'jsonl']);
      assertCleanError(r, 2, /borte\.txt: no such file/);
      assert.equal(r.stdout.trim().split('\n').length, 1);
      assert.equal(JSON.parse(r.stdout).file, good);
    });
  });

  describe('formats', () => {
    it('json: the prediction shape with metadata, every span matching the input', async () => {
      const p = file('artikkel.txt', ARTICLE);
      const r = await kilde(['annotate', p]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      const out = JSON.parse(r.stdout);
      for (const key of ['language', 'entities', 'claims', 'sources', 'statements']) assert.ok(key in out, key);
      assert.ok(!('file' in out));
      assert.ok(['nb', 'nn', 'en'].includes(out.language));
      for (const e of out.entities) {
        assert.ok(['place', 'number', 'source', 'person', 'organisation'].includes(e.kind));
        assert.equal(e.text, ARTICLE.slice(e.start, e.end));
        assert.ok(e.meta);
      }
      for (const c of out.claims) {
        assert.equal(c.text, ARTICLE.slice(c.start, c.end));
        for (const key of ['source', 'cue', 'kind']) assert.equal(typeof c[key], 'string', key);
      }
    });

    it('reads standard input with -', async () => {
      const r = await kilde(['annotate', '-', '--lang', 'nb'], ARTICLE_2);
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.equal(out.language, 'nb');
      assert.equal(out.stats.chars, ARTICLE_2.length);
      for (const e of out.entities) assert.equal(e.text, ARTICLE_2.slice(e.start, e.end));
    });

    it('strips a UTF-8 BOM and keeps CRLF, as VS Code shows the text', async () => {
      const crlf = ARTICLE_2.replace(/\n/g, '\r\n');
      const r = await kilde(['annotate', '-'], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]));
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.equal(out.stats.chars, crlf.length);
      for (const e of out.entities) assert.equal(e.text, crlf.slice(e.start, e.end));
    });

    it('jsonl: one object per file with a "file" field; json does the same for several files', async () => {
      const a = file('a.txt', ARTICLE);
      const b = file('b.txt', ARTICLE_2);
      for (const format of ['jsonl', 'json']) {
        const r = await kilde(['annotate', '--format', format, a, b]);
        assert.equal(r.code, 0, r.stderr);
        const lines = r.stdout.trimEnd().split('\n');
        assert.equal(lines.length, 2, format);
        const [oa, ob] = lines.map((l) => JSON.parse(l));
        assert.equal(oa.file, a);
        assert.equal(ob.file, b);
        assert.equal(ob.stats.chars, ARTICLE_2.length);
        assert.ok(Array.isArray(oa.entities) && Array.isArray(oa.claims));
      }
      const one = await kilde(['annotate', '--format=jsonl', a]);
      assert.equal(one.stdout.trimEnd().split('\n').length, 1);
    });

    it('a folder: every .txt, .news and .md file in it and its subfolders, in name order, as JSON lines', async () => {
      const arkiv = join(dir, 'arkiv');
      mkdirSync(join(arkiv, '2024', '.git'), { recursive: true });
      mkdirSync(join(arkiv, '2025'), { recursive: true });
      writeFileSync(join(arkiv, '2025', 'b.md'), ARTICLE_2);
      writeFileSync(join(arkiv, '2024', 'a.NEWS'), ARTICLE);
      writeFileSync(join(arkiv, '2024', 'c.txt'), ARTICLE_2);
      writeFileSync(join(arkiv, '2024', 'notat.json'), '{}');
      writeFileSync(join(arkiv, '2024', '.git', 'HEAD.txt'), ARTICLE);
      // A link back up the tree is read once, not forever.
      symlinkSync(arkiv, join(arkiv, '2025', 'tilbake'));
      const r = await kilde(['annotate', arkiv]);
      assert.equal(r.code, 0, r.stderr);
      const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.deepEqual(lines.map((o) => o.file), [join(arkiv, '2024', 'a.NEWS'), join(arkiv, '2024', 'c.txt'), join(arkiv, '2025', 'b.md')]);
      assert.equal(lines[0].stats.chars, ARTICLE.length);
      // One folder holding one article is still JSON lines: the shape does not depend on the count.
      const single = join(dir, 'en-fil');
      mkdirSync(single, { recursive: true });
      writeFileSync(join(single, 'a.txt'), ARTICLE);
      const one = await kilde(['annotate', single]);
      assert.equal(one.stdout.split('\n').length, 2);
      assert.equal(JSON.parse(one.stdout).file, join(single, 'a.txt'));
    });

    it('--jobs: files on several threads print exactly what one thread prints, in order, with the same errors', async () => {
      const files: string[] = [];
      for (let i = 0; i < 6; i++) files.push(file(`tråd-${i}.txt`, `${ARTICLE}\n– Det gjelder ${i + 1} tog, sa Hansen.\n`));
      files.splice(3, 0, join(dir, 'mangler.txt'));
      const one = await kilde(['annotate', '--jobs', '1', ...files]);
      const two = await kilde(['annotate', '-j', '2', ...files]);
      assert.equal(one.code, 2);
      assert.equal(two.code, 2);
      assert.equal(two.stdout, one.stdout);
      assert.equal(two.stderr, one.stderr);
      assert.match(two.stderr, /^kilde: .*mangler\.txt: no such file\n$/);
      assert.deepEqual(two.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).file), files.filter((f) => !f.endsWith('mangler.txt')));
    });

    it('brat: standoff lines, with a "# FILE" header per file when there are several', async () => {
      const a = file('a.txt', ARTICLE);
      const b = file('b.txt', ARTICLE_2);
      const line = /^(?:T\d+\t(?:Place|Number|Source|Person|Organisation|Claim|Cue) \d+ \d+(?:;\d+ \d+)*\t[^\n]*|A\d+\t\w+ T\d+ \S+|R\d+\t\w+ Arg1:T\d+ Arg2:T\d+|#\d+\tAnnotatorNotes T\d+\t[^\n]*)$/;
      const one = await kilde(['annotate', '-f', 'brat', a]);
      assert.equal(one.code, 0, one.stderr);
      for (const l of one.stdout.split('\n').filter(Boolean)) assert.match(l, line);
      const two = await kilde(['annotate', '-f', 'brat', a, b]);
      assert.equal(two.code, 0, two.stderr);
      const lines = two.stdout.split('\n').filter(Boolean);
      assert.deepEqual(lines.filter((l) => l.startsWith('# ')), [`# ${a}`, `# ${b}`]);
      assert.equal(lines[0], `# ${a}`);
      for (const l of lines.filter((x) => !x.startsWith('# '))) assert.match(l, line);
    });

    it('md: a claims table, with a hostile article and file name kept inert', async () => {
      const evil = file(
        'x|<script>alert(1)<script>.txt',
        'Politiet sa at <script>alert(1)</script> | `rm -rf /` [her](javascript:alert(1)) skjedde i Oslo.\n' +
          '«Dette er <img src=x onerror=alert(1)> | ikke greit», sa Kari Nordmann.\n',
      );
      const r = await kilde(['annotate', '--format', 'md', evil]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^# Kilde: .*x\\\|&lt;script&gt;alert\\\(1\\\)&lt;script&gt;\.txt$/m);
      assert.match(r.stdout, /^## Claims \(\d+\)$/m);
      assert.doesNotMatch(r.stdout, /<(?:script|img)/i);
      assert.doesNotMatch(r.stdout, /(?<!\\)`/);
      assert.doesNotMatch(r.stdout, /(?<!\\)\]\(/);
      for (const row of r.stdout.split('\n').filter((l) => /^\| \d+ \|/.test(l))) {
        assert.equal((row.match(/(?<!\\)\|/g) ?? []).length, 7, row);
      }
    });
  });

  describe('review', () => {
    /** The article, with a sidecar holding a verdict on its first claim (written as VS Code would). */
    const reviewed = (name: string, verdict: string, note = '') => {
      const path = file(name, ARTICLE);
      const analysis = analyze(ARTICLE);
      const c = analysis.claims[0];
      const review = { id: 'urn:uuid:00000000-0000-4000-8000-000000000001', verdict, note, author: 'Kari', created: '2026-12-01T10:00:00.000Z', modified: '2026-12-01T10:00:00.000Z', ...selectorsFor(ARTICLE, c.start, c.end) };
      writeFileSync(`${path}.kilde.json`, toSidecar([review as Review], { name }));
      return { path, claim: c };
    };

    it('prints every review with its claim as JSON, anchored again after an edit', async () => {
      const { path, claim } = reviewed('sjekket.txt', 'misleading', 'Tallet gjelder 2023.');
      writeFileSync(path, `Oppdatert.\n\n${ARTICLE}`);
      const r = await kilde(['review', path]);
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.equal(out.reviews.length, 1);
      assert.equal(out.reviews[0].verdict, 'misleading');
      assert.equal(out.reviews[0].anchor, 'quote');
      assert.equal(out.reviews[0].claim.text, claim.text);
      assert.equal(out.reviews[0].note, 'Tallet gjelder 2023.');
    });

    it('exports ClaimReview for claims with a verdict, and needs --fact-checker for it', async () => {
      const { path, claim } = reviewed('eksport.txt', 'false');
      const bad = await kilde(['review', path, '--format', 'claimreview']);
      assertCleanError(bad, 2, /--fact-checker/);
      const r = await kilde(['review', path, '--format', 'claimreview', '--fact-checker', 'Faktisk', '--fact-checker-url', 'https://faktisk.no']);
      assert.equal(r.code, 0, r.stderr);
      const text = JSON.stringify(JSON.parse(r.stdout));
      assert.match(text, /"@type":"ClaimReview"/);
      assert.ok(text.includes(JSON.stringify(claim.text)), 'claimReviewed is the claim');
      assert.match(text, /"alternateName":"False"/);
      assert.match(text, /"name":"Faktisk"/);
    });

    it('writes a Markdown report by verdict', async () => {
      const { path } = reviewed('rapport.txt', 'true', '<b>kilde</b>');
      const r = await kilde(['review', path, '--format', 'md']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /checked/);
      assert.doesNotMatch(r.stdout, /<b>/, 'the note is escaped');
    });

    it('refuses a missing, corrupt or newer sidecar with one line, and never writes it', async () => {
      const lone = file('uten.txt', ARTICLE);
      assertCleanError(await kilde(['review', lone]), 2, /no reviews file .*uten\.txt\.kilde\.json/);
      const broken = file('brutt.txt', ARTICLE);
      writeFileSync(`${broken}.kilde.json`, '{ "@context": ');
      assertCleanError(await kilde(['review', broken]), 2, /brutt\.txt\.kilde\.json: /);
      assert.equal(readFileSync(`${broken}.kilde.json`, 'utf8'), '{ "@context": ');
      const { path: newer } = reviewed('nyere.txt', 'true');
      const future = readFileSync(`${newer}.kilde.json`, 'utf8').replace('"schema:version": 1', '"schema:version": 2');
      writeFileSync(`${newer}.kilde.json`, future);
      assertCleanError(await kilde(['review', newer]), 2, /nyere\.txt\.kilde\.json: .*newer Kilde/);
      assert.equal(readFileSync(`${newer}.kilde.json`, 'utf8'), future);
      assertCleanError(await kilde(['review', '-']), 2, /exactly one FILE/);
    });
  });

  describe('pipes', () => {
    it('exits quietly when the reader closes the pipe (kilde ... | head)', async () => {
      const files: string[] = [];
      for (let i = 0; i < 400; i++) files.push(file(`mange-${i}.txt`, ARTICLE));
      const r = await new Promise<Run>((resolve, reject) => {
        const child = spawn(process.execPath, [KILDE, 'annotate', '--format', 'jsonl', ...files], { cwd: ROOT });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.stdout.once('data', () => child.stdout.destroy());
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout: '', stderr }));
      });
      assert.equal(r.code, 0);
      assert.equal(r.stderr, '');
    });
  });
});

describe('kilde CLI under stress', function () {
  this.timeout(120_000);
  let dir: string;
  const many: string[] = [];

  before(function () {
    this.timeout(180_000);
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), 'cli'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, `build failed:\n${build.stdout}\n${build.stderr}`);
    dir = mkdtempSync(join(tmpdir(), 'kilde-stress-'));
    // 1,000 articles of about 4,000 characters, each with its own figure. The dash makes
    // every text a two-byte string: keeping the inputs would add about 8 kB of heap per file.
    for (let i = 0; i < 1000; i++) {
      let text = '';
      while (text.length < 4000) text += `${ARTICLE}– Det er ${1000 + i} nye reisende, sa Hansen.\n\n`;
      const p = join(dir, `artikkel-${String(i).padStart(4, '0')}.txt`);
      writeFileSync(p, text);
      many.push(p);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs kilde; stdout is read line by line and not kept whole (it can be large). */
  function run(args: string[], opts: { env?: Record<string, string>; nodeArgs?: string[]; stdin?: Buffer | string; onLine?: (line: string) => void } = {}) {
    return new Promise<{ code: number | null; stderr: string; lines: number; bytes: number; tail: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), KILDE, ...args], { cwd: ROOT, env: { ...process.env, KILDE_DEBUG: '', ...opts.env } });
      let stderr = '';
      let pending = '';
      let lines = 0;
      let bytes = 0;
      let tail = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        bytes += Buffer.byteLength(d);
        tail = (tail + d).slice(-4096);
        // Only the new chunk is searched: one JSON line can be 100 MB.
        let from = 0;
        let nl: number;
        while ((nl = d.indexOf('\n', from)) >= 0) {
          lines++;
          if (opts.onLine) {
            opts.onLine(pending + d.slice(from, nl));
            pending = '';
          }
          from = nl + 1;
        }
        if (opts.onLine) pending += d.slice(from);
      });
      child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr, lines, bytes, tail }));
      child.stdin.on('error', () => {});
      child.stdin.end(opts.stdin ?? '');
    });
  }

  const debugLines = (stderr: string) =>
    [...stderr.matchAll(/^kilde: debug: (\d+) files, heap (\d+) bytes, stdout buffer (\d+) bytes$/gm)].map((m) => ({
      files: +m[1], heap: +m[2], buffered: +m[3],
    }));

  it('1,000 files in one call: 1,000 JSON lines in order, exit 0, and a heap that does not grow with the count', async () => {
    const files: string[] = [];
    const r = await run(['annotate', '--format', 'jsonl', ...many], {
      nodeArgs: ['--expose-gc'],
      env: { KILDE_DEBUG_HEAP: '100' },
      onLine: (line) => files.push(JSON.parse(line).file),
    });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.lines, 1000);
    assert.deepEqual(files, many);
    const probes = debugLines(r.stderr);
    assert.deepEqual(probes.map((p) => p.files), [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    assert.equal(r.stderr.replace(/^kilde: debug: .*\n/gm, ''), '');
    // Heap after a full GC, from file 100 (gazetteer loaded, JIT warm) to file 1,000: flat
    // within 2 MB. Keeping the inputs would add about 7 MB, the outputs about 70 MB.
    const base = probes[0].heap;
    const growth = Math.max(...probes.map((p) => p.heap)) - base;
    assert.ok(growth < 2 * 1024 * 1024, `heap grew by ${(growth / 1048576).toFixed(1)} MB: ${probes.map((p) => (p.heap / 1048576).toFixed(1)).join(', ')} MB`);
  });

  it('a slow reader holds it back: output is written per file with backpressure', async () => {
    const child = spawn(process.execPath, [KILDE, 'annotate', '--format', 'jsonl', ...many], {
      cwd: ROOT, env: { ...process.env, KILDE_DEBUG: '', KILDE_DEBUG_HEAP: '1' },
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Nobody reads stdout for a while: the pipe fills, and kilde must wait instead of
    // analysing on and queueing the output in memory (at full speed it does ~300 files a second).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const stalled = debugLines(stderr);
    const done = stalled.length ? stalled[stalled.length - 1].files : 0;
    assert.ok(done < 30, `${done} files annotated while nobody read the output`);
    assert.ok(stalled.every((p) => p.buffered < 1024 * 1024), `stdout buffer grew: ${Math.max(...stalled.map((p) => p.buffered))} bytes`);
    let lines = 0;
    child.stdout.setEncoding('utf8').on('data', (d: string) => { for (const ch of d) if (ch === '\n') lines++; });
    assert.equal(await closed, 0, stderr);
    assert.equal(lines, 1000);
  });

  it('streams 20 MB from standard input (-)', async function () {
    // 68 s on a busy 2-core machine, of the suite's 120 s: only against a hang.
    this.timeout(300_000);
    const unit = `${ARTICLE}\n${ARTICLE_2}\n`;
    const big = unit.repeat(Math.ceil(20e6 / Buffer.byteLength(unit)));
    const r = await run(['annotate', '--format', 'jsonl', '-'], { stdin: Buffer.from(big) });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.equal(r.lines, 1, 'one JSON line');
    const stats = /"stats":(\{[^{}]*\})\}\n$/.exec(r.tail);
    assert.ok(stats, `no stats at the end: ${r.tail.slice(-200)}`);
    assert.equal(JSON.parse(stats[1]).chars, big.length);
  });

  it('kilde annotate big.txt | head -c 100: exit 0, nothing on stderr', function () {
    const big = join(dir, 'stor.txt');
    writeFileSync(big, `${ARTICLE}\n`.repeat(8000)); // ~2 MB of text, ~20 MB of indented JSON
    for (const [args, reader] of [
      [`annotate ${big}`, 'head -c 100'],
      [`annotate --format jsonl ${many.slice(0, 300).join(' ')}`, 'head -n 1'],
      [`annotate --format md ${big}`, 'head -c 1'],
    ]) {
      const errFile = join(dir, 'stderr.txt');
      const sh = spawnSync('bash', ['-c', `"${process.execPath}" "${KILDE}" ${args} 2>"${errFile}" | ${reader} | wc -c; echo "\${PIPESTATUS[0]}"`], {
        cwd: ROOT, encoding: 'utf8', env: { ...process.env, KILDE_DEBUG: '' }, timeout: 60_000,
      });
      assert.equal(sh.status, 0, sh.stderr);
      const [bytes, status] = sh.stdout.trim().split('\n').map(Number);
      assert.equal(status, 0, `${reader}: kilde exited ${status}; stderr: ${readFileSync(errFile, 'utf8')}`);
      assert.ok(bytes > 0, `${reader}: no output`);
      assert.equal(readFileSync(errFile, 'utf8'), '', `${reader}: stderr not empty`);
    }
  });

  it('draws a progress bar on a terminal and clears it at the end', function () {
    if (!existsSync('/usr/bin/script')) this.skip(); // util-linux script(1) gives kilde a terminal
    const out = join(dir, 'tty.jsonl');
    const files = many.slice(0, 300).map((f) => `"${f}"`).join(' ');
    const tty = spawnSync('/usr/bin/script', ['-qefc', `"${process.execPath}" "${KILDE}" annotate --format jsonl ${files} > "${out}"`, '/dev/null'], {
      cwd: ROOT, encoding: 'utf8', input: '', env: { ...process.env, KILDE_DEBUG: '' }, timeout: 60_000,
    });
    assert.equal(tty.status, 0, tty.stdout + tty.stderr);
    // The terminal is 80 columns wide: the file name is cut to fit.
    assert.match(tty.stdout, /\r\x1b\[2Kkilde \[#+-*\] \d+\/300 \//);
    assert.ok(tty.stdout.endsWith('\r\x1b[2K'), `the bar is not cleared: ${JSON.stringify(tty.stdout.slice(-80))}`);
    assert.equal(readFileSync(out, 'utf8').trimEnd().split('\n').length, 300);
  });
});

describe('kilde CLI internals', () => {
  it('parseArgs: options anywhere, = or space, -- ends options', () => {
    assert.deepEqual(parseArgs(['annotate', 'a.txt', '--format=md', '-l', 'nn', '--', '--rare.txt']), {
      command: 'annotate', files: ['a.txt', '--rare.txt'], format: 'md', lang: 'nn',
    });
    assert.equal(parseArgs(['annotate', '-', '-']).command, 'usage-error');
    assert.equal(parseArgs(['annotate', '--format']).command, 'usage-error');
    assert.equal(parseArgs(['annotate', 'x', '-h']).command, 'help');
    assert.deepEqual(parseArgs(['annotate', 'x', '-j', '4']), { command: 'annotate', files: ['x'], format: 'json', lang: 'auto', jobs: 4 });
    for (const bad of ['0', '-1', '1.5', 'alle', '1000']) assert.equal(parseArgs(['annotate', 'x', '--jobs', bad]).command, 'usage-error', bad);
    assert.equal(parseArgs(['review', 'x', '--jobs', '2']).command, 'usage-error');
  });

  it('decodeUtf8: BOM, UTF-16 and NUL detection', () => {
    const bom = decodeUtf8(Buffer.from('\uFEFFHei', 'utf8'));
    assert.deepEqual(bom, { ok: true, text: 'Hei', bomStripped: true, invalidUtf8: false });
    // A BOM not at the start is text, as in VS Code.
    assert.equal((decodeUtf8(Buffer.from('a\uFEFFb', 'utf8')) as { text: string }).text, 'a\uFEFFb');
    assert.match((decodeUtf8(Buffer.from('\uFEFFHei', 'utf16le')) as { reason: string }).reason, /UTF-16/);
    assert.equal(decodeUtf8(Buffer.from('ab\0cd')).ok, false);
    // NUL bytes far beyond the sniffed prefix do not make a file binary.
    assert.equal(decodeUtf8(Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.from([0])])).ok, true);
  });

  it('Progress draws only on a terminal and clears its line before messages', () => {
    const written: string[] = [];
    const fake = (isTTY: boolean) => ({ isTTY, columns: 60, write: (s: string) => written.push(s) }) as unknown as NodeJS.WriteStream;
    const quiet = new Progress(10, fake(false));
    quiet.update(1, 'a.txt');
    quiet.log('kilde: warning');
    assert.deepEqual(written, ['kilde: warning\n']);
    written.length = 0;
    const bar = new Progress(10, fake(true));
    bar.update(5, 'a.txt');
    assert.match(written[0], /^\r\x1b\[2Kkilde \[#{12}-{12}\] 5\/10 a\.txt$/);
    bar.log('kilde: warning');
    assert.deepEqual(written.slice(1), ['\r\x1b[2K', 'kilde: warning\n']);
    assert.equal(new Progress(1, fake(true)).update(0, 'x'), undefined);
    assert.equal(written.length, 3, 'no bar for a single file');
  });

  it('Output writes a long text in slices that never split a surrogate pair, and pieces in order', async () => {
    const written: string[] = [];
    const fake = { on: () => undefined, write: (s: string) => (written.push(s), true) } as unknown as NodeJS.WriteStream;
    const out = new Output(fake, () => undefined);
    // An emoji (two code units) astride every megabyte boundary.
    const mb = 1 << 20;
    const long = ('a'.repeat(mb - 1) + '😀').repeat(3) + 'slutt';
    await out.write(['{', long, '', '}\n']);
    assert.equal(written.join(''), `{${long}}\n`);
    assert.ok(written.length >= 5, `${written.length} writes`);
    for (const w of written) {
      assert.ok(w.length <= mb + 1);
      assert.ok(!/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(w), 'a slice starts or ends inside a surrogate pair');
    }
  });
});
