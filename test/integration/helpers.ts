// Shared helpers for the integration tests that run inside a real VS Code
// (code-server) under scripts/vscode-test/run.mjs. See its README for the
// @@ marker protocol: the harness writes files that the tests wait for.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/model';

export interface KildeTestApi {
  whenIdle(uri?: vscode.Uri): Promise<void>;
  analysisFor(uri: vscode.Uri): Analysis | undefined;
  decorationsFor(editor: vscode.TextEditor): Record<'source' | 'number' | 'place' | 'claim', vscode.Range[]>;
  claimsView: vscode.TreeDataProvider<unknown>;
  entitiesView: vscode.TreeDataProvider<unknown>;
  lastAnalysisMs(uri: vscode.Uri): number | undefined;
}

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
