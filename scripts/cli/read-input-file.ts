/**
 * Reading an input file named on the command line (a scenario file) without trusting it: its size
 * is checked before a byte is read, so a 300 MB file costs nothing; only a regular file is read,
 * so a FIFO, a folder or /dev/zero is refused at once instead of hanging or filling the memory;
 * and its bytes must be UTF-8 text. A UTF-8 byte-order mark (which some editors on Windows add) is
 * accepted and dropped; UTF-16 text (a byte-order mark, or every other byte zero) is refused with a
 * clear message rather than as "not valid JSON".
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type BigIntStats } from 'node:fs';
import { resolve } from 'node:path';
import { CliError } from './errors';
import { show } from './escape';
import { fsProblem, kindOf, errorCode } from './fs-problem';

/** Which file a path names, whatever the spelling (relative, `..`, a symbolic link, a hard link). */
export interface FileIdentity {
  readonly dev: bigint;
  readonly ino: bigint;
}

export interface InputFile {
  /** The absolute path read. */
  readonly path: string;
  readonly text: string;
  readonly identity: FileIdentity;
}

export interface InputLimit {
  readonly maxBytes: number;
  /** What the file is, for messages: "a scenario file". */
  readonly what: string;
}

function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Read the file `arg` (relative to `cwd`) named by `flag`, within `limit`, as UTF-8 text. */
export function readInputFile(flag: string, arg: string, cwd: string, limit: InputLimit): InputFile {
  const where = `${flag} ${show(arg)}`;
  if (arg.includes('\0')) throw new CliError(`${where}: a path cannot hold a NUL character`);
  const path = resolve(cwd, arg);
  let stats: BigIntStats;
  try {
    stats = statSync(path, { bigint: true });
  } catch (e) {
    if (errorCode(e) === 'ENOENT') throw new CliError(`${where}: file not found`);
    throw new CliError(`${where}: cannot read the file: ${fsProblem(e)}`);
  }
  checkRegularAndSize(where, stats, limit);
  let fd: number;
  try {
    // O_NONBLOCK: should the path have become a FIFO since the check, opening it does not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new CliError(`${where}: cannot read the file: ${fsProblem(e)}`);
  }
  try {
    const opened = fstatSync(fd, { bigint: true });
    checkRegularAndSize(where, opened, limit);
    const bytes = readAtMost(fd, limit.maxBytes + 1, where);
    if (bytes.length > limit.maxBytes) throw tooLarge(where, bytes.length, limit, true);
    return { path, text: decodeUtf8(where, bytes), identity: { dev: opened.dev, ino: opened.ino } };
  } finally {
    closeSync(fd);
  }
}

function checkRegularAndSize(where: string, stats: BigIntStats, limit: InputLimit): void {
  if (!stats.isFile()) throw new CliError(`${where}: is ${kindOf(stats)}, not a regular file; give the path of ${limit.what}`);
  if (stats.size > BigInt(limit.maxBytes)) throw tooLarge(where, Number(stats.size), limit, false);
}

function tooLarge(where: string, bytes: number, limit: InputLimit, grew: boolean): CliError {
  const size = grew ? `more than ${groupDigits(limit.maxBytes)} bytes (it grew while being read)` : `${groupDigits(bytes)} bytes`;
  return new CliError(`${where}: ${size}; ${limit.what} may have at most ${groupDigits(limit.maxBytes)} bytes`);
}

function readAtMost(fd: number, max: number, where: string): Buffer {
  const buffer = Buffer.alloc(Math.min(max, 1 << 16));
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buffer, 0, Math.min(buffer.length, max - total), null);
    } catch (e) {
      throw new CliError(`${where}: cannot read the file: ${fsProblem(e)}`);
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, n)));
    total += n;
    if (total >= max) break;
  }
  return Buffer.concat(chunks, total);
}

/** Share of zero bytes in the first bytes of a file above which it is taken for UTF-16 text. */
const UTF16_ZERO_SHARE = 0.25;
const SAMPLE_BYTES = 4096;

/**
 * The text of a file's bytes: UTF-8, with a leading byte-order mark dropped. Refuses UTF-16 and
 * UTF-32 (by their byte-order marks, or by zero bytes, which ASCII text saved as UTF-16 is full of),
 * other zero bytes, and bytes that are not UTF-8, naming the first bad byte and its line.
 */
export function decodeUtf8(where: string, bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    throw new CliError(`${where}: the file is saved as UTF-16 or UTF-32 (it starts with that byte-order mark); save it as UTF-8`);
  }
  const start = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const firstZero = bytes.indexOf(0, start);
  if (firstZero >= 0) {
    const sample = bytes.subarray(start, start + SAMPLE_BYTES);
    const zeros = sample.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
    if (zeros >= sample.length * UTF16_ZERO_SHARE) throw new CliError(`${where}: the file looks like UTF-16 text (a zero byte beside every letter); save it as UTF-8`);
    throw new CliError(`${where}: the file holds a zero byte at byte ${groupDigits(firstZero)} (line ${lineAt(bytes, firstZero)}); it should be UTF-8 text`);
  }
  const body = bytes.subarray(start);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const bad = start + firstInvalidUtf8(body);
    if (bad >= bytes.length) throw new CliError(`${where}: the file is not UTF-8 text; save it as UTF-8`);
    throw new CliError(`${where}: the file is not UTF-8 text (byte 0x${bytes[bad].toString(16).padStart(2, '0')} at byte ${groupDigits(bad)}, line ${lineAt(bytes, bad)}); save it as UTF-8`);
  }
}

/** 1-based line of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // no overlong forms
      if (b === 0xed) hi = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
