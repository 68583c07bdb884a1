// A baseline records the findings a project has today, so that a linter can be adopted on old forms and only
// new findings are shown. Findings are matched by file, rule, form, indicator and category — never by line —
// so that editing a form elsewhere (a row added above) keeps the old findings hidden. A key recorded N times
// hides N findings of that key; more than N shows the extra ones (in reading order, the later ones).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { writeAtomically } from './atomic-write.js';
import type { Diagnostic, FileResult } from './diagnostic.js';
import { isProblem } from './problems.js';

/** The format of the baseline file; a file of another version is refused. */
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** Relative to the baseline file's folder, with forward slashes. */
  file: string;
  ruleId: string;
  form: string | null;
  indicator: string | null;
  category: string | null;
  count: number;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  findings: BaselineEntry[];
}

export class BaselineError extends Error {}

type Keyed = Omit<BaselineEntry, 'count'>;

function keyOf(k: Keyed): string {
  return JSON.stringify([k.file, k.ruleId, k.form, k.indicator, k.category]);
}

function fileKey(baselineFile: string, filePath: string): string {
  return relative(dirname(baselineFile), filePath).split(sep).join('/');
}

/** Problems with reading, configuring or running a rule are never baselined: they always show. */
function baselined(d: Diagnostic): boolean {
  return !isProblem(d.ruleId);
}

const compareText = (a: string | null, b: string | null) => (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1
  : a === b ? 0 : a === null ? -1 : 1;

/** Sorted so that the file diffs well: by file, rule, form, indicator, category (code-point order). */
function compareEntries(a: Keyed, b: Keyed): number {
  return compareText(a.file, b.file) || compareText(a.ruleId, b.ruleId) || compareText(a.form, b.form)
    || compareText(a.indicator, b.indicator) || compareText(a.category, b.category);
}

/**
 * The baseline of a run's findings. Entries of `previous` for files this run did not lint, and that still
 * exist, are kept: updating with a few files does not forget the others.
 */
export function buildBaseline(results: FileResult[], baselineFile: string, previous?: Baseline): Baseline {
  const counts = new Map<string, BaselineEntry>();
  const linted = new Set(results.map((r) => fileKey(baselineFile, r.filePath)));
  for (const result of results) {
    const file = fileKey(baselineFile, result.filePath);
    for (const d of result.diagnostics.filter(baselined)) {
      const keyed: Keyed = { file, ruleId: d.ruleId, form: d.form, indicator: d.indicator, category: d.category };
      const key = keyOf(keyed);
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { ...keyed, count: 1 });
    }
  }
  for (const entry of previous?.findings ?? []) {
    if (linted.has(entry.file) || !existsSync(join(dirname(baselineFile), entry.file))) continue;
    counts.set(keyOf(entry), entry);
  }
  return { version: BASELINE_VERSION, findings: [...counts.values()].sort(compareEntries) };
}

/** Hides the findings the baseline records; returns the results left and how many were hidden. */
export function applyBaseline(results: FileResult[], baseline: Baseline, baselineFile: string): { results: FileResult[]; hidden: number } {
  const remaining = new Map(baseline.findings.map((e) => [keyOf(e), e.count]));
  let hidden = 0;
  const shown = results.map((result) => {
    const file = fileKey(baselineFile, result.filePath);
    const diagnostics = result.diagnostics.filter((d) => {
      if (!baselined(d)) return true;
      const key = keyOf({ file, ruleId: d.ruleId, form: d.form, indicator: d.indicator, category: d.category });
      const left = remaining.get(key) ?? 0;
      if (left === 0) return true;
      remaining.set(key, left - 1);
      hidden++;
      return false;
    });
    return { ...result, diagnostics };
  });
  return { results: shown, hidden };
}

const nullableString = (v: unknown) => v === null || typeof v === 'string';

/** Reads a baseline file; a missing or broken one throws a BaselineError saying what is wrong. */
export function readBaseline(path: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new BaselineError((error as NodeJS.ErrnoException).code ?? String(error));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(error instanceof Error ? error.message : String(error));
  }
  const b = data as Partial<Baseline> | null;
  if (!b || typeof b !== 'object' || b.version !== BASELINE_VERSION || !Array.isArray(b.findings)) {
    throw new BaselineError(`expected { "version": ${BASELINE_VERSION}, "findings": [...] }`);
  }
  b.findings.forEach((e: Partial<BaselineEntry>, i) => {
    if (!e || typeof e.file !== 'string' || typeof e.ruleId !== 'string' || !nullableString(e.form)
      || !nullableString(e.indicator) || !nullableString(e.category) || !Number.isInteger(e.count) || e.count! < 1) {
      throw new BaselineError(`findings[${i}] is not { file, ruleId, form, indicator, category, count }`);
    }
  });
  return b as Baseline;
}

/** Writes the file atomically: a temporary file beside it, then a rename. */
export function writeBaseline(path: string, baseline: Baseline): void {
  const lines = baseline.findings.map((e) => '    ' + JSON.stringify({
    file: e.file, ruleId: e.ruleId, form: e.form, indicator: e.indicator, category: e.category, count: e.count,
  }));
  const text = `{\n  "version": ${baseline.version},\n  "findings": [${lines.length ? '\n' + lines.join(',\n') + '\n  ' : ''}]\n}\n`;
  writeAtomically(path, text);
}

export function resolveFrom(cwd: string, path: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}
