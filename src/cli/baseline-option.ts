// --baseline FILE and --baseline-update FILE on the command line: load the baseline before linting (a missing
// or broken one is a usage error, exit 2), then hide what it records and say how much was hidden.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyBaseline, buildBaseline, readBaseline, writeBaseline, BaselineError, type Baseline } from '../engine/baseline.js';
import type { FileResult } from '../engine/diagnostic.js';
import { localize, type Locale, type Localized } from '../engine/i18n.js';
import type { Io } from './main.js';

const BROKEN: Localized = {
  'zh-CN': '无法使用基线文件 {file}：{detail}（用 --baseline-update {file} 生成）',
  en: 'Cannot use the baseline file {file}: {detail} (make one with --baseline-update {file})',
};
const MISSING: Localized = { 'zh-CN': '文件不存在', en: 'no such file' };
const UNWRITABLE: Localized = { 'zh-CN': '无法写入基线文件 {file}：{detail}', en: 'Cannot write the baseline file {file}: {detail}' };
const HIDDEN: Localized = {
  'zh-CN': '基线 {file} 隐藏了 {hidden} 个已有问题',
  en: 'The baseline {file} hid {hidden} known problems',
};
const UPDATED: Localized = {
  'zh-CN': '已把 {count} 个问题记入基线 {file}',
  en: 'Recorded {count} problems in the baseline {file}',
};

export interface BaselineOptions {
  baseline?: string;
  baselineUpdate?: string;
}

export interface BaselineStep {
  /** After linting: the results to show; undefined when the baseline could not be written (exit 2). */
  apply(results: FileResult[], locale: Locale): FileResult[] | undefined;
}

/** Prepares the baseline options before linting; a string is the error to print (exit 2). */
export function prepareBaseline(options: BaselineOptions, io: Io, locale: Locale): BaselineStep | string | undefined {
  const update = options.baselineUpdate !== undefined;
  const given = options.baselineUpdate ?? options.baseline;
  if (given === undefined) return undefined;
  const file = resolve(io.cwd, given);
  let previous: Baseline | undefined;
  try {
    if (!update || existsSync(file)) previous = readBaseline(file);
  } catch (error) {
    // Updating replaces a broken baseline; using one is an error.
    if (!update || !(error instanceof BaselineError)) {
      const detail = existsSync(file) ? (error as Error).message : localize(MISSING, locale);
      return localize(BROKEN, locale, { file: given, detail });
    }
  }
  return {
    apply(results, runLocale) {
      let baseline = previous!;
      if (update) {
        baseline = buildBaseline(results, file, previous);
        try {
          writeBaseline(file, baseline);
        } catch (error) {
          io.stderr(`ptlint: ${localize(UNWRITABLE, runLocale, { file: given, detail: (error as Error).message })}\n`);
          return undefined;
        }
        const count = baseline.findings.reduce((n, e) => n + e.count, 0);
        io.stderr(localize(UPDATED, runLocale, { file: given, count }) + '\n');
      }
      const { results: shown, hidden } = applyBaseline(results, baseline, file);
      if (!update) io.stderr(localize(HIDDEN, runLocale, { file: given, hidden }) + '\n');
      return shown;
    },
  };
}
