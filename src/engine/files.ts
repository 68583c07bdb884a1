// From the command line's files, folders and globs to the list of files to lint.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CONFIG_NAMES } from './config.js';
import { SUPPORTED_EXTENSIONS } from '../readers/index.js';

/** Never linted when a folder or glob is expanded: tools' own files, not forms. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', ...CONFIG_NAMES.map((n) => `**/${n}`),
  '**/package.json', '**/package-lock.json', '**/tsconfig*.json', '**/.pre-commit-*.yaml'];

export interface Expanded {
  /** Absolute paths, each once, sorted within each pattern. */
  files: Array<{ path: string }>;
  /** Patterns that matched nothing. */
  unmatched: string[];
}

export async function expandPatterns(patterns: string[], cwd: string): Promise<Expanded> {
  const seen = new Set<string>();
  const out: Expanded = { files: [], unmatched: [] };
  const add = (path: string) => {
    if (!seen.has(path)) { seen.add(path); out.files.push({ path }); }
  };
  const extensions = SUPPORTED_EXTENSIONS.map((e) => e.slice(1)).join(',');
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    const stat = statSync(abs, { throwIfNoEntry: false });
    let found: string[];
    if (stat?.isFile()) { add(abs); continue; }
    if (stat?.isDirectory()) {
      found = await glob(`**/*.{${extensions}}`, { cwd: abs, absolute: true, ignore: ALWAYS_IGNORED, dot: false });
    } else if (isDynamicPattern(pattern)) {
      found = await glob(pattern, { cwd, absolute: true, ignore: ALWAYS_IGNORED, dot: false });
    } else {
      found = [];
    }
    if (found.length === 0) out.unmatched.push(pattern);
    for (const f of found.map((p) => resolve(p)).sort()) add(f);
  }
  return out;
}
