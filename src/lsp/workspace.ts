// The workspace's form files, for the run-scope rules (copied-indicator) that compare a form with the others.
// Found as the CLI's folder walk finds them; each read once and kept while its modification time stays.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { expandPatterns, isWalkedForm } from '../engine/files.js';
import { MAX_FILE_BYTES, readBytes, type LintSource } from '../engine/lint.js';
import type { ReadResult } from '../readers/types.js';

/** Text forms an editor edits; docx/xlsx are linted on their own. */
export const TEXT_FORM_EXTENSIONS = ['.md', '.markdown', '.yaml', '.yml', '.json'];

export const isTextForm = (path: string) => TEXT_FORM_EXTENSIONS.includes(extname(path).toLowerCase());

export class WorkspaceForms {
  private files = new Set<string>();
  /** The workspace folders: a file created or changed is a form to index where its folder's walk would find it. */
  private folders: string[] = [];
  private readonly cache = new Map<string, { mtimeMs: number; read: ReadResult }>();

  /** Finds the form files below the workspace folders. */
  async index(folders: string[]): Promise<void> {
    this.folders = folders;
    const found = folders.length ? await expandPatterns(folders, folders[0]) : { files: [] };
    this.files = new Set(found.files.map((f) => f.path).filter(isTextForm));
  }

  /** A watched form file was created, changed or deleted. */
  update(path: string, exists: boolean): void {
    if (!isTextForm(path) || !isWalkedForm(path, this.folders)) return;
    this.cache.delete(path);
    if (exists) this.files.add(path); else this.files.delete(path);
  }

  get size(): number {
    return this.files.size;
  }

  /** The indexed files as sources, except those the editor holds (`open`); unreadable files are left out. */
  async sources(open: Set<string>): Promise<LintSource[]> {
    const out: LintSource[] = [];
    for (const path of this.files) {
      if (open.has(path)) continue;
      const read = await this.read(path);
      if (read) out.push({ path, read });
    }
    return out;
  }

  private async read(path: string): Promise<ReadResult | undefined> {
    let mtimeMs: number, size: number;
    try {
      ({ mtimeMs, size } = statSync(path));
    } catch {
      this.files.delete(path);
      this.cache.delete(path);
      return undefined;
    }
    const cached = this.cache.get(path);
    if (cached && cached.mtimeMs === mtimeMs) return cached.read;
    if (size > MAX_FILE_BYTES) return undefined;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      return undefined;
    }
    const outcome = await readBytes(path, bytes);
    if (!('read' in outcome)) return undefined;
    this.cache.set(path, { mtimeMs, read: outcome.read });
    return outcome.read;
  }
}
