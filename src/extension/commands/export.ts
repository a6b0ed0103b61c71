// Kilde: Export Annotations. Writes JSON, brat standoff (.ann) or Markdown
// next to the document through vscode.workspace.fs (so it works in virtual
// and web workspaces), never over an existing file without asking, and via
// a temporary file and a rename so a failed write leaves no half file.
import * as vscode from 'vscode';
import { Analysis, toBrat, toJson, toMarkdown } from '../../core';
import type { AnalysisStore } from '../analysis/store';
import { stem, writeViaTemp } from '../files';
import { sidecarOf } from '../review/reviewStore';
import { basename } from '../views/claimsView';

type Format = 'json' | 'brat' | 'md';

/** Optional argument, for keybindings and scripts: skip the format picker and/or the overwrite question. */
export interface ExportArgs {
  format?: Format;
  overwrite?: boolean;
}

function parseArgs(arg: unknown): ExportArgs {
  if (typeof arg !== 'object' || arg === null || arg instanceof vscode.Uri) return {};
  const { format, overwrite } = arg as Record<string, unknown>;
  return {
    format: format === 'json' || format === 'brat' || format === 'md' ? format : undefined,
    overwrite: overwrite === true,
  };
}

interface FormatPick extends vscode.QuickPickItem {
  format: Format;
  suffix: string;
}

function formats(): FormatPick[] {
  return [
    { format: 'json', suffix: '.kilde.json', label: vscode.l10n.t('JSON'), description: '.kilde.json', detail: vscode.l10n.t('Entities, claims and sources with all their metadata') },
    // brat pairs NAME.ann with NAME.txt, so the suffix replaces the extension.
    { format: 'brat', suffix: '.ann', label: vscode.l10n.t('brat standoff'), description: '.ann', detail: vscode.l10n.t('For the brat annotation tool; offsets in code points') },
    { format: 'md', suffix: '.kilde.md', label: vscode.l10n.t('Markdown'), description: '.kilde.md', detail: vscode.l10n.t('A readable report: claims table, sources, places and figures') },
  ];
}

/** A file name for a notification, which renders [text](link): keep it from forming a link. */
function shown(uri: vscode.Uri): string {
  return basename(uri).replace(/\]\(/g, '] (');
}

/** The status bar renders $(name) as an icon; a backslash keeps it text. */
function noIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}


async function typeOf(uri: vscode.Uri): Promise<vscode.FileType | undefined> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type;
  } catch {
    return undefined;
  }
}

/** VS Code strips a UTF-8 byte-order mark from the text; brat counts it. */
async function startsWithBom(uri: vscode.Uri): Promise<boolean> {
  if (uri.scheme === 'untitled') return false;
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  } catch {
    return false;
  }
}

async function render(format: Format, analysis: Analysis, text: string, doc: vscode.TextDocument): Promise<string> {
  const name = basename(doc.uri);
  switch (format) {
    case 'json': return toJson(analysis, { pretty: true, file: name }) + '\n';
    case 'brat': return toBrat(analysis, text, { leadingBom: !doc.isDirty && (await startsWithBom(doc.uri)) });
    case 'md': return toMarkdown(analysis, { title: name });
  }
}

/** Next to the document when its file system is writable; otherwise (untitled, read-only) ask. */
async function chooseTarget(doc: vscode.TextDocument, pick: FormatPick, overwrite: boolean): Promise<vscode.Uri | undefined> {
  const name = basename(doc.uri);
  const writable = doc.uri.scheme !== 'untitled' && vscode.workspace.fs.isWritableFileSystem(doc.uri.scheme) === true;
  if (writable) {
    const dir = doc.uri.path.slice(0, doc.uri.path.lastIndexOf('/') + 1);
    let target = doc.uri.with({ path: dir + stem(name) + pick.suffix, query: '', fragment: '' });
    // A file with no extension would have its export named like its reviews file: never write over that.
    if (target.path === sidecarOf(doc.uri)?.path) target = target.with({ path: dir + stem(name) + '.analysis' + pick.suffix });
    const existing = await typeOf(target);
    // Renaming over a folder with overwrite set would delete the folder and everything in it.
    if (existing !== undefined && existing & vscode.FileType.Directory) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Kilde did not export: {0} is a folder.', shown(target)));
      return undefined;
    }
    if (!overwrite && existing !== undefined) {
      const replace = vscode.l10n.t('Replace');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('{0} already exists. Replace it?', basename(target)),
        { modal: true, detail: vscode.l10n.t('The annotations exported before will be overwritten.') },
        replace,
      );
      if (answer !== replace) return undefined;
    }
    return target;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const fileName = (doc.uri.scheme === 'untitled' ? vscode.l10n.t('article') : stem(name)) + pick.suffix;
  // The save dialog asks about replacing an existing file itself.
  return vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, fileName) : undefined,
    filters: { [pick.label]: [pick.suffix.slice(pick.suffix.lastIndexOf('.') + 1)] },
    saveLabel: vscode.l10n.t('Export'),
    title: vscode.l10n.t('Export Kilde Annotations'),
  });
}

export function registerExport(store: AnalysisStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('kilde.exportAnnotations', async (arg?: unknown) => {
      const args = parseArgs(arg);
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open the article to export first.'));
        return;
      }
      const pick = args.format
        ? formats().find((f) => f.format === args.format)
        : await vscode.window.showQuickPick(formats(), { title: vscode.l10n.t('Export Kilde Annotations'), placeHolder: vscode.l10n.t('Choose a format') });
      if (!pick) return;
      if (doc.isDirty && doc.uri.scheme !== 'untitled') {
        const save = vscode.l10n.t('Save and Export');
        const anyway = vscode.l10n.t('Export Anyway');
        const answer = await vscode.window.showWarningMessage(
          vscode.l10n.t('The document has unsaved changes.'),
          { modal: true, detail: vscode.l10n.t('The export describes the text in the editor, so its offsets will not match the file on disk until you save.') },
          save,
          anyway,
        );
        if (!answer) return;
        if (answer === save && !(await doc.save())) return;
      }
      // Exporting is an explicit request: annotate even a document Kilde skips by itself.
      const analysis = store.current(doc) ?? (await store.annotate(doc));
      const entry = store.get(doc.uri);
      if (!analysis || !entry?.text || entry.analysedVersion !== doc.version) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Kilde could not annotate this document, so there is nothing to export.'));
        return;
      }
      const target = await chooseTarget(doc, pick, args.overwrite === true);
      if (!target) return;
      try {
        await writeViaTemp(target, await render(pick.format, analysis, entry.text.whole(), doc));
      } catch (err) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Kilde could not write {0}: {1}', shown(target), err instanceof Error ? err.message : String(err)));
        return;
      }
      if (args.format) {
        // Called with a format (a keybinding, a script): a quieter confirmation. The status bar shows no links, only icons.
        vscode.window.setStatusBarMessage(vscode.l10n.t('Kilde exported the annotations to {0}.', noIcons(basename(target))), 4000);
        return target;
      }
      const done = vscode.l10n.t('Kilde exported the annotations to {0}.', shown(target));
      // Not awaited: the command is done once the file is written, whatever the user does with the message.
      const open = vscode.l10n.t('Open');
      void vscode.window.showInformationMessage(done, open).then((choice) => {
        if (choice === open) void vscode.window.showTextDocument(target);
      });
      return target;
    }),
  ];
}
