/**
 * The `--out FILE` of the command-line programs. Everything that can be known about the file is
 * checked before the model runs, so a mistake costs seconds rather than a whole run: it must be a
 * regular file or not exist yet (a FIFO would block the program for ever, a device or a folder is
 * not a place for results), it must not be one of the input files however it is spelt (compared
 * by device and inode, so `./s.json`, a symbolic link or a hard link to the scenario are caught),
 * and its folder must take a new file (a small probe file is written there and removed).
 *
 * The results are then written atomically: into a temporary file in the same folder, flushed to
 * the disk, and renamed over the target. A failure (the disk full, say) removes the temporary file
 * and leaves the target as it was; a reader never sees half a file.
 */
import * as fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { CliError } from './errors';
import { show } from './escape';
import { errorCode, fsProblem, kindOf } from './fs-problem';
import type { FileIdentity } from './read-input-file';

/** An input the output must not overwrite: its flag and argument (for the message) and which file it is. */
export interface NamedInput {
  readonly flag: string;
  readonly arg: string;
  readonly identity: FileIdentity;
}

export interface OutputTarget {
  /** The flag and the argument as typed, for messages. */
  readonly flag: string;
  readonly arg: string;
  /** The file to create or replace (a symbolic link is followed, so the link stays). */
  readonly path: string;
  /** The permission bits of the file replaced, kept on the new one; undefined for a new file. */
  readonly mode?: number;
}

/** The file-system calls the writing uses, replaceable in tests (a full disk, a failing rename). */
export interface OutputIo {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  fchmodSync(fd: number, mode: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
}

const NODE_IO: OutputIo = {
  openSync: (p, f, m) => fs.openSync(p, f, m),
  writeSync: (fd, b, o, l) => fs.writeSync(fd, b, o, l),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  fchmodSync: (fd, m) => fs.fchmodSync(fd, m),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (a, b) => fs.renameSync(a, b),
  unlinkSync: (p) => fs.unlinkSync(p),
};

/**
 * Paths that name the program's own standard streams. When standard output goes to a file, they
 * lead to that file, and replacing it (the atomic write) would pull it from under the shell.
 */
const OWN_STREAM = /^\/(dev\/(stdin|stdout|stderr|fd\/\d+)|proc\/(self|thread-self|\d+)\/fd\/\d+)$/;

/** Bytes written to the probe file: one disk block, so a full disk shows before the run. */
const PROBE_BYTES = 4096;

/** Check `--out` before the run; `inputs` are the files the run reads. */
export function prepareOutput(flag: string, arg: string, cwd: string, inputs: readonly NamedInput[], io: OutputIo = NODE_IO): OutputTarget {
  const where = `${flag} ${show(arg)}`;
  if (arg.includes('\0')) throw new CliError(`${where}: a path cannot hold a NUL character`);
  if (arg.endsWith('/') || arg.endsWith(sep)) throw new CliError(`${where}: names a folder; give a file path`);
  let path = resolve(cwd, arg);
  if (OWN_STREAM.test(path)) throw new CliError(`${where}: names one of this program's own streams, not a file; without --out the output goes to standard output`);
  let mode: number | undefined;
  const existing = statOrNull(where, path);
  if (existing) {
    if (!existing.isFile()) {
      const hint = existing.isDirectory() ? 'give a file path' : 'give the path of a file to create or replace (without --out the output goes to standard output)';
      throw new CliError(`${where}: is ${kindOf(existing)}, not a regular file; ${hint}`);
    }
    for (const input of inputs) {
      if (input.identity.dev === existing.dev && input.identity.ino === existing.ino) {
        throw new CliError(`${where}: is the same file as ${input.flag} ${show(input.arg)}; writing it would destroy the input, choose another file`);
      }
    }
    try {
      fs.accessSync(path, fs.constants.W_OK);
    } catch (e) {
      throw new CliError(`${where}: cannot replace the file: ${fsProblem(e)}`);
    }
    path = fs.realpathSync(path);
    mode = Number(existing.mode) & 0o7777;
  } else {
    checkFolder(where, arg, dirname(path));
  }
  probe(where, dirname(path), io);
  return { flag, arg, path, mode };
}

/** The file's stats (following a symbolic link), or null if there is no file there yet. */
function statOrNull(where: string, path: string): fs.BigIntStats | null {
  try {
    return fs.statSync(path, { bigint: true });
  } catch (e) {
    if (errorCode(e) !== 'ENOENT') throw new CliError(`${where}: cannot use this path: ${fsProblem(e)}`);
  }
  // Nothing there, or a symbolic link to nothing: writing would replace the link itself.
  let link: fs.Stats | undefined;
  try {
    link = fs.lstatSync(path);
  } catch {
    return null;
  }
  if (link.isSymbolicLink()) throw new CliError(`${where}: is a symbolic link to a file that does not exist; give the file's own path`);
  return null;
}

function checkFolder(where: string, arg: string, dir: string): void {
  const shown = show(dirname(arg) || '.');
  let stats: fs.Stats;
  try {
    stats = fs.statSync(dir);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') throw new CliError(`${where}: the folder ${shown} does not exist`);
    throw new CliError(`${where}: cannot use the folder ${shown}: ${fsProblem(e)}`);
  }
  if (!stats.isDirectory()) throw new CliError(`${where}: ${shown} is ${kindOf(stats)}, not a folder`);
}

/** A fresh temporary name beside the target (short enough for any file-name limit). */
function tempName(dir: string, target: string): string {
  return join(dir, `.${basename(target).slice(0, 64)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Write and remove a small file in the folder: permission, a read-only or a full disk show now. */
function probe(where: string, dir: string, io: OutputIo): void {
  const tmp = tempName(dir, 'probe');
  let fd: number | undefined;
  try {
    fd = io.openSync(tmp, 'wx', 0o600);
    writeAll(io, fd, new Uint8Array(PROBE_BYTES));
  } catch (e) {
    throw new CliError(`${where}: cannot write in the folder ${show(dir)}: ${fsProblem(e)}`);
  } finally {
    if (fd !== undefined) quietly(() => io.closeSync(fd!));
    quietly(() => io.unlinkSync(tmp));
  }
}

function writeAll(io: OutputIo, fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) done += io.writeSync(fd, bytes, done, bytes.length - done);
}

function quietly(f: () => void): void {
  try {
    f();
  } catch {
    // cleaning up after a failure that is reported already
  }
}

/** Write `text` to the target atomically (temporary file, flush, rename). */
export function writeOutput(target: OutputTarget, text: string, io: OutputIo = NODE_IO): void {
  const dir = dirname(target.path);
  const tmp = tempName(dir, target.path);
  let fd: number | undefined;
  let renamed = false;
  try {
    fd = io.openSync(tmp, 'wx', 0o666);
    if (target.mode !== undefined) io.fchmodSync(fd, target.mode);
    writeAll(io, fd, Buffer.from(text, 'utf8'));
    io.fsyncSync(fd);
    io.closeSync(fd);
    fd = undefined;
    io.renameSync(tmp, target.path);
    renamed = true;
  } catch (e) {
    const kept = target.mode !== undefined ? 'the file was left as it was' : 'no file was written';
    throw new CliError(`${target.flag} ${show(target.arg)}: cannot write the file: ${fsProblem(e)}; ${kept}`);
  } finally {
    if (fd !== undefined) quietly(() => io.closeSync(fd!));
    if (!renamed) quietly(() => io.unlinkSync(tmp));
  }
  syncFolder(dir);
}

/** Flush the folder too, so the rename itself survives a power cut (best effort: not every system allows it). */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // some file systems refuse fsync on a folder; the data itself is already flushed
  } finally {
    if (fd !== undefined) quietly(() => fs.closeSync(fd!));
  }
}
