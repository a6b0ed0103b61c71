// Shared helpers for the integration tests that run inside a real VS Code
// (code-server) under scripts/vscode-test/run.mjs. See its README for the
// @@ marker protocol: the harness writes files that the tests wait for.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { RunEnd } from '../../src/extension/analysis/store';
import type { RunTimings } from '../../src/extension/analysis/timings';
import type { KildeApi } from '../../src/extension/extension';

export type { RunEnd, RunTimings };

/** The extension's API as the tests use it: tree nodes are opaque to them. */
export type KildeTestApi = Omit<KildeApi, 'claimsView' | 'entitiesView'> & {
  claimsView: vscode.TreeDataProvider<unknown>;
  entitiesView: vscode.TreeDataProvider<unknown>;
};

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const screenshotDir = process.env.KILDE_VSCODE_TEST_SCREENSHOTS ?? path.join(repoRoot, 'test-output', 'screenshots');
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function api(): Promise<KildeTestApi> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'kilde');
  if (!ext) throw new Error('the Kilde extension is not loaded');
  return (await ext.activate()) as KildeTestApi;
}

let tmp: string | undefined;
/** A fresh folder for documents the tests write. */
export function tmpDir(): string {
  tmp ??= fs.mkdtempSync(path.join(os.tmpdir(), 'kilde-it-'));
  return tmp;
}

/** Writes `text` to a temporary file and opens it in an editor. */
export async function openText(name: string, text: string): Promise<vscode.TextEditor> {
  const file = path.join(tmpDir(), name);
  fs.writeFileSync(file, text);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/**
 * Writes `content` to a temporary file and opens it the way a user does
 * (through the workbench), so that closing its editor really closes the
 * document: one the extension host opened itself stays open for minutes.
 */
export async function openFile(name: string, content: string | Uint8Array): Promise<vscode.TextEditor> {
  const file = path.join(tmpDir(), name);
  fs.writeFileSync(file, content);
  return showFile(vscode.Uri.file(file));
}

export async function showFile(uri: vscode.Uri, timeoutMs = 60000): Promise<vscode.TextEditor> {
  const find = (editors: readonly vscode.TextEditor[]) => editors.find((e) => e.document.uri.toString() === uri.toString());
  let sub: vscode.Disposable | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const shown = new Promise<vscode.TextEditor>((resolve, reject) => {
    sub = vscode.window.onDidChangeVisibleTextEditors((editors) => {
      const e = find(editors);
      if (e) resolve(e);
    });
    timer = setTimeout(() => reject(new Error(`no editor for ${path.basename(uri.fsPath)} within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await vscode.commands.executeCommand('vscode.open', uri, { preview: false });
    return find(vscode.window.visibleTextEditors) ?? (await shown);
  } finally {
    sub?.dispose();
    clearTimeout(timer);
  }
}

/** Closes the editor of `doc` without saving and resolves once the extension host has let go of it. */
export async function closeDocument(doc: vscode.TextDocument, timeoutMs = 15000): Promise<void> {
  const closed = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => { sub.dispose(); resolve(false); }, timeoutMs);
    const sub = vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.toString() !== doc.uri.toString()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(true);
    });
  });
  if (vscode.window.activeTextEditor?.document !== doc) await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand(doc.isDirty ? 'workbench.action.revertAndCloseActiveEditor' : 'workbench.action.closeActiveEditor');
  if (!(await closed)) throw new Error(`${path.basename(doc.uri.fsPath)} was not closed within ${timeoutMs} ms`);
}

/** The next run of `uri` that ends (optionally: with this outcome). */
export function nextRunEnd(kilde: KildeTestApi, uri: vscode.Uri, outcome?: RunEnd['outcome'], timeoutMs = 120000): Promise<RunEnd> {
  const ended = new Promise<RunEnd>((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no ${outcome ?? ''} run end for ${path.basename(uri.fsPath)} within ${timeoutMs} ms`)); }, timeoutMs);
    const sub = kilde.onDidEndRun((e) => {
      if (e.uri.toString() !== uri.toString() || (outcome && e.outcome !== outcome)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e);
    });
  });
  // A test that fails before awaiting this must not leave an unhandled rejection behind.
  ended.catch(() => undefined);
  return ended;
}

/**
 * CPU time of the calling thread in ms, from Linux's /proc (10 ms ticks), or
 * undefined elsewhere. process.cpuUsage() counts every thread of the process,
 * and the analysis worker alone keeps one core busy.
 */
export function threadCpuMs(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, fields 14 and 15 of the line; the slice starts at field 3.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/**
 * How long the extension host's event loop was held: a timer that should
 * fire every `interval` ms records each gap between its ticks. The tests run
 * in the extension host itself, so a gap is time in which no request (a
 * command, a hover, a keystroke's change event) could have been answered.
 *
 * A gap is also recorded as busy time: the CPU time of the extension host's
 * own thread during it (V8's collections on that thread included), capped at
 * the gap. On a machine with more work than cores the extension host is
 * sometimes not scheduled at all, which makes a gap long without anything in
 * it holding the loop; busy time leaves that out. Where a thread's CPU time
 * cannot be read, the whole process's is taken, which errs towards blaming
 * the extension host (the analysis worker's time counts too).
 */
export class LagProbe {
  readonly gaps: Array<{ at: number; ms: number; busy: number }> = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  private last = 0;
  private cpu = 0;

  constructor(private readonly interval = 10) {}

  private static cpuMs(): number {
    const thread = threadCpuMs();
    if (thread !== undefined) return thread;
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  }

  start(): this {
    this.last = performance.now();
    this.cpu = LagProbe.cpuMs();
    this.timer = setInterval(() => {
      const now = performance.now();
      const cpu = LagProbe.cpuMs();
      const ms = now - this.last;
      this.gaps.push({ at: this.last, ms, busy: Math.min(ms, cpu - this.cpu) });
      this.cpu = cpu;
      this.last = now;
    }, this.interval);
    return this;
  }

  stop(): this {
    clearInterval(this.timer);
    return this;
  }

  private within(from: number, to: number) {
    return this.gaps.filter((g) => g.at >= from && g.at < to);
  }

  /** The longest gap that began in [from, to). */
  max(from = 0, to = Infinity): number {
    return this.within(from, to).reduce((m, g) => Math.max(m, g.ms), 0);
  }

  /** The longest busy time of a gap that began in [from, to). */
  maxBusy(from = 0, to = Infinity): number {
    return this.within(from, to).reduce((m, g) => Math.max(m, g.busy), 0);
  }

  /** The gap at quantile q (0–1) of those that began in [from, to). */
  quantile(q: number, from = 0, to = Infinity): number {
    return LagProbe.at(q, this.within(from, to).map((g) => g.ms));
  }

  /** The busy time at quantile q (0–1) of the gaps that began in [from, to). */
  busyQuantile(q: number, from = 0, to = Infinity): number {
    return LagProbe.at(q, this.within(from, to).map((g) => g.busy));
  }

  private static at(q: number, ms: number[]): number {
    ms.sort((a, b) => a - b);
    return ms.length ? ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] : 0;
  }
}

/**
 * Command round trips through the workbench, one after another: the
 * extension host asks the window to run a command and waits for the answer,
 * which needs its own event loop to be free for the reply.
 */
export class RoundTripProbe {
  readonly times: Array<{ at: number; ms: number }> = [];
  private running = false;
  private done: Promise<void> = Promise.resolve();

  start(): this {
    this.running = true;
    this.done = (async () => {
      for (let i = 0; this.running; i++) {
        const t0 = performance.now();
        await vscode.commands.executeCommand('setContext', 'kilde.test.ping', i);
        this.times.push({ at: t0, ms: performance.now() - t0 });
        await sleep(20);
      }
    })();
    return this;
  }

  async stop(): Promise<this> {
    this.running = false;
    await this.done;
    return this;
  }

  max(from = 0, to = Infinity): number {
    let max = 0;
    for (const t of this.times) if (t.at >= from && t.at < to) max = Math.max(max, t.ms);
    return max;
  }
}

let gcFn: (() => void) | undefined | null = null;
/** V8's gc(): the extension host is not started with --expose-gc, but the flag can still be set at run time. */
export function collectGarbage(): boolean {
  if (gcFn === null) {
    gcFn = (globalThis as { gc?: () => void }).gc;
    if (!gcFn) {
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('v8').setFlagsFromString('--expose-gc');
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        gcFn = require('vm').runInNewContext('gc') as () => void;
      } catch {
        gcFn = undefined;
      }
    }
  }
  if (!gcFn) return false;
  gcFn();
  gcFn();
  return true;
}

/** Heap in use after a full collection; without gc(), the median of a few samples taken when idle. */
export async function heapUsed(): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    await sleep(100);
    collectGarbage();
    samples.push(process.memoryUsage().heapUsed);
  }
  return samples.sort((a, b) => a - b)[2];
}

/**
 * What in a MarkdownString's source would render as something other than
 * text: raw HTML, entities, code spans, theme icons, images, auto-links, and
 * links whose target `allowedLink` does not accept. Backslash escapes are
 * honoured the way CommonMark does (any ASCII punctuation), except \\[ and \\]
 * inside link text: marked, which renders hovers, drops those backslashes.
 * &#91; and &#93; are how Kilde writes brackets in link text.
 */
export function markdownProblems(value: string, allowedLink: RegExp = /$^/): string[] {
  const chars: Array<{ c: string; escaped: boolean }> = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\' && i + 1 < value.length && /[!-/:-@[-`{-~]/.test(value[i + 1])) chars.push({ c: value[++i], escaped: true });
    else chars.push({ c: value[i], escaped: false });
  }
  const raw = (i: number, c: string) => chars[i] && !chars[i].escaped && chars[i].c === c;
  const text = (from: number, n: number) => chars.slice(from, from + n).map((x) => (x.escaped ? `\\${x.c}` : x.c)).join('');
  const problems: string[] = [];
  const at = (i: number) => JSON.stringify(text(Math.max(0, i - 20), 50));
  let linkStart = -1;
  for (let i = 0; i < chars.length; i++) {
    if (raw(i, '<')) problems.push(`raw < at ${at(i)}`);
    else if (raw(i, '`')) problems.push(`code span at ${at(i)}`);
    else if (raw(i, '&')) {
      if (/^&#9[13];$/.test(text(i, 5))) i += 4;
      else problems.push(`entity at ${at(i)}`);
    } else if (raw(i, '$') && raw(i + 1, '(')) problems.push(`theme icon at ${at(i)}`);
    else if (raw(i, '!') && raw(i + 1, '[')) problems.push(`image at ${at(i)}`);
    else if (raw(i, ':') && raw(i + 1, '/') && raw(i + 2, '/')) problems.push(`auto-link at ${at(i)}`);
    else if (raw(i, '[')) linkStart = i;
    else if (raw(i, ']') && raw(i + 1, '(')) {
      for (let k = linkStart + 1; k < i; k++) {
        if (chars[k].escaped && (chars[k].c === '[' || chars[k].c === ']')) {
          problems.push(`escaped bracket in link text at ${at(k)}`);
          break;
        }
      }
      let j = i + 2;
      let target = '';
      while (j < chars.length && !raw(j, ')') && !/\s/.test(chars[j].c)) target += chars[j++].c;
      if (!allowedLink.test(target)) problems.push(`link to ${JSON.stringify(target)} at ${at(i)}`);
      i = j;
    }
  }
  return problems;
}

/** The text a reader sees in Markdown source, give or take emphasis: escapes removed. */
export function unescapeMarkdown(value: string): string {
  return value.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&#91;/g, '[').replace(/&#93;/g, ']');
}

export function sample(): string {
  return fs.readFileSync(path.join(repoRoot, 'examples', 'torskekvote.txt'), 'utf8');
}

export async function waitFor<T>(what: string, fn: () => T | undefined | Promise<T | undefined>, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

async function waitForFile(file: string, timeoutMs = 20000): Promise<string> {
  return waitFor(`the harness to write ${file}`, () => {
    if (fs.existsSync(`${file}.error`)) throw new Error(fs.readFileSync(`${file}.error`, 'utf8').trim());
    return fs.existsSync(file) ? file : undefined;
  }, timeoutMs);
}

export async function screenshot(name: string): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, name);
  fs.rmSync(file, { force: true });
  console.log(`@@SCREENSHOT ${file}`);
  return waitForFile(file);
}

export interface PageText {
  title: string;
  bodyText: string;
  hovers: string[];
  listRows: string[];
  notifications: string[];
}

let pageCount = 0;
export async function pageText(): Promise<PageText> {
  const file = path.join(tmpDir(), `page-${++pageCount}.json`);
  console.log(`@@PAGE-TEXT ${file}`);
  await waitForFile(file);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as PageText;
}

/** Polls the rendered page until `pred` holds. */
export async function waitForPage(what: string, pred: (p: PageText) => boolean, timeoutMs = 15000): Promise<PageText> {
  const deadline = Date.now() + timeoutMs;
  let last: PageText | undefined;
  while (Date.now() < deadline) {
    last = await pageText();
    if (pred(last)) return last;
    await sleep(200);
  }
  throw new Error(`the page never showed ${what}; hovers: ${JSON.stringify(last?.hovers)}; rows: ${JSON.stringify(last?.listRows.slice(0, 20))}`);
}

export function textsOf(doc: vscode.TextDocument, ranges: readonly vscode.Range[]): string[] {
  return ranges.map((r) => doc.getText(r));
}

export function hoverMarkdown(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

export const squash = (s: string) => s.replace(/\s+/g, ' ');

/** Runs `fn` with vscode.window[name] replaced by `stub`: a dialog the test answers itself. */
export async function withStubbed<K extends keyof typeof vscode.window, R>(name: K, stub: (typeof vscode.window)[K], fn: () => Thenable<R>): Promise<R> {
  // The tests live inside the extension's folder, so they share Kilde's `vscode` API object.
  const w = vscode.window as unknown as Record<string, unknown>;
  const original = w[name];
  w[name] = stub;
  try {
    return await fn();
  } finally {
    w[name] = original;
  }
}
