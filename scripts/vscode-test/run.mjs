#!/usr/bin/env node
// Run an extension's integration tests inside a real VS Code (code-server's
// VS Code 1.100.3 in headless Chromium), offline. See README.md beside this file.
//
// usage: node scripts/vscode-test/run.mjs --extension <dir> --tests <file.js>
//          [--workspace <dir | file.code-workspace>] [--screenshots <dir>]
//          [--timeout <seconds, default 300>] [--expect-text <text>]... [--verbose]
//        node scripts/vscode-test/run.mjs --extension <dir> --page-tests <file.mjs> --web
//          [--workspace …] [--screenshots …] [--timeout …] [--verbose]
//
// The exit code is the tests' exit code (0 = passed). Non-zero also on timeout,
// a failed --expect-text check, or when code-server / the browser dies.
//
// --web runs the extension in the workbench's web-worker extension host, as VS Code for the Web
// does: the user setting "remote.extensionKind" gives it the kind "web" (code-server 4.100.3
// ignores the URL payload's extensionDevelopmentKind). Tests inside that host would have to be a
// browser bundle, so in this mode the tests drive the page from outside instead: --page-tests is
// an ES module whose default export, async ({ page, say, screenshots, workspace }), acts as a user
// (keyboard, mouse) and checks the rendered page; it returns { passed, failed }.
//
// How: code-server runs in its own process group with HOME, XDG dirs,
// user-data-dir and extensions-dir in a fresh temp dir; Chromium (playwright-
// core) opens the workbench with VS Code's URL `payload` carrying
// extensionDevelopmentPath + extensionTestsPath (code-server rejects them on its
// command line). The workbench hands us the extension host's log lines via the
// exposed `codeAutomationLog(level, message)` and the tests' result via
// `codeAutomationExit(code)`.
//
// Marker protocol. A test asks the harness to act on the rendered page by
// logging ONE line (console.log) that contains the marker. The harness cannot
// answer back into the extension host, so every request that produces output
// writes a file, and the test waits until that file exists (files are written
// to `<path>.tmp-<pid>` and renamed, so an existing file is complete). If the
// request fails, the harness writes `<path>.error` (the message) instead.
// Requests are handled strictly in the order they were logged.
//   @@SCREENSHOT <path.png>          page.screenshot() of the whole window to
//                                    <path> (a relative path is taken relative
//                                    to --screenshots; folders are created).
//   @@MOUSE-MOVE <x> <y> [<done>]    move the real mouse to page coordinates
//                                    (CSS px); writes <done> afterwards if given.
//   @@MOUSE-MOVE-TO-TEXT <text>      move the mouse onto the first visible
//                                    occurrence of <text> in an editor (shows a
//                                    real hover card after the hover delay).
//   @@PAGE-TEXT <path.json>          write a JSON snapshot of the rendered page:
//                                    { bodyText, hovers[], listRows[],
//                                      notifications[], title }
//                                    (innerText of body, `.monaco-hover`,
//                                    `.monaco-list-row`, notification toasts).
//   @@CHECK-PAGE <label>             check every --expect-text against the
//                                    page text now; a miss fails the run.
// Environment given to the tests (inherited by the extension host):
//   KILDE_VSCODE_TEST=1, KILDE_VSCODE_TEST_SCREENSHOTS=<screenshot dir>.

import { spawn } from 'node:child_process';
import {
  cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { CHROMIUM, CACHE_DIR, install, InstallError } from './install.mjs';

const TAG = 'vscode-test';
const say = (line) => console.log(`${TAG}: ${line}`);
const sayErr = (line) => console.error(`${TAG}: ${line}`);

// ------------------------------------------------------------- arguments
const USAGE = `usage: node scripts/vscode-test/run.mjs --extension <dir> --tests <file.js>
         [--workspace <dir | file.code-workspace>] [--screenshots <dir>]
         [--timeout <seconds>] [--expect-text <text>]... [--verbose]
       node scripts/vscode-test/run.mjs --extension <dir> --page-tests <file.mjs> --web [...]`;

function parseArgs(argv) {
  const opts = { timeout: 300, expectText: [], verbose: false, web: false };
  const takes = new Set(['--extension', '--tests', '--page-tests', '--workspace', '--screenshots', '--timeout', '--expect-text']);
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let v;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) { v = a.slice(eq + 1); a = a.slice(0, eq); }
    if (a === '--verbose') { opts.verbose = true; continue; }
    if (a === '--web') { opts.web = true; continue; }
    if (a === '--help' || a === '-h') { console.log(USAGE); process.exit(0); }
    if (!takes.has(a)) usage(`unknown argument ${argv[i]}`);
    if (v === undefined) {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      v = argv[++i];
    }
    if (a === '--expect-text') opts.expectText.push(v);
    else if (a === '--timeout') {
      opts.timeout = Number(v);
      if (!(opts.timeout > 0)) usage(`--timeout must be a positive number of seconds, got ${v}`);
    } else opts[a === '--page-tests' ? 'pageTests' : a.slice(2)] = resolve(v);
  }
  if (!opts.extension) usage('--extension is required');
  if (opts.web !== Boolean(opts.pageTests) || (opts.web && opts.tests)) usage('--web goes with --page-tests (and no --tests)');
  if (opts.pageTests) {
    if (!existsSync(opts.pageTests)) usage(`--page-tests ${opts.pageTests} does not exist`);
    opts.tests = opts.pageTests;
  }
  if (!opts.tests) usage('--tests is required');
  if (!existsSync(join(opts.extension, 'package.json'))) usage(`no package.json in --extension ${opts.extension}`);
  if (!existsSync(opts.tests) || !statSync(opts.tests).isFile()) usage(`--tests ${opts.tests} is not a file`);
  if (opts.workspace) {
    if (!existsSync(opts.workspace)) usage(`--workspace ${opts.workspace} does not exist`);
    if (!statSync(opts.workspace).isDirectory() && !opts.workspace.endsWith('.code-workspace')) {
      usage(`--workspace must be a folder or a .code-workspace file: ${opts.workspace}`);
    }
  }
  opts.screenshots ??= join(CACHE_DIR, 'screenshots');
  return opts;
}

function usage(msg) {
  console.error(`${TAG}: ${msg}\n${USAGE}`);
  process.exit(2);
}

// ------------------------------------------------------------- helpers
function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function writeAtomic(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

// ------------------------------------------------------------- state + cleanup
let server = null; // ChildProcess of code-server (group leader)
let browser = null;
let runDir = null;
let logsDir = null;
let cleaningUp = null;

// The group outlives its leader (`sh`) when members ignore SIGTERM, so signal
// the group even after the leader exited; `server = null` once it is all gone.
function killServerGroup(signal) {
  if (!server) return;
  try { process.kill(-server.pid, signal); } catch { /* already gone */ }
}

async function cleanup(exitCode) {
  if (cleaningUp) return cleaningUp;
  cleaningUp = (async () => {
    if (browser) {
      await Promise.race([browser.close().catch(() => {}), sleep(5000)]);
      browser = null;
    }
    if (server && server.exitCode === null && server.signalCode === null) {
      killServerGroup('SIGTERM');
      const gone = new Promise((r) => server.once('exit', r));
      await Promise.race([gone, sleep(3000)]);
    }
    killServerGroup('SIGKILL'); // stragglers in the group (file watchers, ext host, watchdog)
    server = null;
    if (exitCode !== 0 && logsDir && existsSync(logsDir)) {
      const keep = join(CACHE_DIR, 'logs', new Date().toISOString().replace(/[:.]/g, '-'));
      try {
        mkdirSync(dirname(keep), { recursive: true });
        cpSync(logsDir, keep, { recursive: true });
        sayErr(`logs kept in ${keep}`);
        // Keep the 10 newest.
        const all = readdirSync(dirname(keep)).sort();
        for (const old of all.slice(0, -10)) rmSync(join(dirname(keep), old), { recursive: true, force: true });
      } catch { /* best effort */ }
    }
    if (runDir) {
      try { rmSync(runDir, { recursive: true, force: true, maxRetries: 3 }); } catch { /* best effort */ }
    }
  })();
  return cleaningUp;
}

let finishing = false;
async function finish(code, message, { signal = false } = {}) {
  if (finishing) {
    // Already on the way out: late errors (e.g. from the closing browser) must
    // not change the exit code; a second Ctrl-C skips the graceful part.
    if (signal) process.exit(code); // the 'exit' hook still kills the group
    return;
  }
  finishing = true;
  if (message) (code === 0 ? say : sayErr)(message);
  await cleanup(code);
  process.exit(code);
}

// Last resort on any exit path (also process.exit from elsewhere): synchronous.
process.on('exit', () => killServerGroup('SIGKILL'));
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(sig, () => { finish(code, `interrupted (${sig}), stopping code-server and the browser`, { signal: true }); });
}
process.on('uncaughtException', (e) => { finish(1, `harness error: ${e.stack || e}`); });
process.on('unhandledRejection', (e) => { finish(1, `harness error: ${e?.stack || e}`); });

// ------------------------------------------------------------- code-server
function extensionId(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return `${manifest.publisher}.${manifest.name}`;
}

async function startCodeServer(entry, opts) {
  const home = join(runDir, 'home');
  const dirs = {
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_STATE_HOME: join(home, '.local', 'state'),
    XDG_RUNTIME_DIR: join(runDir, 'xdg-runtime'),
    TMPDIR: join(runDir, 'tmp'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true, mode: 0o700 });
  const userData = join(runDir, 'user-data');
  const extensions = join(runDir, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  // Quiet, deterministic workbench: no welcome page, no tips, no auto updates.
  writeFileSync(join(userData, 'User', 'settings.json'), `${JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'editor.hover.delay': 300,
    ...(opts.web ? { 'remote.extensionKind': { [extensionId(opts.extension)]: ['web'] } } : {}),
  }, null, 2)}\n`);
  const config = join(runDir, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');

  const env = {
    ...process.env,
    ...dirs,
    KILDE_VSCODE_TEST: '1',
    KILDE_VSCODE_TEST_SCREENSHOTS: opts.screenshots,
  };
  // If this runs from a VS Code terminal, don't let its session leak in.
  for (const k of Object.keys(env)) {
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  }

  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const log = createWriteStream(join(logsDir, `code-server${attempt > 1 ? `-${attempt}` : ''}.log`));
    const args = [
      entry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--user-data-dir', userData,
      '--extensions-dir', extensions,
      '--config', config,
    ];
    // `sh` leads a new process group (detached) holding code-server and a
    // watchdog that reads fd 3, a pipe from us: it sees EOF when this harness
    // dies in any way (even SIGKILL), then ends the whole group and removes the
    // temp dir. Normal cleanup signals the group directly.
    const script = [
      'run_dir=$1; shift',
      '"$@" 3<&- &',
      'cs=$!',
      '{ trap "" TERM; cat >/dev/null; kill -s TERM -- -$$; sleep 3; rm -rf "$run_dir"; kill -s KILL -- -$$; } <&3 >/dev/null 2>&1 &',
      'exec 3<&-',
      'wait "$cs"',
    ].join('\n');
    server = spawn('/bin/sh', ['-c', script, 'code-server', runDir, process.execPath, ...args], {
      env, cwd: runDir, detached: true, stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    for (const s of [server.stdout, server.stderr]) {
      s.on('data', (b) => {
        log.write(b);
        if (opts.verbose) process.stderr.write(`[code-server] ${b}`);
      });
    }
    const exited = new Promise((r) => server.once('exit', (code, sig) => r({ code, sig })));
    const deadline = Date.now() + 30_000;
    let ready = false;
    while (Date.now() < deadline) {
      const state = await Promise.race([exited, sleep(200).then(() => null)]);
      if (state) {
        sayErr(`code-server exited during start (code ${state.code}, signal ${state.sig}); see ${join(logsDir, 'code-server.log')}`);
        break;
      }
      try {
        const r = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) });
        if (r.ok) { ready = true; break; }
      } catch { /* not up yet */ }
    }
    if (ready) {
      server.once('exit', (code, sig) => {
        if (!cleaningUp) finish(1, `code-server exited unexpectedly (code ${code}, signal ${sig})`);
      });
      return port;
    }
    killServerGroup('SIGKILL');
    server = null;
  }
  throw new Error('code-server did not become ready (3 attempts)');
}

// ------------------------------------------------------------- browser side
const PAGE_SNAPSHOT = () => {
  const texts = (sel) => [...document.querySelectorAll(sel)]
    .filter((e) => e.getClientRects().length > 0)
    .map((e) => e.innerText.trim())
    .filter(Boolean);
  return {
    title: document.title,
    bodyText: document.body ? document.body.innerText : '',
    hovers: texts('.monaco-hover'),
    listRows: texts('.monaco-list-row'),
    notifications: texts('.notification-toast'),
  };
};

// Workbench log lines that say nothing about the tests (shown with --verbose,
// always in logs/workbench.log).
const NOISE = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket \(renderer-/,
  /^\[Service Worker\]/,
  /^Updating additional builtin extensions cache/,
  /^ChatSessionStore: /,
  /ENOTFOUND open-vsx\.org/, // the marketplace is unreachable offline
  /vsda/,
];

// Page coordinates of the middle of the first visible occurrence of `text` in an editor.
// (Run in the page: self-contained. test/web/pageTests.mjs uses it too.)
export const FIND_TEXT = (text) => {
  const roots = document.querySelectorAll('.monaco-editor .view-lines');
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      // Monaco renders spaces as U+00A0.
      const idx = n.data.replace(/\u00a0/g, ' ').indexOf(text);
      if (idx < 0) continue;
      const range = document.createRange();
      range.setStart(n, idx);
      range.setEnd(n, idx + text.length);
      const r = range.getBoundingClientRect();
      const at = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      // Laid out is not shown: a long line runs on under the editor beside it.
      if (r.width > 0 && r.height > 0 && root.contains(document.elementFromPoint(at.x, at.y))) return at;
    }
  }
  return null;
};

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  let entry;
  try {
    entry = await install({ log: (l) => say(`install: ${l}`) });
  } catch (e) {
    return finish(1, `install failed: ${e instanceof InstallError ? e.message : e.stack || e}`);
  }
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return finish(1, 'playwright-core is not installed; run `npm ci` (it is a devDependency)');
  }

  runDir = mkdtempSync(join(tmpdir(), 'kilde-vscode-test-'));
  logsDir = join(runDir, 'logs');
  mkdirSync(logsDir, { recursive: true });
  mkdirSync(opts.screenshots, { recursive: true });

  const port = await startCodeServer(entry, opts);
  const t1 = Date.now();
  say(`code-server ready on 127.0.0.1:${port} (${((t1 - t0) / 1000).toFixed(1)} s)`);

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${pathToFileURL(p).pathname}`; // %-encoded
  const payload = [
    ['extensionDevelopmentPath', remote(opts.extension)],
    ...(opts.web ? [] : [['extensionTestsPath', remote(opts.tests)]]),
  ];
  const url = new URL(`http://127.0.0.1:${port}/`);
  if (!opts.workspace) url.searchParams.set('ew', 'true');
  else if (statSync(opts.workspace).isDirectory()) url.searchParams.set('folder', opts.workspace);
  else url.searchParams.set('workspace', opts.workspace);
  url.searchParams.set('payload', JSON.stringify(payload));

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage'],
  });
  // launch() uses a fresh temporary profile of its own.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const consoleLog = createWriteStream(join(logsDir, 'browser-console.log'));
  page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.stack || e}\n`));
  page.on('crash', () => finish(1, 'the browser page crashed'));
  browser.on('disconnected', () => { if (!cleaningUp) finish(1, 'the browser exited unexpectedly'); });

  // ---- marker handling, strictly in order
  let queue = Promise.resolve();
  const checkFailures = [];
  const target = (p) => (isAbsolute(p) ? p : join(opts.screenshots, p));
  const failMarker = (file, what, e) => {
    const msg = `${what} failed: ${e?.message || e}`;
    sayErr(msg);
    if (file) { try { writeAtomic(`${file}.error`, `${msg}\n`); } catch { /* nothing more to do */ } }
  };
  const markerHandlers = {
    async SCREENSHOT(arg) {
      const file = target(arg);
      try {
        writeAtomic(file, await page.screenshot({ type: 'png' }));
        if (opts.verbose) say(`screenshot ${file}`);
      } catch (e) { failMarker(file, `@@SCREENSHOT ${file}`, e); }
    },
    async 'MOUSE-MOVE'(arg) {
      const [xs, ys, done] = arg.split(/\s+/);
      try {
        const x = Number(xs); const y = Number(ys);
        if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`bad coordinates "${arg}"`);
        await page.mouse.move(x, y, { steps: 4 });
        if (done) writeAtomic(target(done), `${x} ${y}\n`);
      } catch (e) { failMarker(done && target(done), `@@MOUSE-MOVE ${arg}`, e); }
    },
    async 'MOUSE-MOVE-TO-TEXT'(text) {
      try {
        const at = await page.evaluate(FIND_TEXT, text);
        if (!at) throw new Error(`"${text}" is not visible in an editor`);
        await page.mouse.move(at.x, at.y, { steps: 4 });
      } catch (e) { failMarker(null, `@@MOUSE-MOVE-TO-TEXT ${text}`, e); }
    },
    async 'PAGE-TEXT'(arg) {
      const file = target(arg);
      try {
        writeAtomic(file, `${JSON.stringify(await page.evaluate(PAGE_SNAPSHOT), null, 2)}\n`);
      } catch (e) { failMarker(file, `@@PAGE-TEXT ${file}`, e); }
    },
    async 'CHECK-PAGE'(label) {
      try {
        const snap = await page.evaluate(PAGE_SNAPSHOT);
        const all = [snap.bodyText, ...snap.hovers].join('\n');
        const missing = opts.expectText.filter((t) => !all.includes(t));
        if (missing.length) {
          checkFailures.push(label);
          sayErr(`@@CHECK-PAGE ${label}: missing ${missing.map((t) => JSON.stringify(t)).join(', ')}`);
          writeAtomic(join(opts.screenshots, `check-failed-${label.replace(/[^\w.-]+/g, '_')}.png`), await page.screenshot());
        } else if (opts.expectText.length) say(`@@CHECK-PAGE ${label}: ${opts.expectText.length} expected text(s) found`);
      } catch (e) { checkFailures.push(label); failMarker(null, `@@CHECK-PAGE ${label}`, e); }
    },
  };
  const MARKER = /@@(SCREENSHOT|MOUSE-MOVE-TO-TEXT|MOUSE-MOVE|PAGE-TEXT|CHECK-PAGE)(?:\s+(.*))?$/;

  let lastOutput = Date.now();
  const workbenchLog = createWriteStream(join(logsDir, 'workbench.log'));
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    lastOutput = Date.now();
    // The workbench passes console.log's arguments (an array, e.g. mocha's
    // ['%s%s', ...]) or a string: format them as console.log would.
    const parts = Array.isArray(message) ? message : [message];
    const text = typeof parts[0] === 'string' ? format(...parts) : parts.map((p) => JSON.stringify(p)).join(' ');
    workbenchLog.write(`[${level}] ${text}\n`);
    // The same channel carries the workbench's own log; drop its known offline noise.
    if (!opts.verbose && NOISE.some((re) => re.test(text))) return;
    for (const line of text.split(/\r?\n/)) {
      const m = MARKER.exec(line);
      if (m) {
        const arg = (m[2] ?? '').trim();
        if (opts.verbose) say(`marker @@${m[1]} ${arg}`);
        queue = queue.then(() => markerHandlers[m[1]](arg));
        continue;
      }
      process.stdout.write(`${line}\n`);
    }
  });

  let exitCode = null;
  let resolveExit;
  const exited = new Promise((res) => { resolveExit = res; });
  await page.exposeFunction('codeAutomationExit', (code) => {
    exitCode = Number(code) || 0;
    resolveExit();
  });

  say(`opening the workbench: tests ${opts.tests}`);
  await page.goto(url.href, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  if (opts.web) {
    // The tests act on the page; their own lines go to stdout, the result line last.
    const { default: pageTests } = await import(pathToFileURL(opts.pageTests).href);
    const run = pageTests({ page, say: (line) => process.stdout.write(`${line}\n`), screenshots: opts.screenshots, workspace: opts.workspace });
    const outcome = await Promise.race([run, sleep(opts.timeout * 1000).then(() => 'timeout')]);
    if (outcome === 'timeout') {
      const shot = join(opts.screenshots, 'web-timeout.png');
      try { writeAtomic(shot, await page.screenshot()); } catch { /* page may be gone */ }
      return finish(124, `TIMEOUT: the page tests did not finish within ${opts.timeout} s; screenshot: ${shot}`);
    }
    process.stdout.write(`@@RESULT ${outcome.passed} ${outcome.failed}\n`);
    return finish(outcome.failed ? 1 : 0, `page tests: ${outcome.passed} passed, ${outcome.failed} failed after ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  }

  const timedOut = sleep(opts.timeout * 1000).then(() => 'timeout');
  const result = await Promise.race([exited.then(() => 'exit'), timedOut]);
  if (result === 'timeout') {
    const shot = join(opts.screenshots, 'timeout.png');
    try { writeAtomic(shot, await page.screenshot()); } catch { /* page may be gone */ }
    return finish(124, `TIMEOUT: the tests did not finish within ${opts.timeout} s `
      + `(last output ${((Date.now() - lastOutput) / 1000).toFixed(0)} s ago); screenshot: ${shot}`);
  }
  await queue; // pending marker requests
  if (exitCode !== 0) {
    const shot = join(opts.screenshots, 'failure.png');
    try { writeAtomic(shot, await page.screenshot()); } catch { /* page may be gone */ }
    return finish(exitCode, `tests FAILED (exit code ${exitCode}) after ${((Date.now() - t1) / 1000).toFixed(1)} s; screenshot: ${shot}`);
  }
  if (checkFailures.length) {
    return finish(1, `tests passed but --expect-text checks failed at: ${checkFailures.join(', ')}`);
  }
  return finish(0, `tests passed in ${((Date.now() - t1) / 1000).toFixed(1)} s (total ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => finish(1, `harness error: ${e.stack || e}`));
}
