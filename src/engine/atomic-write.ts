// Files ptlint writes (fixed forms, baseline, cache, report) are replaced whole: a reader never sees half a file,
// and a crash mid-write leaves the old one. A file replaced keeps what the user gave it: a link stays a link (its
// target is written), and the file keeps its mode and owner; a file the user may not write is not written.
import {
  accessSync, chmodSync, chownSync, constants, existsSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';

/** Writes `text` to a temporary file beside the file `path` names (through any link), then renames it over it. */
export function writeAtomically(path: string, text: string | Uint8Array): void {
  const target = existingTarget(path);
  const stat = target === undefined ? undefined : statSync(target);
  // A rename needs only the folder's permission: the file's own is asked first, as a write in place would.
  if (target !== undefined) accessSync(target, constants.W_OK);
  const file = target ?? path;
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temp, text);
    if (stat) {
      chmodSync(temp, stat.mode & 0o7777);
      keepOwner(temp, stat.uid, stat.gid);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Makes a folder and the folders above it that are missing, one by one: Node 20's recursive mkdirSync never
 * returns where a folder cannot be made inside one that exists (/proc/x/y), and this throws there instead.
 */
export function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let f = folder; !existsSync(f) && dirname(f) !== f; f = dirname(f)) missing.push(f);
  for (const f of missing.reverse()) {
    try {
      mkdirSync(f);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** The file a path names, links followed; undefined when there is none yet. */
function existingTarget(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The file's owner as it was, where this process may give it (root may; anyone may keep their own). */
function keepOwner(path: string, uid: number, gid: number): void {
  try {
    chownSync(path, uid, gid);
  } catch {
    // Another user's file that this one may write: it becomes this user's, as an editor's save would make it.
  }
}
