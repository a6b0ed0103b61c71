// The web build in VS Code's web-worker extension host, tested as a user meets it: keyboard,
// mouse and what the page shows. scripts/test.mjs runs this with scripts/vscode-test/run.mjs
// --web on a copy of the extension whose Node bundle throws on load, so everything seen here
// comes from dist/web/extension.js in the browser's worker.
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIND_TEXT } from '../../scripts/vscode-test/run.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Calls fn (in Node) until it returns a truthy value; returns it. */
async function poll(what, fn, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

// What the page shows. Each runs in the page, so each is self-contained.
const statusItems = (page) => page.evaluate(() => [...document.querySelectorAll('.statusbar-item')].map((e) => e.innerText.trim()).filter(Boolean));
/** The text of every decorated span (extension decorations carry a "ced-" class) in the visible editors. */
const decorated = (page) => page.evaluate(() => [...document.querySelectorAll('.monaco-editor .view-lines span[class*="ced-"]')].map((e) => e.textContent.replace(/\u00a0/g, ' ')));
const hoverCard = (page) => page.evaluate(() => [...document.querySelectorAll('.monaco-hover')].filter((e) => e.getClientRects().length).map((e) => e.innerText).join('\n'));
const listRows = (page) => page.evaluate(() => [...document.querySelectorAll('.monaco-list-row')].filter((e) => e.getClientRects().length).map((e) => e.innerText.replace(/\s+/g, ' ').trim()));
const activeTab = (page) => page.evaluate(() => document.querySelector('.editor-group-container.active .tab.active')?.innerText ?? '');
/** Page coordinates of the middle of `text` where an editor shows it (the first editor group's first). */
const findText = (page, text) => page.evaluate(FIND_TEXT, text);
const CLAIMS_STATUS = /^[\d,.\u00a0\u202f ]+ claims? · [\d,.\u00a0\u202f ]+ sources?$/;

/** Opens a file of the workspace with Quick Open, as a user does (to the side with Ctrl+Enter);
 *  a file open in a tab already is brought forward by a click on its tab. */
async function openFile(page, name, { side = false } = {}) {
  const tab = page.locator('.tab', { hasText: name });
  if (!side && (await tab.count()) > 0) {
    await tab.first().click();
    await poll(`${name} active`, async () => (await activeTab(page)).includes(name));
    return;
  }
  // Quick Open's file search may not have seen a new file yet: ask again until it has.
  await poll(`${name} in Quick Open`, async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
    await page.keyboard.type(name);
    try {
      return await poll(`${name} in Quick Open`, async () => (await listRows(page)).some((r) => r.includes(name)), 5000);
    } catch {
      return false;
    }
  }, 60_000);
  // Quick Open may still be searching when the row first shows, and then takes no Enter: try again.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press(side ? 'Control+Enter' : 'Enter');
    try {
      await poll(`${name} open`, async () => (await activeTab(page)).includes(name), 3000);
      return;
    } catch (e) {
      if (attempt === 5) throw e;
    }
  }
}

/** Moves the real mouse off and onto `text`, and returns the hover card that shows. */
async function hover(page, text, expect, timeoutMs = 15_000) {
  const at = await poll(`"${text}" on screen`, () => findText(page, text));
  await page.mouse.move(5, 5);
  await sleep(200);
  await page.mouse.move(at.x, at.y, { steps: 4 });
  let seen = '';
  try {
    return await poll(`a hover card on "${text}" with ${expect}`, async () => {
      seen = await hoverCard(page);
      return expect.test(seen) ? seen : null;
    }, timeoutMs);
  } catch (e) {
    const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.outerHTML.slice(0, 200), at);
    throw new Error(`${e.message} (the mouse at ${Math.round(at.x)},${Math.round(at.y)} over ${under}; hover shown: ${JSON.stringify(seen.slice(0, 200))})`);
  }
}

export default async function webTests({ page, say, screenshots, workspace }) {
  let passed = 0;
  let failed = 0;
  let broken = false;
  const test = async (name, fn) => {
    if (broken) {
      failed++;
      say(`  ✖ ${name} (not run: an earlier step failed)`);
      return;
    }
    const t0 = Date.now();
    try {
      await fn();
      passed++;
      say(`  ✔ ${name} (${Date.now() - t0}ms)`);
    } catch (e) {
      failed++;
      broken = true;
      say(`  ✖ ${name}\n      ${String(e?.message ?? e).split('\n').join('\n      ')}`);
      try { await page.screenshot({ path: join(screenshots, `web-failed-${passed + failed}.png`) }); } catch { /* page may be gone */ }
    }
  };
  say('Kilde in the web-worker extension host (VS Code for the Web)');
  // The large file of the last test, about 6 MB of the examples, written before the workbench
  // searches the folder.
  const unit = ['torskekvote.txt', 'nynorsk-ferje.txt', 'english-council.txt'].map((f) => readFileSync(join(workspace, f), 'utf8')).join('\n\n');
  writeFileSync(join(workspace, 'stor.txt'), Array.from({ length: Math.ceil(6e6 / unit.length) }, () => unit).join('\n\n'));
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60_000 });

  await test('activates from its browser bundle and decorates the sample article', async () => {
    await openFile(page, 'torskekvote.txt');
    const status = await poll('Kilde\'s claims in the status bar', async () => (await statusItems(page)).find((t) => CLAIMS_STATUS.test(t)), 60_000);
    // The same analysis as the Node build's: the command line's counts for the same file.
    const cli = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'dist', 'cli', 'kilde.js'), 'annotate', join(workspace, 'torskekvote.txt')], { encoding: 'utf8' }));
    const expected = `${cli.claims.length} claims · ${cli.sources.length} sources`;
    if (status !== expected) throw new Error(`status bar: "${status}", the command line: "${expected}"`);
    const texts = await poll('decorations', async () => { const t = await decorated(page); return t.length > 30 ? t : null; });
    // A source, a figure and a place, each marked where it is.
    for (const want of ['Ingrid Hasvik Moe', '340.000', 'Tromsø', 'Fiskeridirektoratet']) {
      if (!texts.some((t) => t.includes(want))) throw new Error(`"${want}" is not decorated; decorated: ${texts.slice(0, 40).join(' | ')}`);
    }
    await page.screenshot({ path: join(screenshots, 'web-decorations.png') });
  });

  await test('answers a real mouse hover with its card', async () => {
    const place = await hover(page, 'Tromsø', /Norway|Norge/);
    const source = await hover(page, 'Fiskeridirektoratet', /Fiskeridirektoratet/);
    if (!/claim/i.test(source)) throw new Error(`the source card says nothing of its claims: ${source}`);
    await page.screenshot({ path: join(screenshots, 'web-hover.png') });
    say(`      place card: ${place.split('\n')[0]}; source card: ${source.split('\n')[0]}`);
    await page.mouse.move(5, 5);
  });

  await test('lists the claims in the Claims view, and a click on one selects it in the article', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await page.keyboard.type('Kilde: Focus on Claims View');
    await poll('the command in the palette', async () => (await listRows(page)).some((r) => /Claims/.test(r)));
    await page.keyboard.press('Enter');
    // A claim's row ends on the line it stands on. Which claims the view has room for depends on how
    // many each source has (groups with more come first), so the test takes the first one shown.
    const CLAIM_ROW = /· line (\d+)$/;
    const rows = await poll('claims in the view', async () => { const r = await listRows(page); return r.some((t) => CLAIM_ROW.test(t)) ? r : null; });
    const claim = rows.find((t) => CLAIM_ROW.test(t));
    const line = CLAIM_ROW.exec(claim)[1];
    await page.locator('.monaco-list-row', { hasText: claim.replace(/ · line \d+$/, '').slice(0, 30) }).first().click();
    const pos = await poll(`the cursor on line ${line}`, async () => (await statusItems(page)).find((t) => new RegExp(`^Ln ${line}, Col`).test(t)));
    await page.screenshot({ path: join(screenshots, 'web-claims.png') });
    say(`      ${rows.length} rows; clicked "${claim.replace(/\s+/g, ' ').slice(0, 50)}…" → ${pos}`);
  });

  await test('reads a large document in slices while the host keeps answering hovers', async () => {
    // The web host has no worker threads: the core runs on the host in slices, giving it a turn between them.
    await openFile(page, 'torskekvote.txt');
    const t0 = Date.now();
    await openFile(page, 'stor.txt', { side: true });
    const reading = await poll('the reading progress in the status bar', async () => (await statusItems(page)).find((t) => /Kilde: reading… \d+%/.test(t) && !/100%/.test(t)), 60_000);
    // Mid-read, the other article's hover is answered: the host is not held by the analysis.
    const t1 = Date.now();
    await hover(page, 'Tromsø', /^Tromsø[^\n]* — /, 20_000);
    const hoverMs = Date.now() - t1;
    const during = (await statusItems(page)).find((t) => /Kilde: reading/.test(t) || CLAIMS_STATUS.test(t));
    await page.screenshot({ path: join(screenshots, 'web-large.png') });
    await page.mouse.move(5, 5);
    const done = await poll('the large document annotated', async () => (await statusItems(page)).find((t) => CLAIMS_STATUS.test(t)), 300_000);
    say(`      ${reading} → ${done} after ${((Date.now() - t0) / 1000).toFixed(1)} s; a hover in the other editor answered in ${hoverMs} ms, the status bar then: ${during}`);
    if (!/Kilde: reading/.test(during ?? '')) throw new Error(`the large document was read before the hover could show that the host answers meanwhile: ${during}`);
  });

  return { passed, failed };
}

function readExample(workspace, name) {
  return readFileSync(join(workspace, name), 'utf8');
}
