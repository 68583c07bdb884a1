// --fix and --fix-dry-run on the lint command: fix what the first lint found, then report what remains (with
// --fix-dry-run, what would remain), each fixed file carrying its fixed text and its changes.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fixFiles } from '../engine/fix.js';
import type { LintRun, LintSource, Linter } from '../engine/lint.js';
import type { FileResult } from '../engine/diagnostic.js';
import type { Io } from './main.js';

export interface FixFlags {
  /** --fix: write the fixes. */
  fix?: boolean;
  /** --fix-dry-run: work them out, write nothing. */
  fixDryRun?: boolean;
}

/** The run as the user should see it after fixing; the run itself when neither flag is given. */
export async function withFixes(run: LintRun, linter: Linter, patterns: string[], flags: FixFlags, io: Io): Promise<LintRun> {
  if (!flags.fix && !flags.fixDryRun) return run;
  const write = !!flags.fix;
  const { fixed, bytes, failed } = await fixFiles(run.results, linter, {
    write, locale: run.locale, note: (text) => io.stderr(`ptlint: ${text}\n`),
  }, (path) => relative(io.cwd, path) || path);
  if (fixed.size === 0) return { ...run, fatal: run.fatal || failed };
  let after: FileResult[];
  let fatal: boolean;
  if (write) {
    ({ results: after, fatal } = await linter.lintPatterns(patterns));
  } else {
    // Nothing was written: lint the fixed texts together with the other files as they are on disk.
    const sources: LintSource[] = [];
    for (const r of run.results) {
      if (r.diagnostics.some((d) => d.ruleId === 'config-error' || d.ruleId === 'read-error')) continue;
      const own = bytes.get(r.filePath);
      if (own) { sources.push({ path: r.filePath, bytes: own }); continue; }
      try { sources.push({ path: r.filePath, bytes: readFileSync(r.filePath) }); } catch { /* gone since: leave it out */ }
    }
    const relinted = await linter.lintSources(sources, new Set(fixed.keys()));
    const byPath = new Map(relinted.results.map((r) => [r.filePath, r]));
    after = run.results.map((r) => byPath.get(r.filePath) ?? r);
    fatal = run.fatal;
  }
  return { ...run, results: after.map((r) => (fixed.has(r.filePath) ? { ...r, fixed: fixed.get(r.filePath)! } : r)), fatal: fatal || failed };
}
