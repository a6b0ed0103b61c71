// The Claims view: every claim of the active article, by source, in
// document order or by check-worthiness, each with its verdict. It follows the
// active editor, and the claim under the cursor is selected in it (without
// taking focus) while the view is visible. A verdict filter and the order are
// kept per workspace.
import * as vscode from 'vscode';
import type { Analysis, Claim, Verdict } from '../../core';
import { basename } from '../files';
import { byCheckWorthiness } from '../../core/review/worthiness';
import { isVerdict, VERDICTS } from '../../core/review/verdicts';
import type { ReviewStore } from '../review/reviewStore';
import { checkedCount, rewordedWarning, verdictIcon, verdictName } from '../text/verdicts';
import type { ActiveArticle } from '../activeArticle';
import { lookupInTurns } from '../analysis/lookup';
import type { AnalysisStore } from '../analysis/store';
import { claimKindName, claimsCount, lineLabel, sourceLabel, sourceTypeName } from '../text/labels';
import { esc, plainMarkdown } from '../text/markdown';
import { formatInteger } from '../text/numbers';
import { firstWords, oneLine } from '../text/snippet';
import { ClaimNode, ClaimsModel, ClaimsNode, DetachedReviewNode, GroupBy } from './claimsModel';
import { claimIcon, sourceIcon } from './icons';

const GROUP_BY_KEY = 'kilde.claims.groupBy';
const FILTER_KEY = 'kilde.claims.verdictFilter';
const GROUPINGS: readonly GroupBy[] = ['source', 'order', 'worthiness'];
/** Groups start expanded while the whole list is short enough to read. */
const EXPAND_UP_TO = 200;
const TOOLTIP_CHARS = 2000;
const CURSOR_DEBOUNCE_MS = 150;

export class ClaimsProvider implements vscode.TreeDataProvider<ClaimsNode> {
  private readonly changed = new vscode.EventEmitter<ClaimsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private model: ClaimsModel | undefined;
  /** What the model was built from besides the analysis: grouping, filter and reviews. */
  private modelStamp = '';
  private reviewsStamp = 0;
  private readonly collator = new Intl.Collator(vscode.env.language);

  constructor(
    private readonly article: ActiveArticle,
    private readonly reviews: ReviewStore,
    public groupBy: GroupBy,
    /** Verdicts shown; every claim when undefined. */
    public filter: ReadonlySet<Verdict> | undefined,
  ) {}

  /** The reviews changed: the next model takes them in. */
  reviewsChanged(): void {
    this.reviewsStamp++;
  }

  /** The model of what is shown now; rebuilt when the analysis, the grouping, the filter or a review changes. */
  current(): ClaimsModel | undefined {
    const analysis = this.article.analysis;
    const stamp = `${this.groupBy}|${this.filter ? [...this.filter].join(',') : '*'}|${this.reviewsStamp}`;
    if (this.model && (this.model.analysis !== analysis || this.modelStamp !== stamp)) {
      this.model.stop();
      this.model = undefined;
    }
    if (analysis && !this.model) {
      this.model = new ClaimsModel(analysis, this.groupBy, this.collator, this.selection(analysis));
      this.modelStamp = stamp;
    }
    return this.model;
  }

  private selection(analysis: Analysis): { claims: readonly Claim[]; detached: ReturnType<ReviewStore['detached']> } {
    const uri = this.article.document?.uri;
    const filter = this.filter;
    let claims: readonly Claim[] = analysis.claims;
    if (filter && uri) claims = claims.filter((c) => filter.has(this.reviews.verdictOf(uri, analysis, c.id)));
    if (this.groupBy === 'worthiness') claims = byCheckWorthiness(claims, analysis);
    return { claims, detached: uri ? this.reviews.detached(uri, analysis) : [] };
  }

  verdictOf(claim: Claim): Verdict {
    const doc = this.article.document;
    return doc ? this.reviews.verdictOf(doc.uri, this.model?.analysis, claim.id) : 'unchecked';
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
      case 'detached': {
        const item = new vscode.TreeItem(vscode.l10n.t('Detached reviews'), vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.description = formatInteger(node.reviews.length);
        item.iconPath = new vscode.ThemeIcon('debug-disconnect');
        item.contextValue = 'detachedReviews';
        item.tooltip = vscode.l10n.t('Reviews whose claim is no longer in the text. Re-attach each to a claim, or delete it.');
        return item;
      }
      case 'review':
        return this.detachedItem(node);
    }
  }

  private detachedItem(node: DetachedReviewNode): vscode.TreeItem {
    const r = node.anchored.review;
    const item = new vscode.TreeItem(firstWords(r.quote.exact, 60), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = verdictName(r.verdict);
    item.iconPath = verdictIcon(r.verdict);
    item.contextValue = 'detachedReview';
    const tip = plainMarkdown();
    tip.appendMarkdown(`**${esc(verdictName(r.verdict))}** · ${esc(r.author)} · ${esc(r.modified.slice(0, 10))}\n\n> ${esc(r.quote.exact.slice(0, TOOLTIP_CHARS))}`);
    if (r.note) tip.appendMarkdown(`\n\n${esc(r.note.slice(0, TOOLTIP_CHARS))}`);
    item.tooltip = tip;
    item.accessibilityInformation = { label: vscode.l10n.t('Detached review, {0}: {1}', verdictName(r.verdict), firstWords(r.quote.exact, 200)) };
    return item;
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
    const doc = this.article.document;
    const anchored = doc && this.reviews.anchoredOf(doc.uri, this.model?.analysis, c.id);
    const review = anchored?.review;
    if (review) {
      tip.appendMarkdown(`\n\n**${esc(verdictName(review.verdict))}** · ${esc(review.author)} · ${esc(review.modified.slice(0, 10))}`);
      if (review.note) tip.appendMarkdown(`\n\n${esc(review.note.slice(0, TOOLTIP_CHARS))}`);
      if (anchored.method === 'fuzzy') tip.appendMarkdown(`\n\n*${esc(rewordedWarning())}*`);
    }
    item.tooltip = tip;
    return item;
  }

  private claimItem(node: ClaimNode): vscode.TreeItem {
    const c = node.claim;
    const item = new vscode.TreeItem(firstWords(c.text, 60), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    const where = `${c.cue} · ${lineLabel(c.line)}`;
    const verdict = this.verdictOf(c);
    const reviewed = verdict !== 'unchecked';
    const described = this.groupBy === 'source' ? where : `${sourceLabel(c.source)} · ${where}`;
    item.description = reviewed ? `${verdictName(verdict)} · ${described}` : described;
    item.iconPath = reviewed ? verdictIcon(verdict) : claimIcon(c.kind);
    item.contextValue = reviewed ? 'claim.reviewed' : 'claim';
    const label = vscode.l10n.t('{0}, {1}: {2}', sourceLabel(c.source), claimKindName(c.kind), firstWords(c.text, 200));
    item.accessibilityInformation = { label: reviewed ? `${verdictName(verdict)}. ${label}` : label };
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
    private readonly reviews: ReviewStore,
    /** Per workspace: the grouping and the verdict filter. */
    private readonly memento: vscode.Memento,
  ) {
    const stored = memento.get<string>(GROUP_BY_KEY);
    const groupBy = GROUPINGS.find((g) => g === stored) ?? 'source';
    const filter = memento.get<unknown>(FILTER_KEY);
    const verdicts = Array.isArray(filter) ? filter.filter(isVerdict) : [];
    this.provider = new ClaimsProvider(article, reviews, groupBy, verdicts.length && verdicts.length < VERDICTS.length ? new Set(verdicts) : undefined);
    void vscode.commands.executeCommand('setContext', GROUP_BY_KEY, groupBy);
    void vscode.commands.executeCommand('setContext', FILTER_KEY, this.provider.filter !== undefined);
    this.treeView = vscode.window.createTreeView('kilde.claims', { treeDataProvider: this.provider, showCollapseAll: true });
    this.subs.push(
      this.treeView,
      article.onDidChange(() => this.update()),
      reviews.onDidChange((uri) => {
        if (uri.toString() !== this.article.document?.uri.toString()) return;
        this.provider.reviewsChanged();
        this.shown = {};
        this.update();
      }),
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
    this.shown = {};
    this.update();
  }

  /** Shows only claims with these verdicts; undefined (or all of them) shows every claim. */
  setFilter(verdicts: readonly Verdict[] | undefined): void {
    const filter = verdicts && verdicts.length && verdicts.length < VERDICTS.length ? new Set(verdicts) : undefined;
    this.provider.filter = filter;
    void this.memento.update(FILTER_KEY, filter ? [...filter] : undefined);
    void vscode.commands.executeCommand('setContext', FILTER_KEY, filter !== undefined);
    this.shown = {};
    this.update();
  }

  private update(): void {
    const doc = this.article.document;
    const analysis = this.article.analysis;
    if (doc === this.shown.doc && analysis === this.shown.analysis) return;
    this.shown = { doc, analysis };
    const n = analysis?.claims.length ?? 0;
    this.treeView.badge = n ? { value: n, tooltip: claimsCount(n) } : undefined;
    const progress = doc && this.reviews.get(doc.uri)?.reviews.length ? this.reviews.progress(doc.uri, analysis) : undefined;
    this.treeView.description = doc ? (progress ? `${basename(doc.uri)} · ${checkedCount(progress.checked, progress.total)}` : basename(doc.uri)) : undefined;
    const filter = this.provider.filter;
    const shown = this.provider.current()?.claims.length ?? 0;
    const unusable = doc && this.reviews.get(doc.uri)?.error;
    const filtered = filter && analysis ? vscode.l10n.t('Showing {0} of {1} claims: {2}', formatInteger(shown), formatInteger(n), [...filter].map(verdictName).join(', ')) : undefined;
    // A sidecar Kilde cannot read is left alone; the user has to know why no verdicts show.
    const problem = unusable ? vscode.l10n.t('The reviews file cannot be used: {0}', unusable) : undefined;
    this.treeView.message = [problem, filtered].filter(Boolean).join('\n') || undefined;
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

export { basename } from '../files';
