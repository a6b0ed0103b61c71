// What a journalist sees in a real VS Code: decorations, hover cards, the
// Claims and Entities views, navigation, toggles, export and the Outline.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  KildeTestApi, LagProbe, api, closeDocument, hoverMarkdown, openFile, openText, repoRoot, sample, screenshot, squash, textsOf, tmpDir, waitFor, waitForPage,
} from './helpers';

describe('Kilde in VS Code', function () {
  this.timeout(120000);
  let kilde: KildeTestApi;
  let editor: vscode.TextEditor;
  let doc: vscode.TextDocument;
  const text = sample();

  before(async () => {
    editor = await openText('torskekvote.news', text);
    doc = editor.document;
    kilde = await api();
    await kilde.whenIdle(doc.uri);
  });

  const offsetOf = (s: string, nth = 0) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(s, at + 1);
    assert.ok(at >= 0, `"${s}" not in the sample`);
    return at;
  };
  const hoverAt = async (s: string) => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offsetOf(s) + 1));
    return hoverMarkdown(hovers ?? []);
  };

  it('opens .news files in the news language and analyses them', () => {
    assert.equal(doc.languageId, 'news');
    const a = kilde.analysisFor(doc.uri);
    assert.ok(a, 'no analysis for the opened article');
    assert.ok(a!.claims.length >= 10, `only ${a!.claims.length} claims`);
  });

  it('decorates sources, numbers, places and claims with the right text', () => {
    const d = kilde.decorationsFor(editor);
    const a = kilde.analysisFor(doc.uri)!;
    assert.deepEqual(textsOf(doc, d.place).sort(), a.entities.filter((e) => e.kind === 'place').map((e) => e.text).sort());
    assert.ok(textsOf(doc, d.place).includes('Murmansk'));
    assert.ok(textsOf(doc, d.source).includes('Ingrid Hasvik Moe'));
    assert.ok(textsOf(doc, d.number).includes('340.000'));
    assert.equal(d.claim.length, a.claims.length);
  });

  it('shows a place card with country, population, coordinates and the GeoNames credit', async () => {
    const md = await hoverAt('Murmansk');
    assert.match(md, /Murmansk/);
    assert.match(md, /Russland/);
    assert.match(md, /openstreetmap\.org/);
    assert.match(md, /GeoNames/);
  });

  it('shows a number card with the figures that disagree', async () => {
    const md = await hoverAt('311.587');
    assert.match(md, /311587|311\s?587|311\.587/);
    assert.match(md, /340\.000/, 'the conflicting figure is not listed');
  });

  it('shows a source card with role and claims, and a claim card', async () => {
    const md = await hoverAt('Ingrid Hasvik Moe');
    assert.match(md, /havminister/i);
    assert.match(md, /command:kilde\.reveal/);
    // A claim spans its content: the card on the claimed words names the source and the cue.
    const claim = await hoverAt('kuttet vil koste');
    assert.match(claim, /Norges Fiskarlag/);
    assert.match(claim, /mener/);
  });

  it('lists claims grouped by source, most claims first, and in document order', async () => {
    const groups = (await kilde.claimsView.getChildren()) as unknown[];
    assert.ok(groups.length >= 5);
    const items = await Promise.all(groups.map((g) => kilde.claimsView.getTreeItem(g)));
    const labels = items.map((i) => (typeof i.label === 'string' ? i.label : i.label?.label ?? ''));
    assert.ok(labels.some((l) => l.includes('Ingrid Hasvik Moe')), labels.join(' | '));
    const counts = await Promise.all(groups.map(async (g) => ((await kilde.claimsView.getChildren(g)) as unknown[]).length));
    for (let i = 1; i < counts.length; i++) assert.ok(counts[i - 1] >= counts[i], `groups not sorted by claim count: ${counts}`);

    await vscode.commands.executeCommand('kilde.claims.groupByOrder');
    const flat = (await kilde.claimsView.getChildren()) as unknown[];
    const a = kilde.analysisFor(doc.uri)!;
    assert.equal(flat.length, a.claims.length);
    const first = await kilde.claimsView.getTreeItem(flat[0]);
    assert.match(String(first.description ?? ''), /sa|mener|Ifølge|hevder|opplyser/);
    await vscode.commands.executeCommand('kilde.claims.groupBySource');
  });

  it('selects a claim in the editor when its tree item is clicked', async () => {
    await vscode.commands.executeCommand('kilde.claims.groupByOrder');
    const flat = (await kilde.claimsView.getChildren()) as unknown[];
    const item = await kilde.claimsView.getTreeItem(flat[3]);
    assert.ok(item.command, 'claim item has no command');
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const c = kilde.analysisFor(doc.uri)!.claims[3];
    const sel = vscode.window.activeTextEditor!.selection;
    assert.equal(doc.offsetAt(sel.start), c.start);
    assert.equal(doc.offsetAt(sel.end), c.end);
    await vscode.commands.executeCommand('kilde.claims.groupBySource');
  });

  it('moves to the next and previous claim', async () => {
    const claims = kilde.analysisFor(doc.uri)!.claims;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('kilde.nextClaim');
    assert.equal(doc.offsetAt(vscode.window.activeTextEditor!.selection.start), claims[0].start);
    await vscode.commands.executeCommand('kilde.nextClaim');
    assert.equal(doc.offsetAt(vscode.window.activeTextEditor!.selection.start), claims[1].start);
    await vscode.commands.executeCommand('kilde.previousClaim');
    assert.equal(doc.offsetAt(vscode.window.activeTextEditor!.selection.start), claims[0].start);
    // Wraps around from the first to the last.
    await vscode.commands.executeCommand('kilde.previousClaim');
    assert.equal(doc.offsetAt(vscode.window.activeTextEditor!.selection.start), claims[claims.length - 1].start);
  });

  it('removes and restores decorations with the toggles', async () => {
    await vscode.commands.executeCommand('kilde.togglePlaces');
    await waitFor('place decorations to go', () => kilde.decorationsFor(editor).place.length === 0);
    assert.ok(kilde.decorationsFor(editor).source.length > 0, 'other kinds must stay');
    await vscode.commands.executeCommand('kilde.togglePlaces');
    await waitFor('place decorations to return', () => kilde.decorationsFor(editor).place.length > 0);
  });

  it('gives Outline symbols: claims by source, places and figures', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(symbols && symbols.length > 0, 'no symbols');
    const names = symbols!.map((s) => s.name);
    assert.ok(names.some((n) => n.includes('Ingrid Hasvik Moe')), names.join(' | '));
    const all = JSON.stringify(symbols!.map((s) => [s.name, s.children.map((c) => c.name)]));
    assert.match(all, /Murmansk/);
    assert.match(all, /340\.000/);
  });

  it('exports JSON, brat and Markdown next to the file', async () => {
    const base = doc.uri.fsPath.replace(/\.news$/, '');
    for (const [format, file] of [['json', `${base}.kilde.json`], ['brat', `${base}.ann`], ['md', `${base}.kilde.md`]] as const) {
      fs.rmSync(file, { force: true });
      await vscode.commands.executeCommand('kilde.exportAnnotations', { format, overwrite: true });
      const out = fs.readFileSync(file, 'utf8');
      if (format === 'json') assert.equal(JSON.parse(out).claims.length, kilde.analysisFor(doc.uri)!.claims.length);
      if (format === 'brat') assert.match(out, /^T\d+\tPlace \d+ \d+\t/m);
      if (format === 'md') assert.match(out, /\| Ingrid Hasvik Moe \|/);
    }
    assert.equal(doc.getText(), text, 'the document must never change');
  });

  it('keeps the extension host responsive on a 5 MB document', async function () {
    // 31–35 s on a busy 2-core machine, of the suite's 120 s: only against a hang.
    this.timeout(300000);
    const big = (text + '\n\n').repeat(Math.ceil(5e6 / text.length));
    const e = await openText('stor.news', big);
    // The tests run in the extension host itself: the longest gap between timer ticks
    // while Kilde analyses is how long the host could not answer anything.
    const t00 = Date.now();
    const probe = new LagProbe(5).start();
    await kilde.whenIdle(e.document.uri);
    probe.stop();
    const worst = probe.max();
    const busy = probe.maxBusy();
    console.log(`    5 MB: analysed and decorated in ${Date.now() - t00} ms; longest extension-host stall ${worst.toFixed(0)} ms (busy ${busy.toFixed(0)} ms)`);
    assert.ok((kilde.analysisFor(e.document.uri)?.claims.length ?? 0) > 1000);
    // Stalls measured 200–550 ms on this 2-core machine (VS Code's own work on a 5 MB model
    // included); before analysis ran in yielding slices it was 2–3 s. The bound was on the stall
    // itself, under 3× the typical value, and a stall also grows when a busy machine does not
    // schedule the host at all. So the bound is on the host thread's own CPU time within a stall
    // (busy, at most the stall): 2–3 s of work in one turn still fails it, the machine's load does not.
    assert.ok(busy < 1500, `the extension host was busy for ${busy.toFixed(0)} ms at a stretch (a stall of ${worst.toFixed(0)} ms) while a 5 MB document was analysed`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('re-analyses an edit to a 200 KB article incrementally and updates the highlights', async () => {
    const article = (text + '\n\n').repeat(Math.ceil(200_000 / text.length));
    const e = await openText('lang.news', article);
    await kilde.whenIdle(e.document.uri);
    const before = kilde.analysisFor(e.document.uri)!;
    const times: number[] = [];
    const cores: number[] = [];
    const waits: number[] = [];
    const rereads: number[] = [];
    const edits = 9;
    for (let i = 0; i < edits; i++) {
      const at = e.document.positionAt(e.document.getText().indexOf('Norges Fiskarlag mener', 30_000 + i * 15_000));
      const t0 = Date.now();
      await e.edit((b) => b.insert(at, 'Ifølge NTB er 17 båter solgt. '));
      await waitFor('the edit to be analysed', () => (kilde.analysisFor(e.document.uri)?.claims.length ?? 0) > before.claims.length + i);
      await kilde.whenIdle(e.document.uri);
      waits.push(Date.now() - t0);
      times.push(kilde.lastAnalysisMs(e.document.uri) ?? NaN);
      cores.push(kilde.lastCoreMs(e.document.uri) ?? NaN);
      rereads.push(kilde.lastIncrementalStats(e.document.uri)?.reread ?? NaN);
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const show = (xs: number[]) => xs.map((t) => t.toFixed(1)).join(' ');
    console.log(`    200 KB edit: core analysis ${show(cores)} ms (median ${med(cores).toFixed(1)}); run with text read ${show(times)} ms; edit to highlights ${waits.join(' ')} ms (debounce 200 ms)`);
    const paragraphs = kilde.lastIncrementalStats(e.document.uri)?.paragraphs ?? 0;
    console.log(`    paragraphs read again per edit: ${rereads.join(' ')} of ${paragraphs}`);
    // Incremental means each edit reads again only the paragraph it touched, not the article.
    // Its time is logged, not bounded: in this host it swings from 5 to 40 ms with the load of
    // the machine (a full read takes 25–90 ms), and the benchmark holds the 5 ms target.
    assert.ok(paragraphs > 300, `${paragraphs} paragraphs in the article`);
    for (const n of rereads) assert.ok(n >= 1 && n <= 2, `an edit read ${n} of ${paragraphs} paragraphs again`);
    const inserted = e.document.getText().indexOf('17 båter');
    const d = kilde.decorationsFor(e);
    assert.ok(d.number.some((r) => e.document.offsetAt(r.start) === inserted), 'the new figure is not highlighted');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  describe('what a person sees', () => {
    before(async () => {
      editor = await vscode.window.showTextDocument(doc, { preview: false });
      await kilde.whenIdle(doc.uri);
    });

    it('editor.png: the article with its highlights', async () => {
      editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
      await new Promise((r) => setTimeout(r, 500));
      const file = await screenshot('editor.png');
      assert.ok(fs.statSync(file).size > 20000);
    });

    it('hover.png: a real mouse hover over a place shows its country', async () => {
      const line = doc.positionAt(offsetOf('Murmansk')).line;
      editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
      await new Promise((r) => setTimeout(r, 300));
      console.log('@@MOUSE-MOVE-TO-TEXT Murmansk');
      const page = await waitForPage('the Murmansk card', (p) => p.hovers.some((h) => h.includes('Murmansk') && h.includes('GeoNames')));
      assert.ok(page.hovers.some((h) => squash(h).includes('Russland')), 'the card does not show the country');
      await screenshot('hover.png');
    });

    it('panel.png: the Claims view lists the sources', async () => {
      await vscode.commands.executeCommand('kilde.showClaims');
      const page = await waitForPage('source names in the Claims view', (p) => p.listRows.some((r) => r.includes('Ingrid Hasvik Moe')));
      assert.ok(page.listRows.some((r) => r.includes('Havforskningsinstituttet')));
      await screenshot('panel.png');
    });
  });

  describe('people and organisations', () => {
    const labelOf = (i: vscode.TreeItem) => (typeof i.label === 'string' ? i.label : i.label?.label ?? '');
    const view = () => kilde.entitiesView;
    const childrenOf = async (node?: unknown) => {
      const nodes = ((await view().getChildren(node)) ?? []) as unknown[];
      const items = await Promise.all(nodes.map((n) => view().getTreeItem(n)));
      return nodes.map((node, i) => ({ node, item: items[i], label: labelOf(items[i]) }));
    };

    before(async () => {
      editor = await vscode.window.showTextDocument(doc, { preview: false });
      await kilde.whenIdle(doc.uri);
    });

    it('the Entities view has People and Organisations groups between Sources and Places', async () => {
      const groups = await childrenOf();
      assert.equal(groups.length, 5, groups.map((g) => g.label).join(' | '));
      assert.match(groups[1].label, /^(People|Personer)$/);
      assert.match(groups[2].label, /^(Organisations|Organisasjoner)$/);
      assert.ok(groups[1].item.iconPath instanceof vscode.ThemeIcon && groups[1].item.iconPath.id === 'person');
      assert.ok(groups[2].item.iconPath instanceof vscode.ThemeIcon && groups[2].item.iconPath.id === 'organization');

      const people = await childrenOf(groups[1].node);
      const moe = people.find((p) => p.label === 'Ingrid Hasvik Moe');
      assert.ok(moe, people.map((p) => p.label).join(' | '));
      // Her role, two mentions ("Ingrid Hasvik Moe", "Moe") and her claims.
      assert.match(String(moe.item.description), /havminister/);
      assert.match(String(moe.item.description), /2 (mentions|forekomster)/);
      assert.match(String(moe.item.description), /2 (claims|påstander)/);
      const mentions = await childrenOf(moe.node);
      assert.equal(mentions.length, 2);
      const go = mentions[1].item.command;
      assert.equal(go?.command, 'kilde.revealRange');
      await vscode.commands.executeCommand(go!.command, ...(go!.arguments ?? []));
      const sel = vscode.window.activeTextEditor!.selection;
      assert.equal(doc.getText(sel), 'Moe');

      const orgs = await childrenOf(groups[2].node);
      assert.ok(orgs.some((o) => o.label === 'Havforskningsinstituttet'), orgs.map((o) => o.label).join(' | '));
      assert.ok(orgs.some((o) => o.label === 'Norges Fiskarlag'));
    });

    it('a person who speaks gets one card (the source card), not two', async () => {
      const md = await hoverAt('Ingrid Hasvik Moe');
      // The card's heading once (the claim card names her too, as its source).
      assert.equal(md.split('**Ingrid Hasvik Moe** —').length - 1, 1, md);
      assert.match(md, /havminister/);
      assert.match(md, /command:kilde\.revealClaim/);
    });

    it('a person named without speaking gets a small card with role and no claims; names.png', async () => {
      const nn = fs.readFileSync(path.join(repoRoot, 'examples', 'nynorsk-ferje.txt'), 'utf8');
      // Opened as a user opens it, so that closing it really closes it (the store's counts are checked later).
      const e = await openFile('nynorsk-ferje.news', nn);
      await kilde.whenIdle(e.document.uri);
      const at = nn.indexOf('Kjersti Vangsnes');
      const a = kilde.analysisFor(e.document.uri)!;
      const named = a.entities.find((x) => x.kind === 'person' && x.start <= at && at < x.end);
      assert.ok(named, 'Kjersti Vangsnes is not a person entity');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', e.document.uri, e.document.positionAt(at + 2));
      const md = hoverMarkdown(hovers ?? []);
      assert.match(md, /\*\*Kjersti Vangsnes\*\* — (person|person), Statsråd/);
      assert.match(md, /named, but not quoted|nevnt, men ikke sitert/);
      assert.doesNotMatch(md, /command:kilde\.revealClaim/);

      // The names highlight is off by default, and faint when on.
      assert.equal(kilde.decorationsFor(e).name.length, 0);
      await vscode.workspace.getConfiguration('kilde').update('highlight.names', true, vscode.ConfigurationTarget.Global);
      try {
        await waitFor('names to be underlined', () => kilde.decorationsFor(e).name.length > 0);
        assert.ok(textsOf(e.document, kilde.decorationsFor(e).name).includes('Kjersti Vangsnes'));
      } finally {
        await vscode.workspace.getConfiguration('kilde').update('highlight.names', undefined, vscode.ConfigurationTarget.Global);
      }
      await waitFor('names to lose their underline', () => kilde.decorationsFor(e).name.length === 0);

      const line = e.document.positionAt(at).line;
      e.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
      await new Promise((r) => setTimeout(r, 300));
      // One word: word wrap may break the line between first name and surname.
      console.log('@@MOUSE-MOVE-TO-TEXT Vangsnes');
      await waitForPage('the Kjersti Vangsnes card', (p) => p.hovers.some((h) => h.includes('Kjersti Vangsnes') && /Statsråd/.test(h)));
      await screenshot('names.png');
    });

    it('entities.png: the Entities view lists People and Organisations', async () => {
      await vscode.commands.executeCommand('kilde.entities.focus');
      const page = await waitForPage('People and Organisations in the Entities view', (p) => p.listRows.some((r) => /^(People|Personer)/.test(r)) && p.listRows.some((r) => r.includes('Marit Solheim Vik')));
      assert.ok(page.listRows.some((r) => /^(Organisations|Organisasjoner)/.test(r)), page.listRows.join(' | '));
      await screenshot('entities.png');
      const nn = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/nynorsk-ferje.news'));
      if (nn) await closeDocument(nn);
      // Leave the window as panel.png left it (the Claims view focused) for the tests that follow.
      await vscode.commands.executeCommand('kilde.showClaims');
    });
  });

  describe('the Claims view on the Nynorsk and English examples', () => {
    const labelOf = (i: vscode.TreeItem) => (typeof i.label === 'string' ? i.label : i.label?.label ?? '');
    /** Each source in the view with the labels of its claims, as a person reads them. */
    async function claimsBySource(): Promise<Map<string, string[]>> {
      const out = new Map<string, string[]>();
      for (const g of (await kilde.claimsView.getChildren()) as unknown[]) {
        const kids = (await kilde.claimsView.getChildren(g)) as unknown[];
        const items = await Promise.all(kids.map((k) => kilde.claimsView.getTreeItem(k)));
        out.set(labelOf(await kilde.claimsView.getTreeItem(g)), items.map(labelOf));
      }
      return out;
    }
    // Content, right speaker: the claim reads from its first claimed word, with the speaker,
    // title and cue outside it (the view shows a claim's first 60 characters).
    const cases = [
      { file: 'nynorsk-ferje.txt', speaker: 'Tormod Aasen', content: 'fylket må kutte 48 millionar kroner', notIn: /Aasen|sa\b/ },
      { file: 'english-council.txt', speaker: 'Rajiv Menon', content: 'that the £18 million price tag', notIn: /Menon|argued|spokesman/ },
    ];
    for (const c of cases) {
      it(`${c.file}: "${c.content} …" is under ${c.speaker}`, async () => {
        const text = fs.readFileSync(path.join(repoRoot, 'examples', c.file), 'utf8');
        const e = await openFile(c.file.replace('.txt', '.news'), text);
        await kilde.whenIdle(e.document.uri);
        await vscode.commands.executeCommand('kilde.claims.groupBySource');
        const bySource = await waitFor(`the Claims view to show ${c.file}`, async () => {
          const m = await claimsBySource();
          return m.has(c.speaker) ? m : undefined;
        });
        const claims = bySource.get(c.speaker)!;
        const claim = claims.find((l) => l.startsWith(c.content));
        assert.ok(claim, `${c.speaker}: ${claims.join(' | ')}`);
        assert.doesNotMatch(claim, c.notIn);
        if (c.file.startsWith('english')) {
          await vscode.commands.executeCommand('kilde.showClaims');
          await waitForPage('the English claims in the Claims view', (p) => p.listRows.some((r) => r.includes('Rajiv Menon')));
          await screenshot('panel-en.png');
        }
        await closeDocument(e.document);
        // Back to the sample article, as the tests that follow expect.
        await vscode.window.showTextDocument(doc, { preview: false });
        await kilde.whenIdle(doc.uri);
      });
    }
  });

  after(() => {
    fs.rmSync(path.join(tmpDir()), { recursive: true, force: true });
  });
});
