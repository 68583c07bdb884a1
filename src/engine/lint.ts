// The main job: files → readers → schema check → rules → diagnostics, one result per file. A file that cannot
// be read, or a broken config, becomes a diagnostic on that file; the other files are still linted.
import { readFileSync } from 'node:fs';
import { dirname, extname, relative, sep } from 'node:path';
import { readerFor } from '../readers/index.js';
import { READER_MESSAGES } from '../readers/messages.js';
import type { ReadResult, Reader } from '../readers/types.js';
import { checkDocument } from '../model/schema.js';
import { departmentOf } from '../model/fields.js';
import { createAnalysis, type Analysis } from '../model/analysis.js';
import { ConfigLoader, type Config, type ConfigProblem } from './config.js';
import { CONFIG_MESSAGES } from './config-messages.js';
import { expandPatterns, readFileWithin } from './files.js';
import { localize, type Locale, type Localized, type MessageData } from './i18n.js';
import type { RuleEntries } from './presets.js';
import type { AnyRule } from './rule.js';
import { collectRunScope, runRules, runRunScope, type RuleSetting, type RunUnit } from './run.js';
import { documentNode } from './nodes.js';
import { checkOfEntry, entryOf, probeCache, runScopeOnly, type LintCache } from './cache.js';
import { placesOf, reportedDocument, type Carry, type FileCheck } from './file-check.js';
import { checkInThreads, threadsFor, type WorkerOptions } from './workers.js';
import { entriesFor, isIgnored, settingsFor } from './settings.js';
import { compareDiagnostics, type Diagnostic, type FileResult } from './diagnostic.js';

/** Larger files are refused before reading: no form is anywhere near this size. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface LintOptions {
  cwd: string;
  /** --config: one config file for every file, instead of the nearest one. */
  configFile?: string;
  /** --rule entries, applied last. */
  rules?: RuleEntries;
  locale?: Locale;
  /** --cache: unchanged files are answered from it (files on disk only). */
  cache?: LintCache;
  /**
   * --concurrency: files on disk are checked in this many threads ('auto': by cores and files), this one and the
   * rest worker threads; absent or 1, in this thread alone. Workers build their rules from the built-in ones and
   * the configs' plugins.
   */
  concurrency?: number | 'auto';
  /** Told how many files of the run are checked so far (a progress line). */
  onProgress?: (done: number, total: number) => void;
  /** Files the run writes (its report, baseline, cache; absolute paths): not forms, so never linted. */
  exclude?: ReadonlySet<string>;
}

export interface LintRun {
  results: FileResult[];
  /** A file could not be read, a config is broken, or a pattern matched nothing: exit code 2. */
  fatal: boolean;
  locale: Locale;
}

export class Linter {
  readonly loader: ConfigLoader;
  constructor(readonly rules: Map<string, AnyRule>, readonly options: LintOptions) {
    this.loader = new ConfigLoader(rules);
  }

  /** The config that applies to a file. */
  async configFor(file: string): Promise<Config> {
    const path = this.options.configFile ?? this.loader.configFileFor(dirname(file));
    return path ? this.loader.load(path) : this.loader.defaultConfig();
  }

  private readonly analyses = new WeakMap<Config, Analysis>();

  /** The shared analysis as a config's lexicon extends it, made once per config. */
  analysisOf(config: Config): Analysis {
    let analysis = this.analyses.get(config);
    if (!analysis) this.analyses.set(config, (analysis = createAnalysis(config.lexicon)));
    return analysis;
  }

  private readonly registries = new WeakMap<Config, Map<string, AnyRule>>();

  /** Rule registry extended by a config's plugins: one per config, as files share their config. */
  rulesOf(config: Config): Map<string, AnyRule> {
    if (config.plugins.length === 0) return this.rules;
    let rules = this.registries.get(config);
    if (!rules) this.registries.set(config, (rules = new Map([...this.rules, ...config.plugins.map((r) => [r.meta.id, r] as const)])));
    return rules;
  }

  async lintPatterns(patterns: string[]): Promise<LintRun> {
    const { cwd } = this.options;
    const expanded = await expandPatterns(patterns, cwd);
    const locale = this.options.locale ?? (await this.configFor(cwd + '/.')).locale ?? 'zh-CN';
    const results: FileResult[] = [];
    let fatal = expanded.unmatched.length > 0;
    for (const pattern of expanded.unmatched) {
      results.push({ filePath: pattern, diagnostics: [problemDiagnostic('read-error', NO_MATCH, locale, { pattern })] });
    }
    for (const { path, code } of expanded.unreadable) {
      fatal = true;
      results.push({ filePath: path, diagnostics: [problemDiagnostic('read-error', UNREADABLE, locale, { detail: code })] });
    }
    const files = this.options.exclude ? expanded.files.filter(({ path }) => !this.options.exclude!.has(path)) : expanded.files;
    const run = await this.lintReads(files.map(({ path }) => ({ path, read: () => readFile(path) })), locale);
    results.push(...run.results);
    return { results, fatal: fatal || run.fatal, locale };
  }

  /**
   * Lints given sources together (run-scope rules see them all), as an editor holds them: each source's bytes,
   * or a ReadResult the caller kept. Only the files in `publishFor` get a result (plus any broken config).
   */
  async lintSources(sources: LintSource[], publishFor: Set<string>): Promise<LintRun> {
    const first = sources.find((s) => publishFor.has(s.path)) ?? sources[0];
    const locale = this.options.locale ?? (first ? (await this.configFor(first.path)).locale : undefined) ?? 'zh-CN';
    const run = await this.lintReads(sources.map((s) => ({
      path: s.path,
      read: async (): Promise<ReadOutcome> => 'read' in s ? { read: s.read } : 'bytes' in s ? readBytes(s.path, s.bytes)
        : readFile(s.path),
      held: 'read' in s ? s.read : 'bytes' in s ? s.bytes : undefined,
    })), locale, publishFor);
    return { ...run, locale };
  }

  /** Drops the loaded configs, so that the next lint reads the config files again (they changed). */
  reloadConfigs(): void {
    this.loader.clear();
  }

  /**
   * The pipeline: config → read → schema check → rules, for files whose reading is given. Each file is checked
   * on its own (here, from the cache, or in a worker), keeping only what run-scope rules need from it; then the
   * run-scope rules look at all of them at once.
   */
  private async lintReads(files: Array<{ path: string; read: () => Promise<ReadOutcome>; held?: Held }>, locale: Locale,
    publishFor?: Set<string>): Promise<{ results: FileResult[]; fatal: boolean }> {
    const { cwd, cache } = this.options;
    const configs = new Set<Config>();
    const registry = new Map<string, AnyRule>();
    const registered = new Set<Map<string, AnyRule>>();
    // Per file to lint: its settings and analysis, and its check once made.
    const jobs: Array<{ path: string; read: () => Promise<ReadOutcome>; held?: Held; settings: Map<string, RuleSetting>;
      analysis: Analysis; key?: string; check?: FileCheck }> = [];
    // A folder's files share their config: looked up once per folder (an await per file of ten thousand showed).
    const configOfFolder = new Map<string, Config>();
    for (const { path, read, held } of files) {
      const folder = dirname(path);
      let config = configOfFolder.get(folder);
      if (!config) configOfFolder.set(folder, (config = await this.configFor(path)));
      configs.add(config);
      if (isIgnored(config, path)) continue;
      const rules = this.rulesOf(config);
      if (!registered.has(rules)) {
        registered.add(rules);
        for (const [id, rule] of rules) registry.set(id, rule);
      }
      const entries = entriesFor(config, path, this.options.rules);
      let settings = settingsFor(entries, rules);
      // A file linted only as company for others serves the run-scope rules alone.
      if (publishFor && !publishFor.has(path)) settings = runScopeOnly(settings, rules);
      const job = { path, read, held, settings, analysis: this.analysisOf(config) } as (typeof jobs)[number];
      const probe = cache && !publishFor
        ? probeCache(cache, path, { config, entries, locale, source: sourceName(cwd, path) }, MAX_FILE_BYTES)
        : undefined;
      if (probe) {
        job.key = probe.key;
        job.held = probe.bytes;
        if (probe.entry) job.check = checkOfEntry(probe.entry);
        else job.read = () => readBytes(path, probe.bytes);
      }
      jobs.push(job);
    }

    const todo = jobs.filter((job) => !job.check);
    const progress = progressOf(this.options.onProgress, jobs.length, jobs.length - todo.length);
    const threads = publishFor ? 1 : threadsFor(this.options.concurrency, todo.length);
    const checkJob = async (job: (typeof jobs)[number]) =>
      this.checkFile(job.path, await job.read(), job.settings, job.analysis, registry, locale);
    const checkHere = async (from: number, to: number) => {
      const checks: FileCheck[] = [];
      for (const job of todo.slice(from, to)) checks.push(await checkJob(job));
      return checks;
    };
    const checks = threads > 1
      ? await checkInThreads(todo.map((j) => j.path), this.workerOptions(locale), threads, progress, checkHere)
      : undefined;
    for (const [i, job] of todo.entries()) {
      job.check = checks?.[i] ?? await checkJob(job);
      if (!checks) progress(1);
      if (cache && job.key !== undefined) {
        const entry = entryOf(job.key, job.check);
        if (entry) cache.set(job.path, entry);
      }
    }

    // Run-scope rules over every file that has them on (cached ones too), then each file's list in reading order.
    const carried = jobs.filter((job) => job.check!.carry);
    const readers = await readersOf(carried.map((job) => job.path));
    const units: RunUnit[] = carried.map((job) => ({
      carry: job.check!.carry!, settings: runScopeOnly(job.settings, registry), analysis: job.analysis,
      reread: () => rereadSync(job.path, job.held, readers),
    }));
    const found = runRunScope(units, registry, locale);
    carried.forEach((job, i) => job.check!.diagnostics.push(...found[i]));

    const results: FileResult[] = [];
    let fatal = false;
    for (const config of configs) {
      if (config.problems.length === 0) continue;
      fatal = true;
      results.push(...configResults(config.problems, locale));
    }
    for (const { path, check } of jobs) {
      if (check!.fatal) fatal = true;
      if (publishFor && !publishFor.has(path)) continue;
      const result: FileResult = { filePath: path, diagnostics: check!.diagnostics.sort(compareDiagnostics) };
      if (check!.department) result.department = check!.department;
      results.push(result);
    }
    return { results, fatal };
  }

  /** A worker builds its own Linter from these: the same rules, configs and locale as this one. */
  private workerOptions(locale: Locale): WorkerOptions {
    const { cwd, configFile, rules } = this.options;
    return { cwd, configFile, rules, locale };
  }

  /** Checks the files of a worker's task, each with the settings its config gives. */
  async checkPaths(paths: string[], locale: Locale): Promise<FileCheck[]> {
    const checks: FileCheck[] = [];
    for (const path of paths) {
      const config = await this.configFor(path);
      const rules = this.rulesOf(config);
      const settings = settingsFor(entriesFor(config, path, this.options.rules), rules);
      checks.push(this.checkFile(path, await readFile(path), settings, this.analysisOf(config), rules, locale));
    }
    return checks;
  }

  /**
   * One file on its own: its reading problems and the findings of every rule but the run-scope ones, plus, when
   * run-scope rules are on for it, what they need of it (its Document, its locations, its directives).
   */
  private checkFile(path: string, outcome: ReadOutcome, settings: Map<string, RuleSetting>, analysis: Analysis,
    rules: Map<string, AnyRule>, locale: Locale): FileCheck {
    if ('failure' in outcome) {
      return { diagnostics: [problemDiagnostic('read-error', outcome.failure, locale, outcome.data)], fatal: true };
    }
    const { read } = outcome;
    const diagnostics = read.problems.map((p) => problemDiagnostic('parse-error', READER_MESSAGES[p.messageId], locale,
      p.data, p.severity, p.loc));
    const check: FileCheck = { diagnostics, fatal: read.problems.some((p) => p.severity === 'error') };
    if (!read.document) return check;
    const source = (read.document.source = sourceName(this.options.cwd, path));
    const department = departmentOf(read.document);
    if (department) check.department = department;
    const { own, run, places: patterns, whole } = this.splitOf(settings, rules);
    // One node tree for the file's rules and the run-scope rules' collect.
    const node = documentNode(source, read.document);
    diagnostics.push(...runRules([{ file: path, read, settings: own, analysis, node }], rules, locale)[0]);
    if (run.size > 0) {
      const { collected, failures } = collectRunScope(node, run, rules, analysis);
      diagnostics.push(...failures);
      const carry: Carry = { source, collected, directives: read.directives };
      if (whole) carry.document = read.document;
      else if (read.sourceMap.eager) {
        carry.document = reportedDocument(read.document);
        const places = placesOf(read.document, read.sourceMap, patterns);
        if (places) carry.places = places;
      }
      check.carry = carry;
    }
    return check;
  }

  private readonly splits = new WeakMap<Map<string, RuleSetting>,
    { own: Map<string, RuleSetting>; run: Map<string, RuleSetting>; places: string[]; whole: boolean }>();

  /**
   * A file's settings split into its run-scope rules and the others, the places those report at, and whether one
   * of them collects nothing (so that the file keeps its whole Document): once per settings (the files of one
   * config share them).
   */
  private splitOf(settings: Map<string, RuleSetting>, rules: Map<string, AnyRule>) {
    let split = this.splits.get(settings);
    if (!split) {
      const run = runScopeOnly(settings, rules);
      const runRules = [...run.keys()].map((id) => rules.get(id)!);
      split = {
        own: new Map([...settings].filter(([id]) => !run.has(id))),
        run,
        places: runRules.flatMap((rule) => rule.meta.places ?? []),
        whole: runRules.some((rule) => !rule.collect),
      };
      this.splits.set(settings, split);
    }
    return split;
  }
}

/** Counts files done and tells the listener, if any. */
function progressOf(listener: LintOptions['onProgress'], total: number, already: number): (files: number) => void {
  let done = already;
  return (files) => { done += files; listener?.(done, total); };
}

/** The Document's source: the file's path from the working folder, with forward slashes. */
export function sourceName(cwd: string, path: string): string {
  // A file below the working folder, as globbing gives it (resolved: no . or .. segments), without path.relative,
  // which resolves both paths again for each of ten thousand files.
  const rest = path.startsWith(cwd) && path[cwd.length] === sep ? path.slice(cwd.length + 1) : undefined;
  const name = rest !== undefined && !/(?:^|[\\/])\.{0,2}(?:[\\/]|$)/.test(rest) ? rest : relative(cwd, path);
  return name.includes('\\') ? name.split('\\').join('/') : name;
}

const NO_MATCH: Localized = {
  'zh-CN': '没有找到与「{pattern}」匹配的文件',
  en: 'No files match "{pattern}"',
};
const UNREADABLE: Localized = { 'zh-CN': '无法读取文件：{detail}', en: 'Cannot read the file: {detail}' };
const TOO_LARGE: Localized = {
  'zh-CN': '文件过大（{size} MB，上限 {limit} MB），未读取',
  en: 'The file is too large ({size} MB, the limit is {limit} MB); not read',
};
const READER_FAILED: Localized = {
  'zh-CN': '读取此文件时出错（ptlint 内部错误，请报告）：{detail}',
  en: 'Reading this file failed (an internal error in ptlint; please report it): {detail}',
};
const UNSUPPORTED: Localized = {
  'zh-CN': '不支持的文件类型「{ext}」：ptlint 读取 .md、.yaml、.yml、.json、.txt、.docx、.xlsx',
  en: 'Unsupported file type "{ext}": ptlint reads .md, .yaml, .yml, .json, .txt, .docx and .xlsx',
};

const tooLarge = (size: number) => ({ size: (size / 2 ** 20).toFixed(1), limit: MAX_FILE_BYTES / 2 ** 20 });

export type ReadOutcome = { read: ReadResult } | { failure: Localized; data: MessageData };

/** What a run already holds of a file besides its path: its bytes (an editor's, the cache's), or its reading. */
type Held = Uint8Array | ReadResult;

/** The reader of each file's ending, loaded, so that a file can be read again without waiting. */
async function readersOf(paths: string[]): Promise<Map<string, Reader | undefined>> {
  const readers = new Map<string, Reader | undefined>();
  for (const path of paths) {
    const ext = extname(path).toLowerCase();
    if (!readers.has(ext)) readers.set(ext, await readerFor(path));
  }
  return readers;
}

/**
 * A file read again: for the few files a run-scope rule reports on whose check (here, in a worker, or kept in the
 * cache) kept neither their rows nor the places reported at. The reading the run holds, else the bytes it holds,
 * else the file as it is on disk; undefined when it can no longer be read (the findings stand, without a place).
 */
function rereadSync(path: string, held: Held | undefined, readers: Map<string, Reader | undefined>): ReadResult | undefined {
  if (held && !(held instanceof Uint8Array)) return held;
  const reader = readers.get(extname(path).toLowerCase());
  if (!reader) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = held ?? readFileSync(path);
  } catch {
    return undefined;
  }
  const outcome = readWith(reader, path, bytes);
  return 'read' in outcome ? outcome.read : undefined;
}

/**
 * A file to lint as an editor holds it: its (unsaved) bytes, or a ReadResult already made from them; or, with the
 * path alone, as it is on disk (a Word or Excel form the editor opened).
 */
export type LintSource = { path: string; bytes: Uint8Array } | { path: string; read: ReadResult } | { path: string };

async function readFile(path: string): Promise<ReadOutcome> {
  const reader = await readerFor(path);
  if (!reader) return { failure: UNSUPPORTED, data: { ext: extname(path) || path } };
  let file: ReturnType<typeof readFileWithin>;
  try {
    file = readFileWithin(path, MAX_FILE_BYTES);
  } catch (error) {
    return { failure: UNREADABLE, data: { detail: (error as NodeJS.ErrnoException).code ?? String(error) } };
  }
  if ('tooLarge' in file) return { failure: TOO_LARGE, data: tooLarge(file.tooLarge) };
  return readBytes(path, file.bytes, reader);
}

/** Reads a file's bytes with the reader its ending names. */
export async function readBytes(path: string, bytes: Uint8Array, reader?: Reader): Promise<ReadOutcome> {
  // An editor's unsaved buffer comes here without the file-size check of readFile.
  if (bytes.length > MAX_FILE_BYTES) return { failure: TOO_LARGE, data: tooLarge(bytes.length) };
  reader ??= await readerFor(path);
  if (!reader) return { failure: UNSUPPORTED, data: { ext: extname(path) || path } };
  return readWith(reader, path, bytes);
}

function readWith(reader: Reader, path: string, bytes: Uint8Array): ReadOutcome {
  try {
    const read = reader.read({ path, bytes });
    // The schema check of the data flow: once per file, here, unless the reader made it already.
    if (read.document && !reader.checksSchema) {
      const problems = checkDocument(read.document, read.sourceMap);
      if (problems.length) { read.problems.push(...problems); read.document = null; }
    }
    return { read };
  } catch (error) {
    // Readers never throw by contract; if one does, that file fails alone.
    return { failure: READER_FAILED, data: { detail: error instanceof Error ? error.message : String(error) } };
  }
}

function problemDiagnostic(ruleId: string, message: Localized, locale: Locale, data?: MessageData,
  severity: 'error' | 'warning' = 'error', loc?: Diagnostic['loc']): Diagnostic {
  return { ruleId, severity, message: localize(message, locale, data), loc, form: null, indicator: null, category: null, pointer: null };
}

function configResults(problems: ConfigProblem[], locale: Locale): FileResult[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const p of problems) {
    const list = byFile.get(p.file) ?? byFile.set(p.file, []).get(p.file)!;
    list.push(problemDiagnostic('config-error', CONFIG_MESSAGES[p.messageId], locale, p.data, 'error', p.loc));
  }
  return [...byFile].map(([filePath, diagnostics]) => ({ filePath, diagnostics }));
}
