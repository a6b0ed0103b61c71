// A fact-checker's work in a real VS Code: verdicts set from the Claims view's
// context menu, a hover card's link and the keybinding's quick pick; kept in
// the sidecar beside the article across closing and reopening, edits, a
// colleague's change on disk and a corrupt file; exported and reported.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { KildeTestApi, api, closeDocument, hoverMarkdown, openFile, sample, screenshot, sleep, squash, tmpDir, waitFor, waitForPage, withStubbed } from './helpers';

type Node = { type: string; claim?: { id: number; text: string }; anchored?: { review: { verdict: string } }; reviews?: unknown[] };

describe('Fact-checking in VS Code', function () {
  this.timeout(120000);
  let kilde: KildeTestApi;
  let editor: vscode.TextEditor;
  let doc: vscode.TextDocument;
  let sidecar: string;
  const text = sample();

  before(async () => {
    kilde = await api();
    await vscode.workspace.getConfiguration('kilde').update('review.author', 'Test Checker', vscode.ConfigurationTarget.Global);
    editor = await openFile('sjekk.news', text);
    doc = editor.document;
    sidecar = `${doc.uri.fsPath}.kilde.json`;
    await kilde.whenIdle(doc.uri);
    await vscode.commands.executeCommand('kilde.claims.groupByOrder');
  });
  after(async () => {
    await vscode.workspace.getConfiguration('kilde').update('review.author', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('kilde.claims.clearFilter');
    await vscode.commands.executeCommand('kilde.claims.groupBySource');
  });

  const analysis = () => kilde.analysisFor(doc.uri)!;
  const claimWith = (fragment: string) => {
    const c = analysis().claims.find((x) => x.text.includes(fragment));
    assert.ok(c, `no claim with «${fragment}»`);
    return c!;
  };
  const reviews = async () => (await kilde.reviewsFor(doc.uri))!;
  const verdictOn = async (fragment: string) => {
    const r = await reviews();
    const c = claimWith(fragment);
    return r.anchored.find((a) => a.claimId === c.id)?.review.verdict ?? 'unchecked';
  };
  const roots = async () => ((await kilde.claimsView.getChildren(undefined)) ?? []) as Node[];
  const nodeOf = async (fragment: string) => {
    const c = claimWith(fragment);
    const node = (await roots()).find((n) => n.type === 'claim' && n.claim!.id === c.id);
    assert.ok(node, `no tree node for «${fragment}»`);
    return node!;
  };
  const settle = async () => {
    await kilde.whenIdle(doc.uri);
    await sleep(50);
  };
  /** Back to the article as saved. The revert command acts on the active editor, so the article is
   *  made active first; and it returns before the text has changed, so wait for the clean document. */
  const revert = async () => {
    editor = await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('the article reverted', () => !doc.isDirty || undefined);
    await settle();
  };
  const waitForVerdict = (fragment: string, verdict: string) => waitFor(`${verdict} on «${fragment}»`, async () => (await verdictOn(fragment)) === verdict || undefined);
  const sidecarJson = () => JSON.parse(fs.readFileSync(sidecar, 'utf8'));
  /** The sidecar, or undefined for the moment a rewrite has it renamed away. */
  const sidecarNow = () => (fs.existsSync(sidecar) ? sidecarJson() : undefined);
  const hoverOn = async (fragment: string) => {
    const at = doc.getText().indexOf(fragment);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + 2));
    return hoverMarkdown(hovers ?? []);
  };

  it('sets a verdict from the Claims view context menu, writes the W3C sidecar and marks the claim', async () => {
    assert.ok(!fs.existsSync(sidecar), 'a sidecar before any review');
    // The context menu's "Set Verdict › False" runs this command with the tree node.
    await vscode.commands.executeCommand('kilde.review.verdict.false', await nodeOf('340.000 tonn er ikke bærekraftig'));
    await waitForVerdict('340.000 tonn er ikke bærekraftig', 'false');
    const json = sidecarJson();
    assert.ok([json['@context']].flat().includes('http://www.w3.org/ns/anno.jsonld'));
    const items = json.first?.items ?? json.items;
    assert.equal(items.length, 1);
    assert.equal(items[0].creator.name, 'Test Checker');
    assert.ok(items[0].target.selector.some((s: { type: string }) => s.type === 'TextQuoteSelector'));
    assert.ok(items[0].target.selector.some((s: { type: string }) => s.type === 'TextPositionSelector'));
    // The tree shows it with its own icon and name, the editor with a mark at the claim.
    const item = kilde.claimsView.getTreeItem(await nodeOf('340.000 tonn er ikke bærekraftig')) as vscode.TreeItem;
    assert.match(String(item.description), /^False ·/);
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'error');
    assert.equal(item.contextValue, 'claim.reviewed');
    await settle();
    const marks = kilde.reviewDecorationsFor(editor).get('false') ?? [];
    assert.equal(marks.length, 1);
    assert.equal(doc.offsetAt(marks[0].start), claimWith('340.000 tonn er ikke bærekraftig').start);
    assert.match(kilde.statusBar().text, /1 of \d+ checked/);
  });

  it('sets a verdict from the hover card\'s link', async () => {
    const md = await hoverOn('gytebestanden har falt');
    assert.match(md, /Verdict:/);
    const link = /\[Misleading\]\(command:kilde\.review\.setVerdict\?([^ )]+)/.exec(md);
    assert.ok(link, `no Misleading link in the card:\n${md}`);
    // As VS Code runs a command link: the JSON array's items are the command's arguments.
    const args = JSON.parse(decodeURIComponent(link![1])) as unknown[];
    await vscode.commands.executeCommand('kilde.review.setVerdict', ...args);
    await waitForVerdict('gytebestanden har falt', 'misleading');
    assert.match(squash(await hoverOn('gytebestanden har falt')), /Verdict: \*\*Misleading\*\*/);
  });

  it('sets a verdict on the claim at the cursor with the keybinding\'s quick pick', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
    assert.ok(pkg.contributes.keybindings.some((k: { command: string }) => k.command === 'kilde.review.setVerdict'), 'no keybinding');
    editor = await vscode.window.showTextDocument(doc, { preview: false });
    const at = doc.positionAt(claimWith('420 norske fartøy').start + 3);
    editor.selection = new vscode.Selection(at, at);
    const picking = vscode.commands.executeCommand('kilde.review.setVerdict');
    await sleep(500);
    // Unchecked, Checking, True: the third item.
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await picking;
    await waitForVerdict('420 norske fartøy', 'true');
  });

  it('review-panel.png and review-hover.png: statuses and the filter, a card with verdict and note', async () => {
    await vscode.commands.executeCommand('kilde.review.setVerdict', doc.uri.toString(), claimWith('1,2 milliarder kroner').id, 'checking');
    await waitForVerdict('1,2 milliarder kroner', 'checking');
    await vscode.commands.executeCommand('kilde.showClaims');
    await waitForPage('verdicts in the Claims view', (p) => p.listRows.some((r) => r.includes('False')) && p.listRows.some((r) => r.includes('Misleading')));
    await screenshot('review-panel.png');
    await vscode.commands.executeCommand('kilde.claims.showUnchecked');
    const shown = (await roots()).filter((n) => n.type === 'claim');
    assert.equal(shown.length, analysis().claims.length - 4);
    await waitForPage('the filter message', (p) => p.bodyText.includes('Showing'));
    await vscode.commands.executeCommand('kilde.claims.clearFilter');
    assert.equal((await roots()).filter((n) => n.type === 'claim').length, analysis().claims.length);
  });

  it('keeps a hostile note inert in the hover card and the tree', async () => {
    // A colleague's edit on disk: the note holds Markdown, HTML and a command link.
    const json = sidecarJson();
    const items = json.first?.items ?? json.items;
    const hostile = '**bold** <img src=x onerror=alert(1)> [run](command:workbench.action.quit) https://example.com';
    const misleading = items.find((i: { body: Array<{ purpose: string; value: string }> }) => i.body.some((b) => b.purpose === 'assessing' && b.value === 'misleading'));
    misleading.body = misleading.body.filter((b: { purpose: string }) => b.purpose !== 'commenting').concat([{ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: hostile }]);
    fs.writeFileSync(sidecar, JSON.stringify(json, null, 2));
    const md = await waitFor('the note in the card', async () => {
      const h = await hoverOn('gytebestanden har falt');
      return h.includes('bold') ? h : undefined;
    }, 20000);
    // Escaped, each of these reads as text: a backslash before every character that would start markup.
    assert.doesNotMatch(md, /(?<!\\)\*\*bold/, 'emphasis not escaped');
    assert.doesNotMatch(md, /(?<!\\)<img/, 'HTML not escaped');
    assert.doesNotMatch(md, /(?<!\\)\]\(command:workbench/, 'a command link in the note');
    assert.doesNotMatch(md, /https:\/\/example/, 'an auto-link in the note');
    const node = await nodeOf('gytebestanden har falt');
    const item = (await kilde.claimsView.resolveTreeItem!(kilde.claimsView.getTreeItem(node) as vscode.TreeItem, node, new vscode.CancellationTokenSource().token)) as vscode.TreeItem;
    const tip = (item.tooltip as vscode.MarkdownString).value;
    assert.doesNotMatch(tip, /(?<!\\)<img|(?<!\\)\]\(command:|(?<!\\)\*\*bold/);
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    editor = await vscode.window.showTextDocument(doc, { preview: false });
    const line = doc.positionAt(doc.getText().indexOf('gytebestanden har falt')).line;
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
    await sleep(300);
    console.log('@@MOUSE-MOVE-TO-TEXT gytebestanden');
    await waitForPage('the claim card with its verdict', (p) => p.hovers.some((h) => h.includes('Misleading') && h.includes('bold')));
    await screenshot('review-hover.png');
  });

  it('keeps every verdict across closing and reopening the article', async () => {
    const before = (await reviews()).reviews.length;
    await closeDocument(doc);
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(doc.uri.fsPath)), { preview: false });
    doc = editor.document;
    await kilde.whenIdle(doc.uri);
    assert.equal((await reviews()).reviews.length, before);
    await waitForVerdict('340.000 tonn er ikke bærekraftig', 'false');
    assert.equal(await verdictOn('gytebestanden har falt'), 'misleading');
  });

  it('follows a claim when a paragraph is inserted above it, and the saved sidecar says where it is now', async () => {
    const claim = claimWith('340.000 tonn er ikke bærekraftig');
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Oppdatert kl. 12.00: Saken er oppdatert med nye tall.\n\n'));
    await settle();
    await waitForVerdict('340.000 tonn er ikke bærekraftig', 'false');
    const moved = (await reviews()).anchored.find((a) => a.review.verdict === 'false')!;
    assert.equal(moved.start, claimWith('340.000 tonn er ikke bærekraftig').start);
    assert.ok(moved.start! > claim.start);
    await doc.save();
    await waitFor('the sidecar to follow the save', () => {
      const json = sidecarNow();
      if (!json) return undefined;
      const items = json.first?.items ?? json.items;
      const r = items.find((i: { body: Array<{ value: string }> }) => i.body.some((b) => b.value === 'false'));
      const pos = r.target.selector.find((s: { type: string }) => s.type === 'TextPositionSelector');
      return pos.start === moved.start || undefined;
    });
    assert.ok(fs.existsSync(`${sidecar}.bak`), 'no backup before the rewrite');
  });

  it('re-anchors or detaches a review whose sentence is rewritten, lists a deleted claim\'s review as detached, re-attaches one and deletes one', async () => {
    const count = (await reviews()).reviews.length;
    const c = claimWith('420 norske fartøy');
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(c.start), doc.positionAt(c.end)), 'fartøyene som fisket nord for Lofoten i fjor var færre enn noen gang'));
    await settle();
    const r = await reviews();
    assert.equal(r.reviews.length, count, 'a review was lost');
    const was = r.anchored.find((a) => a.review.verdict === 'true')!;
    assert.ok(was.method === 'fuzzy' || was.method === 'detached', `anchored by ${was.method}`);
    // Delete the paragraph of the false claim.
    const f = claimWith('340.000 tonn er ikke bærekraftig');
    const from = doc.getText().lastIndexOf('\n\n', f.start) + 2;
    const to = doc.getText().indexOf('\n\n', f.end) + 2;
    await editor.edit((e) => e.delete(new vscode.Range(doc.positionAt(from), doc.positionAt(to))));
    await settle();
    const after = await reviews();
    assert.equal(after.reviews.length, count, 'a review was lost');
    assert.equal(after.anchored.find((a) => a.review.verdict === 'false')!.method, 'detached');
    const group = await waitFor('the Detached reviews group', async () => (await roots()).find((n) => n.type === 'detached'));
    assert.ok((group.reviews ?? []).length >= 1);
    const children = (await kilde.claimsView.getChildren(group)) as Node[];
    assert.ok(children.some((n) => n.anchored?.review.verdict === 'false'));
    // Re-attach it to a claim picked in the quick pick (answered here), then delete another on purpose.
    const target = claimWith('Norge ikke kan godta');
    const falseNode = children.find((n) => n.anchored?.review.verdict === 'false')!;
    await withStubbed('showQuickPick', ((items: readonly { claim: { id: number } }[]) => Promise.resolve(items.find((i) => i.claim.id === target.id))) as unknown as typeof vscode.window.showQuickPick,
      () => vscode.commands.executeCommand('kilde.review.reattach', falseNode));
    await waitForVerdict('Norge ikke kan godta', 'false');
    assert.equal((await reviews()).reviews.length, count);
    // Its new claim's paragraph goes too: detached again, and this time deleted on purpose.
    const again = claimWith('Norge ikke kan godta');
    const p0 = doc.getText().lastIndexOf('\n\n', again.start) + 2;
    const p1 = doc.getText().indexOf('\n\n', again.end) + 2;
    await editor.edit((e) => e.delete(new vscode.Range(doc.positionAt(p0), doc.positionAt(p1))));
    await settle();
    const still = await waitFor('the review detached again', async () => {
      const g = (await roots()).find((n) => n.type === 'detached');
      return g && ((await kilde.claimsView.getChildren(g)) as Node[]).find((n) => n.anchored?.review.verdict === 'false');
    });
    await withStubbed('showWarningMessage', ((_m: string, _o: unknown, ...items: string[]) => Promise.resolve(items[0])) as typeof vscode.window.showWarningMessage,
      () => vscode.commands.executeCommand('kilde.review.delete', still));
    await waitFor('the deleted review gone', async () => (await reviews()).reviews.length === count - 1 || undefined);
    await revert();
  });

  it('reads a colleague\'s sidecar change from disk and updates the view', async () => {
    const json = sidecarJson();
    const items = json.first?.items ?? json.items;
    const r = items.find((i: { body: Array<{ value: string }> }) => i.body.some((b) => b.value === 'checking'));
    r.body.find((b: { purpose: string }) => b.purpose === 'assessing').value = 'unverifiable';
    fs.writeFileSync(sidecar, JSON.stringify(json, null, 2));
    await waitForVerdict('1,2 milliarder kroner', 'unverifiable');
    const item = kilde.claimsView.getTreeItem(await nodeOf('1,2 milliarder kroner')) as vscode.TreeItem;
    assert.match(String(item.description), /^Unverifiable/);
  });

  it('keeps a verdict on a claim whose figure changed, and says in the card to check it again', async () => {
    const c = claimWith('1,2 milliarder kroner');
    const at = doc.getText().indexOf('1,2 milliarder', c.start);
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 3)), '1,4'));
    await settle();
    await waitForVerdict('1,4 milliarder kroner', 'unverifiable');
    const moved = (await reviews()).anchored.find((a) => a.review.verdict === 'unverifiable')!;
    assert.equal(moved.method, 'fuzzy');
    assert.match(squash(await hoverOn('1,4 milliarder')), /words have changed since this verdict was set/);
    await revert();
  });

  it('writes a long note in an editor of its own, saved back to the review with Ctrl+S', async () => {
    const node = await nodeOf('420 norske fartøy');
    await vscode.commands.executeCommand('kilde.review.editNoteInEditor', node);
    const note = await waitFor('the note editor', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'kilde-note'));
    try {
      const long = `Kilde: Fiskeridirektoratets tabell 4.2.\n\n${'Tallene for 2015 er reviderte. '.repeat(40)}`;
      assert.ok(await note.edit((e) => e.insert(new vscode.Position(0, 0), long)), 'the note editor took no text');
      // Ctrl+S, as the user saves. (The API's document.save() can answer false on a busy machine
      // before the write it started has finished: the dirty marker going away is what a user sees.)
      await vscode.window.showTextDocument(note.document, { viewColumn: note.viewColumn, preview: false });
      await vscode.commands.executeCommand('workbench.action.files.save');
      const r = await waitFor('the saved note', async () => (await reviews()).reviews.find((x) => x.note.startsWith('Kilde: Fiskeridirektoratets')));
      assert.equal(r.note, long.trimEnd());
      await waitFor('the note editor saved (not dirty)', () => !note.document.isDirty || undefined);
      assert.ok(JSON.stringify(sidecarJson()).includes('Fiskeridirektoratets tabell 4.2'));
    } finally {
      // Whatever happened, the tests after this one start from the article alone in one group.
      await vscode.window.showTextDocument(note.document, { viewColumn: note.viewColumn, preview: false });
      await vscode.commands.executeCommand(note.document.isDirty ? 'workbench.action.revertAndCloseActiveEditor' : 'workbench.action.closeActiveEditor');
      await vscode.commands.executeCommand('workbench.action.joinAllGroups');
      editor = await vscode.window.showTextDocument(doc, { preview: false });
    }
  });

  it('exports ClaimReview and writes the Markdown report', async () => {
    await vscode.workspace.getConfiguration('kilde').update('factChecker.name', 'Testsjekk', vscode.ConfigurationTarget.Global);
    try {
      const target = vscode.Uri.file(path.join(tmpDir(), 'sjekk.claimreview.json'));
      await vscode.commands.executeCommand('kilde.exportFactCheck', { target });
      const out = JSON.parse(fs.readFileSync(target.fsPath, 'utf8'));
      const reviewsOut = (out['@graph'] ?? out) as Array<Record<string, unknown>>;
      const settled = (await reviews()).anchored.filter((a) => a.claimId !== undefined && !['unchecked', 'checking'].includes(a.review.verdict));
      assert.equal(reviewsOut.length, settled.length);
      assert.ok(reviewsOut.every((r) => r['@type'] === 'ClaimReview' && (r.author as { name: string }).name === 'Testsjekk'));
      const report = await vscode.commands.executeCommand<vscode.Uri>('kilde.factCheckReport');
      const md = vscode.workspace.textDocuments.find((d) => d.uri.toString() === report?.toString())!.getText();
      assert.match(md, /## False|## Misleading|## True/);
      assert.match(md, /checked/);
    } finally {
      await vscode.workspace.getConfiguration('kilde').update('factChecker.name', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('leaves a corrupt sidecar alone: a message, and the file unchanged', async () => {
    editor = await vscode.window.showTextDocument(doc, { preview: false });
    fs.writeFileSync(sidecar, '{ "@context": "http://www.w3.org/ns/anno.jsonld", "first": { "items": [ ');
    const bytes = fs.readFileSync(sidecar);
    await waitFor('the sidecar error', async () => (await reviews()).error);
    await vscode.commands.executeCommand('kilde.review.setVerdict', doc.uri.toString(), claimWith('Norge ikke kan godta').id, 'true');
    await sleep(300);
    assert.deepEqual(fs.readFileSync(sidecar), bytes, 'the corrupt sidecar was written over');
    await vscode.commands.executeCommand('kilde.showClaims');
    await waitForPage('the message about the reviews file', (p) => p.bodyText.includes('cannot be used'));
  });
});
