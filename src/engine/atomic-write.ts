// Files ptlint writes (fixed forms, baseline, cache, report) are replaced whole: a reader never sees half a file,
// and a crash mid-write leaves the old one. A file replaced keeps what the user gave it: a link stays a link (its
// target is written), and the file keeps its mode and owner; a file the user may not write is not written.
import {
  accessSync, chmodSync, chownSync, constants, existsSync, lstatSync, mkdirSync, readlinkSync, realpathSync, renameSync, rmSync,
  statSync, writeFileSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Writes `text` to a temporary file beside the file `path` names (through any link), then renames it over it. */
export function writeAtomically(path: string, text: string | Uint8Array): void {
  const file = fileNamedBy(path);
  const stat = existsSync(file) ? statSync(file) : undefined;
  // A rename needs only the folder's permission: the file's own is asked first, as a write in place would.
  if (stat) accessSync(file, constants.W_OK);
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    // Made with the file's mode (less what the umask takes), so that its text is never open to more eyes.
    writeFileSync(temp, text, stat ? { mode: stat.mode & 0o777 } : {});
    if (stat) keepModeAndOwner(temp, stat.mode, stat.uid, stat.gid);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** The file a path names, links followed, whether or not it exists yet (a link to a file to be made names it). */
function fileNamedBy(path: string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // A link to nothing yet: the file it names.
  let link: string;
  try {
    if (!lstatSync(path).isSymbolicLink()) return path;
    link = readlinkSync(path);
  } catch {
    return path;
  }
  return resolve(dirname(path), link);
}

/**
 * The file's owner, then its mode (a change of owner clears set-id bits), where this process may give them: root
 * may give any owner, anyone may keep their own; a file system without modes keeps none.
 */
function keepModeAndOwner(path: string, mode: number, uid: number, gid: number): void {
  try {
    chownSync(path, uid, gid);
  } catch {
    // Another user's file that this one may write: it becomes this user's, as an editor's save would make it.
  }
  try {
    chmodSync(path, mode & 0o7777);
  } catch {
    // No modes here (some network and Windows-shared file systems).
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
