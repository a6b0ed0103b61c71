// Kilde in VS Code: thin glue between the analysis core (src/core) and the
// editor. activate() wires the modules together and returns a small API the
// integration tests use to wait for and inspect what Kilde did.
import * as vscode from 'vscode';
import type { Analysis, IncrementalStats } from '../core';
import { ActiveArticle } from './activeArticle';
import { AnalysisStore, DocStatus, RunEnd } from './analysis/store';
import type { RunTimings } from './analysis/timings';
import { registerCommands } from './commands';
import { Config } from './config';
import { ContextKeys } from './contextKeys';
import { DecorationRanges, Decorations } from './decorations';
import { Log } from './log';
import { LanguageProviders } from './providers';
import { NOTE_SCHEME, NoteFileSystem } from './review/noteEditor';
import { ReviewDecorations } from './review/reviewDecorations';
import { ArticleReviews, ReviewStore } from './review/reviewStore';
import { StatusBar, StatusSnapshot } from './statusBar/statusBar';
import type { ClaimsNode } from './views/claimsModel';
import { ClaimsView } from './views/claimsView';
import type { EntitiesNode } from './views/entitiesModel';
import { EntitiesView } from './views/entitiesView';

interface TreeApi<T> {
  getChildren(element?: T): T[] | Promise<T[]>;
  getTreeItem(element: T): vscode.TreeItem;
  getParent(element: T): T | undefined;
  /** What VS Code asks for when the mouse rests on an item (the claims' tooltips). */
  resolveTreeItem?(item: vscode.TreeItem, element: T): vscode.TreeItem;
}

export interface KildeApi {
  /** Resolves when no analysis or decoration update is pending for `uri` (or for any document). */
  whenIdle(uri?: vscode.Uri): Promise<void>;
  analysisFor(uri: vscode.Uri): Analysis | undefined;
  /** The ranges last set on `editor`, per highlight. */
  decorationsFor(editor: vscode.TextEditor): DecorationRanges;
  /** The reviews of the article at `uri` (after its sidecar has been read). */
  reviewsFor(uri: vscode.Uri): Promise<ArticleReviews | undefined>;
  /** The reviewed claims' marks last set on `editor`, by verdict. */
  reviewDecorationsFor(editor: vscode.TextEditor): ReadonlyMap<string, vscode.Range[]>;
  claimsView: TreeApi<ClaimsNode>;
  entitiesView: TreeApi<EntitiesNode>;
  /** Wall-clock time of the last completed analysis of `uri`, in ms. */
  lastAnalysisMs(uri: vscode.Uri): number | undefined;
  /** Of that, the core's incremental analysis alone (documents up to 300 K characters). */
  lastCoreMs(uri: vscode.Uri): number | undefined;
  /** Paragraphs of the document, and how many its last incremental analysis read again. */
  lastIncrementalStats(uri: vscode.Uri): IncrementalStats | undefined;
  /** The longest uninterrupted steps of that analysis. */
  lastTimings(uri: vscode.Uri): RunTimings | undefined;
  statusOf(uri: vscode.Uri): DocStatus | undefined;
  /** Share of the text a running analysis has read, 0–1; undefined when none runs. */
  progressOf(uri: vscode.Uri): number | undefined;
  onDidEndRun: vscode.Event<RunEnd>;
  /** Documents the store holds and runs scheduled or under way. */
  counts(): { documents: number; jobs: number };
  /** Analysis failures logged and error notifications shown this session. */
  failures(): { failures: number; notifications: number };
  /** The file the Kilde log channel writes to. */
  logFile: vscode.Uri;
  statusBar(): StatusSnapshot;
  /**
   * Only while VS Code runs Kilde's tests: the next analysis of `uri` throws, or (`crash`) the
   * worker analysing a large document dies; undefined disarms.
   */
  injectFault(uri: vscode.Uri | undefined, kind?: 'throw' | 'crash'): void;
}

export function activate(context: vscode.ExtensionContext): KildeApi {
  const log = new Log();
  const config = new Config();
  // Nothing here reads the gazetteer: the core loads it on the first analysis.
  const store = new AnalysisStore(config, log);
  const article = new ActiveArticle(store);
  const decorations = new Decorations(store, config);
  const reviews = new ReviewStore(store, log);
  const reviewDecorations = new ReviewDecorations(store, reviews);
  // The grouping and the verdict filter are the workspace's: a fact-check is work on these articles.
  const claims = new ClaimsView(article, store, reviews, context.workspaceState);
  const entities = new EntitiesView(article);
  const statusBar = new StatusBar(article, store, reviews);
  context.subscriptions.push(
    log,
    config,
    store,
    article,
    decorations,
    reviews,
    reviewDecorations,
    claims,
    entities,
    statusBar,
    new ContextKeys(article),
    new LanguageProviders(store, config, reviews),
    ...registerCommands(store, reviews, article, claims, log),
    vscode.workspace.registerFileSystemProvider(NOTE_SCHEME, new NoteFileSystem(store, reviews), { isCaseSensitive: true }),
  );

  const bind = <T>(p: TreeApi<T>): TreeApi<T> => ({
    getChildren: (el) => p.getChildren(el),
    getTreeItem: (el) => p.getTreeItem(el),
    getParent: (el) => p.getParent(el),
    resolveTreeItem: (item, el) => p.resolveTreeItem?.(item, el) ?? item,
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
    reviewsFor: async (uri) => {
      await reviews.whenLoaded(uri);
      return reviews.get(uri);
    },
    reviewDecorationsFor: (editor) => reviewDecorations.rangesFor(editor),
    claimsView: bind(claims.provider),
    entitiesView: bind(entities.provider),
    lastAnalysisMs: (uri) => store.get(uri)?.lastMs,
    lastCoreMs: (uri) => store.get(uri)?.lastCoreMs,
    lastIncrementalStats: (uri) => store.get(uri)?.incremental?.lastStats,
    lastTimings: (uri) => store.get(uri)?.lastTimings,
    statusOf: (uri) => store.get(uri)?.status,
    progressOf: (uri) => store.get(uri)?.progress,
    onDidEndRun: store.onDidEndRun,
    counts: () => store.counts(),
    failures: () => log.counts,
    // Where VS Code 1.100 puts a LogOutputChannel's file: <logUri>/<channel name>.log.
    logFile: vscode.Uri.joinPath(context.logUri, 'Kilde.log'),
    statusBar: () => statusBar.snapshot(),
    injectFault: (uri, kind) => {
      // Any extension can call this API; only a test run may break Kilde on purpose.
      if (context.extensionMode !== vscode.ExtensionMode.Test) throw new Error('injectFault is only available in extension tests');
      store.injectFault(uri, kind);
    },
  };
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
