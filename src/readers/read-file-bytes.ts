import { open, stat } from 'node:fs/promises';
import type { Diagnostic } from '../model/diagnostic.js';
import { sniffBinary, tooLarge } from './check-text.js';

const HEAD_BYTES = 8 * 1024;

/** The error for a path that cannot be opened, with the fix for the usual causes. */
export function unreadable(path: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { severity: 'error', rule: 'input-not-found', input: path, message: `${path}: no such file or folder; check the path (it is relative to ${process.cwd()})` };
  if (code === 'EISDIR') return { severity: 'error', rule: 'input-is-folder', input: path, message: `${path}: is a folder; give the files in it, or let listInputs expand it` };
  if (code === 'EACCES' || code === 'EPERM') return { severity: 'error', rule: 'input-unreadable', input: path, message: `${path}: permission denied; make it readable (chmod +r) or leave it out` };
  return { severity: 'error', rule: 'input-unreadable', input: path, message: `${path}: cannot be read (${(error as Error).message}); check the file and try again` };
}

/**
 * The first 8 KiB of a file and its size, read without loading the rest: enough to sniff the format
 * and to reject binaries and oversized files before reading them.
 * Example: readHead('a.txt') → { head: <Buffer …>, size: 5120, diagnostics: [] }
 */
export async function readHead(path: string): Promise<{ head?: Buffer; size: number; diagnostics: Diagnostic[] }> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { size: 0, diagnostics: [unreadable(path, Object.assign(new Error('folder'), { code: 'EISDIR' }))] };
    const file = await open(path, 'r');
    try {
      const head = Buffer.alloc(Math.min(HEAD_BYTES, info.size));
      const { bytesRead } = await file.read(head, 0, head.length, 0);
      return { head: head.subarray(0, bytesRead), size: info.size, diagnostics: [] };
    } finally {
      await file.close();
    }
  } catch (error) {
    return { size: 0, diagnostics: [unreadable(path, error)] };
  }
}

/**
 * Reads a whole file as bytes after checking, from its head and size alone, that it is text and
 * under `limitBytes`: a 50 MB file is rejected without being read.
 * Example: readFileBytes('big.txt', 10_485_760) → { diagnostics: [{ rule: 'too-large', … }] }
 */
export async function readFileBytes(path: string, limitBytes: number): Promise<{ bytes?: Buffer; diagnostics: Diagnostic[] }> {
  const { head, size, diagnostics } = await readHead(path);
  if (!head) return { diagnostics };
  const binary = sniffBinary(head, path);
  if (binary) return { diagnostics: [binary] };
  if (size > limitBytes) return { diagnostics: [tooLarge(path, size, limitBytes)] };
  try {
    const file = await open(path, 'r');
    try {
      return { bytes: await file.readFile(), diagnostics: [] };
    } finally {
      await file.close();
    }
  } catch (error) {
    return { diagnostics: [unreadable(path, error)] };
  }
}
