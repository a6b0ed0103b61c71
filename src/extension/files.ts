// Reading and writing the files Kilde makes beside an article (exports, the
// reviews sidecar) through vscode.workspace.fs, so that they work in virtual
// and web workspaces too.
import * as vscode from 'vscode';

/** Writes through a temporary file and a rename: a failed write leaves no half file. */
export async function writeViaTemp(target: vscode.Uri, content: string): Promise<void> {
  const temp = target.with({ path: `${target.path}.kilde-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp` });
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(content));
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (err) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw err;
  }
}

/** The file's text (UTF-8), or undefined when there is no such file. */
export async function readTextFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
    throw err;
  }
}

/** The last segment of the URI's path: the file name. */
export function basename(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || path;
}

/** The file name without its last extension ("a.txt" → "a"; a leading dot is no extension). */
export function stem(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
