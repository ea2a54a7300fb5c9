/**
 * Words for what went wrong with a file: the operating system's error codes (ENOENT, EACCES, …)
 * and the kinds of things a path can name besides a regular file (a folder, a FIFO, a device).
 * Shared by the reading of input files and the writing of the output file.
 */
import type { BigIntStats, Stats } from 'node:fs';

const CODES: Readonly<Record<string, string>> = {
  ENOENT: 'not found',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EIO: 'an input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EBUSY: 'the file is busy',
  ETXTBSY: 'the file is busy',
  ENXIO: 'no such device',
  EFBIG: 'the file is too large for this file system',
  EAGAIN: 'the file would block',
};

/** "permission denied (EACCES)", or the error's own message when it has no known code. */
export function fsProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string') return CODES[code] ? `${CODES[code]} (${code})` : code;
  return err instanceof Error ? err.message : String(err);
}

/** The code of a file-system error, if it has one. */
export function errorCode(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** What a path names when it is not a regular file: "a folder", "a FIFO (named pipe)", … */
export function kindOf(stats: Stats | BigIntStats): string {
  if (stats.isFile()) return 'a regular file';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}
