// Kilde in VS Code: thin glue between the analysis core (src/core) and the
// editor. activate() wires the modules together and returns a small API the
// integration tests use to wait for and inspect what Kilde did.
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import { ActiveArticle } from './activeArticle';
import { AnalysisStore } from './analysis/store';
import { registerCommands } from './commands';
import { Config } from './config';
import { ContextKeys } from './contextKeys';
import { DecorationRanges, Decorations } from './decorations';
import { Log } from './log';
import { LanguageProviders } from './providers';
import { StatusBar } from './statusBar/statusBar';
import type { ClaimsNode } from './views/claimsModel';
import { ClaimsView } from './views/claimsView';
import type { EntitiesNode } from './views/entitiesModel';
import { EntitiesView } from './views/entitiesView';

interface TreeApi<T> {
  getChildren(element?: T): T[];
  getTreeItem(element: T): vscode.TreeItem;
  getParent(element: T): T | undefined;
}

export interface KildeApi {
  /** Resolves when no analysis or decoration update is pending for `uri` (or for any document). */
  whenIdle(uri?: vscode.Uri): Promise<void>;
  analysisFor(uri: vscode.Uri): Analysis | undefined;
  /** The ranges last set on `editor`, per highlight. */
  decorationsFor(editor: vscode.TextEditor): DecorationRanges;
  claimsView: TreeApi<ClaimsNode>;
  entitiesView: TreeApi<EntitiesNode>;
  /** Wall-clock time of the last completed analysis of `uri`, in ms. */
  lastAnalysisMs(uri: vscode.Uri): number | undefined;
}

export function activate(context: vscode.ExtensionContext): KildeApi {
  const log = new Log();
  const config = new Config();
  // Nothing here reads the gazetteer: the core loads it on the first analysis.
  const store = new AnalysisStore(config, log);
  const article = new ActiveArticle(store);
  const decorations = new Decorations(store, config);
  const claims = new ClaimsView(article, store, context.globalState);
  const entities = new EntitiesView(article);
  context.subscriptions.push(
    log,
    config,
    store,
    article,
    decorations,
    claims,
    entities,
    new StatusBar(article, store),
    new ContextKeys(article),
    new LanguageProviders(store, config),
    ...registerCommands(store, claims, log),
  );

  const bind = <T>(p: TreeApi<T>): TreeApi<T> => ({
    getChildren: (el) => p.getChildren(el),
    getTreeItem: (el) => p.getTreeItem(el),
    getParent: (el) => p.getParent(el),
  });
  return {
    whenIdle: async (uri) => {
      // A finished analysis can start decoration work, and that never starts an analysis: two rounds settle it.
      await store.whenIdle(uri);
      await decorations.whenIdle(uri);
      await store.whenIdle(uri);
    },
    analysisFor: (uri) => store.get(uri)?.analysis,
    decorationsFor: (editor) => decorations.rangesFor(editor),
    claimsView: bind(claims.provider),
    entitiesView: bind(entities.provider),
    lastAnalysisMs: (uri) => store.get(uri)?.lastMs,
  };
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
