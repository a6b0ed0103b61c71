// The Claims view: every claim of the active article, by source or in
// document order. It follows the active editor, and the claim under the
// cursor is selected in it (without taking focus) while the view is visible.
import * as vscode from 'vscode';
import type { Analysis } from '../../core';
import type { ActiveArticle } from '../activeArticle';
import { lookupInTurns } from '../analysis/lookup';
import type { AnalysisStore } from '../analysis/store';
import { claimKindName, claimsCount, lineLabel, sourceLabel, sourceTypeName } from '../text/labels';
import { esc, plainMarkdown } from '../text/markdown';
import { formatInteger } from '../text/numbers';
import { firstWords, oneLine } from '../text/snippet';
import { ClaimNode, ClaimsModel, ClaimsNode, GroupBy } from './claimsModel';
import { claimIcon, sourceIcon } from './icons';

const GROUP_BY_KEY = 'kilde.claims.groupBy';
/** Groups start expanded while the whole list is short enough to read. */
const EXPAND_UP_TO = 200;
const TOOLTIP_CHARS = 2000;
const CURSOR_DEBOUNCE_MS = 150;

export class ClaimsProvider implements vscode.TreeDataProvider<ClaimsNode> {
  private readonly changed = new vscode.EventEmitter<ClaimsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private model: ClaimsModel | undefined;
  private readonly collator = new Intl.Collator(vscode.env.language);

  constructor(
    private readonly article: ActiveArticle,
    public groupBy: GroupBy,
  ) {}

  /** The model of what is shown now; rebuilt when the analysis or the grouping changes. */
  current(): ClaimsModel | undefined {
    const analysis = this.article.analysis;
    if (this.model && (this.model.analysis !== analysis || this.model.groupBy !== this.groupBy)) {
      this.model.stop();
      this.model = undefined;
    }
    if (analysis && !this.model) this.model = new ClaimsModel(analysis, this.groupBy, this.collator);
    return this.model;
  }

  refresh(): void {
    // A hidden view is not asked for its children: drop a model of an older analysis now, or it keeps that alive.
    this.current();
    this.changed.fire(undefined);
  }

  getChildren(node?: ClaimsNode): ClaimsNode[] | Promise<ClaimsNode[]> {
    const model = this.current();
    if (!model) return [];
    return node ? model.children(node) : model.roots();
  }

  getParent(node: ClaimsNode): ClaimsNode | undefined {
    return this.current()?.parent(node);
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    const analysis = this.current()?.analysis;
    switch (node.type) {
      case 'source': {
        const n = node.claims.length;
        const total = analysis?.claims.length ?? 0;
        const item = new vscode.TreeItem(sourceLabel(node.name), total <= EXPAND_UP_TO ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = node.role ? `${node.role} · ${claimsCount(n)}` : claimsCount(n);
        item.iconPath = node.unknown ? new vscode.ThemeIcon('question') : sourceIcon(node.sourceType);
        item.contextValue = node.unknown ? 'unknownSource' : 'source';
        return item;
      }
      case 'sources': {
        // Most claims first: the names at either end say where in that order the bucket is.
        // The first page, with the sources saying the most, is open: the view still shows names at the top.
        const open = node.from === 0 && !node.parent;
        const item = new vscode.TreeItem(`${formatInteger(node.from + 1)}–${formatInteger(node.to)}`, open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = `${oneLine(sourceLabel(node.groups[node.from].name))} … ${oneLine(sourceLabel(node.groups[node.to - 1].name))}`;
        item.contextValue = 'sources';
        return item;
      }
      case 'bucket': {
        const first = node.list[node.from];
        const last = node.list[node.to - 1];
        const item = new vscode.TreeItem(`${formatInteger(node.from + 1)}–${formatInteger(node.to)}`, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = vscode.l10n.t('lines {0}–{1}', first.line + 1, last.line + 1);
        item.contextValue = 'claims';
        return item;
      }
      case 'claim':
        return this.claimItem(node);
    }
  }

  /**
   * Tooltips, made only when the user hovers an item: a page holds up to
   * 1000 claims, and VS Code parses every Markdown tooltip it is sent.
   */
  resolveTreeItem(item: vscode.TreeItem, node: ClaimsNode): vscode.TreeItem {
    if (item.tooltip) return item;
    if (node.type === 'source') {
      const tip = plainMarkdown();
      if (node.unknown) {
        tip.appendMarkdown(`*${esc(sourceLabel(''))}*\n\n${esc(vscode.l10n.t('Claims whose source the text does not name.'))}\n\n${esc(claimsCount(node.claims.length))}`);
        item.tooltip = tip;
        return item;
      }
      tip.appendMarkdown(`**${esc(node.name)}**`);
      const about = [node.sourceType && sourceTypeName(node.sourceType), node.role].filter(Boolean) as string[];
      if (about.length) tip.appendMarkdown(` — ${esc(about.join(', '))}`);
      tip.appendMarkdown(`\n\n${esc(claimsCount(node.claims.length))}`);
      item.tooltip = tip;
      return item;
    }
    if (node.type !== 'claim') return item;
    const c = node.claim;
    const tip = plainMarkdown();
    tip.appendMarkdown(`${c.source ? `**${esc(c.source)}**` : `*${esc(sourceLabel(''))}*`} · ${esc(c.cue)} · ${esc(claimKindName(c.kind))} · ${esc(lineLabel(c.line))}\n\n`);
    const text = c.text.length > TOOLTIP_CHARS ? c.text.slice(0, TOOLTIP_CHARS) + '…' : c.text;
    tip.appendMarkdown(`> ${esc(text)}`);
    item.tooltip = tip;
    return item;
  }

  private claimItem(node: ClaimNode): vscode.TreeItem {
    const c = node.claim;
    const item = new vscode.TreeItem(firstWords(c.text, 60), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    const where = `${c.cue} · ${lineLabel(c.line)}`;
    item.description = this.groupBy === 'order' ? `${sourceLabel(c.source)} · ${where}` : where;
    item.iconPath = claimIcon(c.kind);
    item.contextValue = 'claim';
    item.accessibilityInformation = { label: vscode.l10n.t('{0}, {1}: {2}', sourceLabel(c.source), claimKindName(c.kind), firstWords(c.text, 200)) };
    const uri = this.article.document?.uri.toString();
    if (uri) item.command = { command: 'kilde.revealClaim', title: vscode.l10n.t('Go to Claim'), arguments: [uri, c.id, { preserveFocus: true }] };
    return item;
  }
}

export class ClaimsView implements vscode.Disposable {
  readonly provider: ClaimsProvider;
  readonly treeView: vscode.TreeView<ClaimsNode>;
  private readonly subs: vscode.Disposable[] = [];
  private shown: { doc?: vscode.TextDocument; analysis?: Analysis } = {};
  private cursorTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly article: ActiveArticle,
    private readonly store: AnalysisStore,
    private readonly memento: vscode.Memento,
  ) {
    const groupBy = memento.get<GroupBy>(GROUP_BY_KEY) === 'order' ? 'order' : 'source';
    this.provider = new ClaimsProvider(article, groupBy);
    void vscode.commands.executeCommand('setContext', GROUP_BY_KEY, groupBy);
    this.treeView = vscode.window.createTreeView('kilde.claims', { treeDataProvider: this.provider, showCollapseAll: true });
    this.subs.push(
      this.treeView,
      article.onDidChange(() => this.update()),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document !== this.article.document) return;
        if (this.cursorTimer !== undefined) clearTimeout(this.cursorTimer);
        this.cursorTimer = setTimeout(() => void this.selectClaimAtCursor(e.textEditor), CURSOR_DEBOUNCE_MS);
      }),
      this.treeView.onDidChangeVisibility((e) => {
        if (!e.visible) return;
        const editor = this.article.editor;
        if (editor) void this.selectClaimAtCursor(editor);
      }),
    );
    this.update();
  }

  setGroupBy(groupBy: GroupBy): void {
    this.provider.groupBy = groupBy;
    void this.memento.update(GROUP_BY_KEY, groupBy);
    void vscode.commands.executeCommand('setContext', GROUP_BY_KEY, groupBy);
    this.provider.refresh();
  }

  private update(): void {
    const doc = this.article.document;
    const analysis = this.article.analysis;
    if (doc === this.shown.doc && analysis === this.shown.analysis) return;
    this.shown = { doc, analysis };
    const n = analysis?.claims.length ?? 0;
    this.treeView.badge = n ? { value: n, tooltip: claimsCount(n) } : undefined;
    this.treeView.description = doc ? basename(doc.uri) : undefined;
    this.provider.refresh();
    const editor = this.article.editor;
    if (editor) void this.selectClaimAtCursor(editor);
  }

  /** Selects the claim the cursor is in, unless the view is hidden (reveal would open it). */
  private async selectClaimAtCursor(editor: vscode.TextEditor): Promise<void> {
    this.cursorTimer = undefined;
    if (!this.treeView.visible) return;
    const analysis = this.store.current(editor.document);
    const model = this.provider.current();
    if (!analysis || model?.analysis !== analysis) return;
    const offset = editor.document.offsetAt(editor.selection.active);
    const selected = this.treeView.selection[0];
    // Nested claims: keep the one the user picked if the cursor is still in it.
    if (selected?.type === 'claim' && selected.claim.start <= offset && offset <= selected.claim.end && (await model.nodeFor(selected.claim.id)) === selected) return;
    const look = await lookupInTurns(analysis);
    const claim = look.claimsAt(offset, true)[0];
    if (!claim || this.provider.current() !== model) return;
    const node = await model.nodeFor(claim.id);
    // Grouping a large analysis takes turns: the cursor or the tree may have moved on since.
    if (!node || this.provider.current() !== model || this.treeView.selection[0] === node) return;
    this.treeView.reveal(node, { select: true, focus: false }).then(undefined, () => {
      // The tree was refreshed in between; the next cursor move tries again.
    });
  }

  dispose(): void {
    if (this.cursorTimer !== undefined) clearTimeout(this.cursorTimer);
    for (const s of this.subs) s.dispose();
  }
}

export function basename(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || path;
}
