// The Entities view: the active article's sources, people, organisations,
// places and figures, each name or value once with its mentions underneath.
import * as vscode from 'vscode';
import type { Analysis, Entity, EntityKind } from '../../core';
import type { ActiveArticle } from '../activeArticle';
import {
  claimsCount, figuresCount, lineLabel, mentionsCount, numberKindName, organisationsCount, peopleCount, placeTypeName, placesCount, sourcesCount, sourceTypeName,
} from '../text/labels';
import { esc, plainMarkdown } from '../text/markdown';
import { formatInteger, formatValue } from '../text/numbers';
import { around } from '../text/snippet';
import { basename } from './claimsView';
import { DistinctNode, EntitiesModel, EntitiesNode } from './entitiesModel';
import { sourceIcon } from './icons';

const EXPAND_UP_TO = 50;

function kindTitle(kind: EntityKind): string {
  switch (kind) {
    case 'source': return vscode.l10n.t('Sources');
    case 'person': return vscode.l10n.t('People');
    case 'organisation': return vscode.l10n.t('Organisations');
    case 'place': return vscode.l10n.t('Places');
    case 'number': return vscode.l10n.t('Numbers');
  }
}

function kindIcon(kind: EntityKind): vscode.ThemeIcon {
  switch (kind) {
    case 'source': return new vscode.ThemeIcon('comment-discussion');
    case 'person': return new vscode.ThemeIcon('person');
    case 'organisation': return new vscode.ThemeIcon('organization');
    case 'place': return new vscode.ThemeIcon('location');
    case 'number': return new vscode.ThemeIcon('symbol-number');
  }
}

export class EntitiesProvider implements vscode.TreeDataProvider<EntitiesNode> {
  private readonly changed = new vscode.EventEmitter<EntitiesNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private model: EntitiesModel | undefined;
  private readonly collator = new Intl.Collator(vscode.env.language);

  constructor(private readonly article: ActiveArticle) {}

  current(): EntitiesModel | undefined {
    const analysis = this.article.analysis;
    if (this.model && this.model.analysis !== analysis) {
      this.model.stop();
      this.model = undefined;
    }
    if (analysis && !this.model) this.model = new EntitiesModel(analysis, this.collator);
    return this.model;
  }

  refresh(): void {
    // A hidden view is not asked for its children: drop a model of an older analysis now, or it keeps that alive.
    this.current();
    this.changed.fire(undefined);
  }

  getChildren(node?: EntitiesNode): EntitiesNode[] | Promise<EntitiesNode[]> {
    const model = this.current();
    if (!model) return [];
    return node ? model.children(node) : model.roots();
  }

  getParent(node: EntitiesNode): EntitiesNode | undefined {
    return this.current()?.parent(node);
  }

  getTreeItem(node: EntitiesNode): vscode.TreeItem {
    const analysis = this.current()?.analysis;
    const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.type) {
      case 'kind': {
        const item = new vscode.TreeItem(kindTitle(node.kind), node.items.length && node.items.length <= EXPAND_UP_TO ? vscode.TreeItemCollapsibleState.Expanded : Collapsed);
        if (!node.items.length) item.collapsibleState = vscode.TreeItemCollapsibleState.None;
        item.id = node.id;
        item.description = formatInteger(node.items.length);
        item.tooltip = `${kindCount(node.kind, node.items.length)} · ${mentionsCount(node.mentions)}`;
        item.iconPath = kindIcon(node.kind);
        return item;
      }
      case 'distinct': {
        const item = new vscode.TreeItem(node.label, Collapsed);
        item.id = node.id;
        item.description = this.distinctDescription(node, analysis);
        item.iconPath = node.kind === 'source'
          ? sourceIcon(node.sourceType)
          : node.conflicts
            ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
            : kindIcon(node.kind);
        if (node.conflicts) item.tooltip = vscode.l10n.t('Other figures in the article count the same thing and disagree.');
        item.contextValue = `entity.${node.kind}`;
        return item;
      }
      case 'bucket': {
        const item = new vscode.TreeItem(`${formatInteger(node.from + 1)}–${formatInteger(node.to)}`, Collapsed);
        item.id = node.id;
        return item;
      }
      case 'mention':
        return this.mentionItem(node.entity, node.id);
    }
  }

  /** A mention's excerpt as tooltip, made only when the user hovers it: a page holds up to 1000. */
  resolveTreeItem(item: vscode.TreeItem, node: EntitiesNode): vscode.TreeItem {
    if (node.type !== 'mention' || item.tooltip) return item;
    const label = item.label;
    const tip = plainMarkdown();
    tip.appendMarkdown(esc(typeof label === 'string' ? label : label?.label ?? node.entity.text));
    item.tooltip = tip;
    return item;
  }

  private distinctDescription(node: DistinctNode, analysis: Analysis | undefined): string {
    const first = node.mentions[0];
    const parts = [mentionsCount(node.mentions.length)];
    switch (first.kind) {
      case 'source': {
        const record = analysis?.sources[first.meta.sourceId];
        if (record?.claims.length) parts.push(claimsCount(record.claims.length));
        parts.push(sourceTypeName(first.meta.sourceType));
        break;
      }
      case 'person':
      case 'organisation': {
        // Who it is first, then whether it speaks: the group says it is a person.
        const record = node.sourceId !== undefined ? analysis?.sources[node.sourceId] : undefined;
        if (record?.claims.length) parts.push(claimsCount(record.claims.length));
        if (node.role) parts.unshift(node.role);
        break;
      }
      case 'place':
        parts.push(first.meta.country && first.meta.placeType !== 'country' ? `${placeTypeName(first.meta.placeType)}, ${first.meta.country}` : placeTypeName(first.meta.placeType));
        break;
      case 'number':
        parts.push(formatValue(first.meta) ?? first.meta.iso ?? numberKindName(first.meta.kind));
        break;
    }
    return parts.join(' · ');
  }

  private mentionItem(e: Entity, id: string): vscode.TreeItem {
    const doc = this.article.document;
    const text = this.article.entry?.text;
    const excerpt = text ? around(text, e.start, e.end) : { text: e.text, from: 0, to: e.text.length };
    const item = new vscode.TreeItem({ label: excerpt.text, highlights: [[excerpt.from, excerpt.to]] }, vscode.TreeItemCollapsibleState.None);
    item.id = id;
    item.description = doc ? lineLabel(doc.positionAt(e.start).line) : undefined;
    item.contextValue = 'mention';
    if (doc) item.command = { command: 'kilde.revealRange', title: vscode.l10n.t('Go to Mention'), arguments: [doc.uri.toString(), e.start, e.end, { preserveFocus: true }] };
    return item;
  }
}

function kindCount(kind: EntityKind, n: number): string {
  switch (kind) {
    case 'source': return sourcesCount(n);
    case 'person': return peopleCount(n);
    case 'organisation': return organisationsCount(n);
    case 'place': return placesCount(n);
    case 'number': return figuresCount(n);
  }
}

export class EntitiesView implements vscode.Disposable {
  readonly provider: EntitiesProvider;
  readonly treeView: vscode.TreeView<EntitiesNode>;
  private readonly subs: vscode.Disposable[] = [];
  private shown: { doc?: vscode.TextDocument; analysis?: Analysis } = {};

  constructor(private readonly article: ActiveArticle) {
    this.provider = new EntitiesProvider(article);
    this.treeView = vscode.window.createTreeView('kilde.entities', { treeDataProvider: this.provider, showCollapseAll: true });
    this.subs.push(this.treeView, article.onDidChange(() => this.update()));
    this.update();
  }

  private update(): void {
    const doc = this.article.document;
    const analysis = this.article.analysis;
    if (doc === this.shown.doc && analysis === this.shown.analysis) return;
    this.shown = { doc, analysis };
    this.treeView.description = doc ? basename(doc.uri) : undefined;
    this.provider.refresh();
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
  }
}
