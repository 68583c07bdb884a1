import { readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { makeFolders, writeAtomically } from '../engine/atomic-write.js';
import { Linter, readBytes, type LintOptions } from '../engine/lint.js';
import { DEFAULT_CACHE_FILE, LintCache } from '../engine/cache.js';
import { realPath } from '../engine/files.js';
import { prepareBaseline, type BaselineOptions } from './baseline-option.js';
import type { Locale } from '../engine/i18n.js';
import type { RuleEntries } from '../engine/presets.js';
import { loadFormatter } from '../formatters/index.js';
import type { FileResult } from '../engine/diagnostic.js';
import type { Io } from './main.js';
import { withFixes, type FixFlags } from './fix-option.js';
import { progressLine } from './progress.js';

export interface CommonOptions {
  io: Io;
  configFile?: string;
  ruleEntries: RuleEntries;
  locale?: Locale;
}

export interface LintCommandOptions extends CommonOptions, BaselineOptions, FixFlags {
  /** --cache, and where the cache file is (relative to the working folder). */
  cache?: boolean;
  cacheLocation?: string;
  format: string;
  quiet: boolean;
  maxWarnings?: number;
  /** Write the report to this file (relative to the working folder) instead of stdout. */
  output?: string;
  /** --concurrency: threads checking the files (this one and N − 1 workers). */
  concurrency?: number | 'auto';
}

export function createLinter({ io, configFile, ruleEntries, locale }: CommonOptions, cache?: LintCache,
  extra: Pick<LintOptions, 'concurrency' | 'onProgress' | 'exclude'> = {}): Linter | string {
  const rules = builtinRules();
  const unknown = Object.keys(ruleEntries).filter((id) => !rules.has(id));
  if (unknown.length) return `未知规则 ${unknown.join('、')}：运行 ptlint rules 查看全部规则 · unknown rule ${unknown.join(', ')}`;
  return new Linter(rules, { cwd: io.cwd, configFile: configFile && resolvePath(io.cwd, configFile), rules: ruleEntries, locale, cache, ...extra });
}

const resolvePath = (cwd: string, p: string) => (p.startsWith('/') ? p : `${cwd}/${p}`);

export async function lintCommand(patterns: string[], options: LintCommandOptions): Promise<number> {
  const { io } = options;
  const baseline = prepareBaseline(options, io, options.locale ?? 'zh-CN');
  if (typeof baseline === 'string') { io.stderr(`ptlint: ${baseline}\n`); return 2; }
  const cache = options.cache ? new LintCache(resolve(io.cwd, options.cacheLocation ?? DEFAULT_CACHE_FILE)) : undefined;
  const progress = progressLine(io);
  const exclude = await ownOutputs([options.output, options.baseline, options.baselineUpdate]
    .filter((p): p is string => p !== undefined).map((p) => resolve(io.cwd, p)));
  const linter = createLinter(options, cache, { concurrency: options.concurrency, onProgress: progress?.update, exclude });
  if (typeof linter === 'string') { io.stderr(`ptlint: ${linter}\n`); return 2; }
  const run = await withFixes(await linter.lintPatterns(patterns), linter, patterns, options, io);
  progress?.end();
  const clash = overwrittenForm(run.results, [options.output, options.baselineUpdate, cache && options.cacheLocation]
    .filter((p): p is string => p !== undefined).map((p) => resolve(io.cwd, p)));
  if (clash) {
    io.stderr(`ptlint: ${clash} 是刚检查过的表单，不能用来写报告、基线或缓存 · ${clash} is a form just linted: not written over\n`);
    return 2;
  }
  saveCache(cache, io);
  const shown = baseline ? baseline.apply(run.results, run.locale) : run.results;
  if (!shown) return 2;
  let results = shown;
  if (options.quiet) results = results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }));
  const format = await loadFormatter(options.format);
  const report = format(results, { cwd: io.cwd, locale: run.locale, color: io.color && options.output === undefined });
  if (options.output === undefined) io.stdout(report);
  else if (!writeReport(resolve(io.cwd, options.output), report, io)) return 2;
  if (run.fatal) return 2;
  const all = shown.flatMap((r) => r.diagnostics);
  if (all.some((d) => d.severity === 'error')) return 1;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  return options.maxWarnings !== undefined && warnings > options.maxWarnings ? 1 : 0;
}

/**
 * The files this run writes or reads as its own (report, baseline) that are there already as JSON that is no form
 * (last run's report, the baseline): a folder's walk takes them in, and they are not forms to lint. Any other file
 * is linted, so that overwrittenForm can keep a form from being written over.
 */
async function ownOutputs(paths: string[]): Promise<Set<string>> {
  const own = new Set<string>();
  for (const path of paths) {
    if (extname(path).toLowerCase() !== '.json') continue;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      continue;
    }
    const outcome = await readBytes(path, bytes);
    if ('read' in outcome && outcome.read.document === null) own.add(path);
  }
  return own;
}

/**
 * The first of the files to write (report, baseline, cache) that is a file this run linted, if any, compared as the
 * files the paths name (through links): a slip such as `ptlint -o form.md form.md` must not replace the form. Only
 * a JSON file that did not read as a form may be written (last run's report, taken in by the folder's glob).
 */
function overwrittenForm(results: FileResult[], outputs: string[]): string | undefined {
  if (outputs.length === 0) return undefined;
  const unread = (r: FileResult) => r.diagnostics.some((d) => (d.ruleId === 'read-error' || d.ruleId === 'parse-error')
    && d.severity === 'error');
  const linted = new Set(results.filter((r) => !(extname(r.filePath).toLowerCase() === '.json' && unread(r)))
    .map((r) => realPath(r.filePath)));
  return outputs.find((path) => linted.has(realPath(path)));
}

/** The report file is replaced whole (a CI step never reads half a report); its folder is made if missing. */
function writeReport(path: string, report: string, io: Io): boolean {
  try {
    makeFolders(dirname(path));
    writeAtomically(path, report);
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`ptlint: 无法写入输出文件 ${path}：${reason} · cannot write the output file ${path}: ${reason}\n`);
    return false;
  }
}

/** The cache only saves time: failing to write it is said, never fatal. */
function saveCache(cache: LintCache | undefined, io: Io): void {
  try {
    cache?.save();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`ptlint: 无法写入缓存 ${cache!.path}：${reason} · cannot write the cache ${cache!.path}: ${reason}\n`);
  }
}
