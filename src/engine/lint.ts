// The main job: files → readers → schema check → rules → diagnostics, one result per file. A file that cannot
// be read, or a broken config, becomes a diagnostic on that file; the other files are still linted.
import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, relative } from 'node:path';
import { readerFor } from '../readers/index.js';
import { READER_MESSAGES } from '../readers/messages.js';
import type { ReadResult, Reader } from '../readers/types.js';
import { checkDocument } from '../model/schema.js';
import { createAnalysis, type Analysis } from '../model/analysis.js';
import { ConfigLoader, findConfigFile, type Config, type ConfigProblem } from './config.js';
import { CONFIG_MESSAGES } from './config-messages.js';
import { expandPatterns } from './files.js';
import { localize, type Locale, type Localized, type MessageData } from './i18n.js';
import type { RuleEntries } from './presets.js';
import type { AnyRule } from './rule.js';
import { runRules, type LintUnit } from './run.js';
import { entryOf, probeCache, restoreRead, runScopeOnly, type LintCache } from './cache.js';
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
    const path = this.options.configFile ?? findConfigFile(dirname(file));
    return path ? this.loader.load(path) : this.loader.defaultConfig();
  }

  private readonly analyses = new WeakMap<Config, Analysis>();

  /** The shared analysis as a config's lexicon extends it, made once per config. */
  analysisOf(config: Config): Analysis {
    let analysis = this.analyses.get(config);
    if (!analysis) this.analyses.set(config, (analysis = createAnalysis(config.lexicon)));
    return analysis;
  }

  /** Rule registry extended by a config's plugins. */
  rulesOf(config: Config): Map<string, AnyRule> {
    if (config.plugins.length === 0) return this.rules;
    return new Map([...this.rules, ...config.plugins.map((r) => [r.meta.id, r] as const)]);
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
    const run = await this.lintReads(expanded.files.map(({ path }) => ({ path, read: () => readFile(path) })), locale);
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
      read: async (): Promise<ReadOutcome> => 'read' in s ? { read: s.read } : readBytes(s.path, s.bytes),
    })), locale, publishFor);
    return { ...run, locale };
  }

  /** Drops the loaded configs, so that the next lint reads the config files again (they changed). */
  reloadConfigs(): void {
    this.loader.clear();
  }

  /** The pipeline: config → read → schema check → rules, for files whose reading is given. */
  private async lintReads(files: Array<{ path: string; read: () => Promise<ReadOutcome> }>, locale: Locale,
    publishFor?: Set<string>): Promise<{ results: FileResult[]; fatal: boolean }> {
    const { cwd } = this.options;
    const results: FileResult[] = [];
    let fatal = false;
    const units: LintUnit[] = [];
    const unitResults: FileResult[] = [];
    const configs = new Set<Config>();
    const registry = new Map<string, AnyRule>();
    const toCache: Array<{ unit: number; key: string }> = [];
    const { cache } = this.options;
    for (const { path, read: load } of files) {
      const config = await this.configFor(path);
      configs.add(config);
      if (isIgnored(config, path)) continue;
      const rules = this.rulesOf(config);
      for (const [id, rule] of rules) registry.set(id, rule);
      const entries = entriesFor(config, path, this.options.rules);
      const probe = cache && !publishFor
        ? probeCache(cache, path, { config, entries, locale, source: relative(cwd, path).split('\\').join('/') }, MAX_FILE_BYTES)
        : undefined;
      if (probe?.entry) {
        if (probe.entry.fatal) fatal = true;
        units.push({ file: path, read: restoreRead(probe.entry), settings: runScopeOnly(settingsFor(entries, rules), rules),
          analysis: this.analysisOf(config) });
        unitResults.push({ filePath: path, diagnostics: [...probe.entry.diagnostics] });
        continue;
      }
      const outcome = probe ? await readBytes(path, probe.bytes) : await load();
      if ('failure' in outcome) {
        fatal = true;
        if (!publishFor || publishFor.has(path)) {
          results.push({ filePath: path, diagnostics: [problemDiagnostic('read-error', outcome.failure, locale, outcome.data)] });
        }
        continue;
      }
      const { read } = outcome;
      const result: FileResult = { filePath: path, diagnostics: read.problems.map((p) => problemDiagnostic('parse-error',
        READER_MESSAGES[p.messageId], locale, p.data, p.severity, p.loc)) };
      if (read.problems.some((p) => p.severity === 'error')) fatal = true;
      if (read.document) read.document.source = relative(cwd, path).split('\\').join('/');
      let settings = settingsFor(entries, rules);
      // A file linted only as company for others serves the run-scope rules alone.
      if (publishFor && !publishFor.has(path)) settings = runScopeOnly(settings, rules);
      if (probe) toCache.push({ unit: units.length, key: probe.key });
      units.push({ file: path, read, settings, analysis: this.analysisOf(config) });
      unitResults.push(result);
    }
    const found = runRules(units, registry, locale);
    unitResults.forEach((result, i) => {
      result.diagnostics.push(...found[i]);
      result.diagnostics.sort(compareDiagnostics);
    });
    for (const { unit, key } of toCache) {
      const entry = entryOf(key, unitResults[unit].diagnostics, units[unit].read, registry);
      if (entry) cache!.set(units[unit].file, entry);
    }
    const published = publishFor ? unitResults.filter((r) => publishFor.has(r.filePath)) : unitResults;
    for (const config of configs) {
      if (config.problems.length === 0) continue;
      fatal = true;
      results.push(...configResults(config.problems, locale));
    }
    results.push(...published);
    return { results, fatal };
  }
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

export type ReadOutcome = { read: ReadResult } | { failure: Localized; data: MessageData };

/** A file to lint as an editor holds it: its (unsaved) bytes, or a ReadResult already made from them. */
export type LintSource = { path: string; bytes: Uint8Array } | { path: string; read: ReadResult };

async function readFile(path: string): Promise<ReadOutcome> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    return { failure: UNREADABLE, data: { detail: (error as NodeJS.ErrnoException).code ?? String(error) } };
  }
  if (size > MAX_FILE_BYTES) return { failure: TOO_LARGE, data: { size: (size / 2 ** 20).toFixed(1), limit: MAX_FILE_BYTES / 2 ** 20 } };
  const reader = await readerFor(path);
  if (!reader) return { failure: UNSUPPORTED, data: { ext: extname(path) || path } };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { failure: UNREADABLE, data: { detail: (error as NodeJS.ErrnoException).code ?? String(error) } };
  }
  return readBytes(path, bytes, reader);
}

/** Reads a file's bytes with the reader its ending names. */
export async function readBytes(path: string, bytes: Uint8Array, reader?: Reader): Promise<ReadOutcome> {
  reader ??= await readerFor(path);
  if (!reader) return { failure: UNSUPPORTED, data: { ext: extname(path) || path } };
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
