#!/usr/bin/env node
// The project's test command: unit and property tests (mocha, in Node), then
// the integration tests inside a real VS Code (code-server + headless
// Chromium, see scripts/vscode-test/), then the web build in the same workbench's web-worker
// extension host (test/web/). Ends with one line "N passed, N failed".
// usage: node scripts/test.mjs [--unit-only | --integration-only | --web-only]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let passed = 0;
let failed = 0;

function unit() {
  // mocha's JSON stats come on a marker line from a tiny reporter wrapper.
  const run = spawnSync(process.execPath, [join(root, 'node_modules/mocha/bin/mocha.js'), '--reporter', join(root, 'scripts/mocha-reporter.cjs')], {
    cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 28,
  });
  process.stdout.write(run.stdout.replace(/^@@RESULT.*\n/m, ''));
  const m = /^@@RESULT (\d+) (\d+)/m.exec(run.stdout);
  if (!m) { failed++; console.error('unit tests: no result (mocha crashed?)'); return; }
  passed += +m[1];
  failed += +m[2];
}

async function integration() {
  const out = join(root, 'out/test/integration');
  mkdirSync(out, { recursive: true });
  const entries = readdirSync(join(root, 'test/integration')).filter((f) => f.endsWith('.ts')).map((f) => join(root, 'test/integration', f));
  await build({
    entryPoints: entries, outdir: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true,
    external: ['vscode', 'mocha'], logLevel: 'warning',
  });
  // Only against a hang (each test has its own mocha timeout): on a busy 2-core machine the suite
  // took more than the 600 s this was.
  harness('integration tests', ['--extension', root, '--tests', join(out, 'index.js'), '--workspace', join(root, 'examples'), '--timeout', '3600']);
}

/** Runs scripts/vscode-test/run.mjs and counts the "@@RESULT passed failed" line it prints. */
function harness(what, args) {
  const screenshots = join(root, 'test-output/screenshots');
  mkdirSync(screenshots, { recursive: true });
  const run = spawnSync(process.execPath, [join(root, 'scripts/vscode-test/run.mjs'), ...args, '--screenshots', screenshots], {
    cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 28,
  });
  process.stdout.write(run.stdout.replace(/^.*@@RESULT.*\n/m, ''));
  const m = /@@RESULT (\d+) (\d+)/.exec(run.stdout);
  if (m) { passed += +m[1]; failed += +m[2]; }
  if (run.status !== 0 && (!m || +m[2] === 0)) { failed++; console.error(`${what}: the harness exited ${run.status}`); }
}

// The web build (dist/web/extension.js) in the workbench's web-worker extension host, driven from
// the page (test/web/pageTests.mjs). It runs from a copy of the extension whose Node bundle throws
// on load, so what the tests see can only come from the browser bundle; the workspace is a copy of
// examples/, as the tests add a large file to it.
async function web() {
  const copy = mkdtempSync(join(tmpdir(), 'kilde-web-'));
  try {
    const ext = join(copy, 'extension');
    for (const f of readdirSync(root)) {
      if (/^package(\.nls(\.[\w-]+)?)?\.json$/.test(f) || f === 'language-configuration.json') cpSync(join(root, f), join(ext, f));
    }
    for (const d of ['l10n', 'syntaxes', 'media', 'dist/web']) cpSync(join(root, d), join(ext, d), { recursive: true });
    writeFileSync(join(ext, 'dist', 'extension.js'), "throw new Error('Kilde web test: this copy runs only from its browser bundle');\n");
    const workspace = join(copy, 'workspace');
    cpSync(join(root, 'examples'), workspace, { recursive: true });
    // Only against a hang: the steps have their own timeouts.
    harness('web tests', ['--web', '--extension', ext, '--page-tests', join(root, 'test/web/pageTests.mjs'), '--workspace', workspace, '--timeout', '900']);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

// The bundles are built by esbuild, which strips types without checking them: a type error
// (a duplicate import after a merge, say) would otherwise reach main unseen.
function typecheck() {
  const run = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', root], { cwd: root, stdio: 'inherit' });
  if (run.status === 0) { passed++; console.log('typecheck: ok'); } else { failed++; console.error('typecheck: tsc --noEmit failed'); }
}

// Every UI string has its Norwegian translation (package.nls.nb.json, l10n/bundle.l10n.nb.json).
function l10n() {
  const run = spawnSync(process.execPath, [join(root, 'scripts/l10n-check.mjs')], { cwd: root, stdio: 'inherit' });
  if (run.status === 0) passed++; else failed++;
}

if (!args.includes('--integration-only') && !args.includes('--web-only')) { typecheck(); unit(); l10n(); }
if (!args.includes('--unit-only') && !args.includes('--web-only')) await integration();
if (!args.includes('--unit-only') && !args.includes('--integration-only')) await web();
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
