// Files ptlint writes (baseline, cache) are replaced whole: a reader never sees half a file, and a crash
// mid-write leaves the old one.
import { renameSync, rmSync, writeFileSync } from 'node:fs';

/** Writes `text` to a temporary file beside `path`, then renames it over `path`. */
export function writeAtomically(path: string, text: string | Uint8Array): void {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
