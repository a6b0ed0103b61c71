// Reading one input (a path or "-" for stdin) into text. Every failure is an
// InputError with a one-line message; the caller decides the exit code.
import { readFileSync } from 'node:fs';
import { decodeUtf8 } from './decode';

export class InputError extends Error {}

export interface Input {
  /** As given on the command line; "-" for stdin. */
  name: string;
  text: string;
  bomStripped: boolean;
  warnings: string[];
}

export const STDIN = '-';

export function displayName(name: string): string {
  return name === STDIN ? '<stdin>' : name;
}

async function readStdin(): Promise<Uint8Array> {
  // Streamed: works for pipes, files and terminals alike, unlike
  // readFileSync(0), which fails on some of them (EAGAIN, EOF on a TTY).
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'ELOOP': return 'too many symbolic links';
    case 'ERR_FS_FILE_TOO_LARGE': return 'file too large';
    default: return err instanceof Error ? err.message.split('\n')[0] : String(err);
  }
}

export async function readInput(name: string): Promise<Input> {
  let bytes: Uint8Array;
  try {
    // A file is read at once: the asynchronous read costs four trips to libuv's thread pool
    // per file, which on an archive of small files left the worker threads idle a quarter of
    // the time.
    bytes = name === STDIN ? await readStdin() : readFileSync(name);
  } catch (err) {
    throw new InputError(describeFsError(err));
  }
  let decoded;
  try {
    decoded = decodeUtf8(bytes);
  } catch (err) {
    throw new InputError(`cannot decode: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
  if (!decoded.ok) throw new InputError(decoded.reason);
  const warnings: string[] = [];
  if (decoded.invalidUtf8) warnings.push('not valid UTF-8; invalid bytes were replaced with U+FFFD');
  return { name, text: decoded.text, bomStripped: decoded.bomStripped, warnings };
}
