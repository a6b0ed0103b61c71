// FILE arguments that are folders become the articles in them: every .txt, .news and .md file,
// in every subfolder, in a stable order, so an archive is annotated in one call.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFsError, STDIN } from './input';

/** File endings read in a folder (case-insensitive); a file named on the command line is read whatever its name. */
export const ARTICLE_EXTENSIONS = ['.txt', '.news', '.md'] as const;

export interface Expanded {
  files: string[];
  /** Whether any argument was a folder: its files are printed as JSON lines, however many. */
  folders: boolean;
  /** One line each for stderr ("FOLDER: permission denied"); each makes the exit status 2. */
  problems: string[];
}

export function isArticleName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

export async function expandInputs(args: readonly string[]): Promise<Expanded> {
  const out: Expanded = { files: [], folders: false, problems: [] };
  for (const arg of args) {
    // Anything that is not a folder (a file, "-", a missing path) goes on as given: the
    // annotation reports it as before.
    if (arg === STDIN || !(await isFolder(arg))) {
      out.files.push(arg);
      continue;
    }
    out.folders = true;
    const before = out.files.length;
    await walk(arg, new Set([await realpath(arg).catch(() => arg)]), out);
    if (out.files.length === before) out.problems.push(`${arg}: no ${ARTICLE_EXTENSIONS.join(', ')} files in this folder`);
  }
  return out;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Depth first, names in code-unit order (the same on every machine); hidden files and
 *  folders (".git") are skipped; a folder linked twice, or into itself, is read once. */
async function walk(dir: string, seen: Set<string>, out: Expanded): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    out.problems.push(`${dir}: ${describeFsError(err)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    let folder = e.isDirectory();
    let file = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const s = await stat(path);
        folder = s.isDirectory();
        file = s.isFile();
      } catch {
        continue; // a dangling link is no article
      }
    }
    if (folder) {
      const real = await realpath(path).catch(() => path);
      if (seen.has(real)) continue;
      seen.add(real);
      await walk(path, seen, out);
    } else if (file && isArticleName(e.name)) {
      out.files.push(path);
    }
  }
}
