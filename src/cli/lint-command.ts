import { builtinRules } from '../../rules/index.js';
import { Linter } from '../engine/lint.js';
import type { Locale } from '../engine/i18n.js';
import type { RuleEntries } from '../engine/presets.js';
import { loadFormatter } from '../formatters/index.js';
import type { Io } from './main.js';

export interface CommonOptions {
  io: Io;
  configFile?: string;
  ruleEntries: RuleEntries;
  locale?: Locale;
}

export interface LintCommandOptions extends CommonOptions {
  format: string;
  quiet: boolean;
  maxWarnings?: number;
}

export function createLinter({ io, configFile, ruleEntries, locale }: CommonOptions): Linter | string {
  const rules = builtinRules();
  const unknown = Object.keys(ruleEntries).filter((id) => !rules.has(id));
  if (unknown.length) return `未知规则 ${unknown.join('、')}：运行 ptlint rules 查看全部规则 · unknown rule ${unknown.join(', ')}`;
  return new Linter(rules, { cwd: io.cwd, configFile: configFile && resolvePath(io.cwd, configFile), rules: ruleEntries, locale });
}

const resolvePath = (cwd: string, p: string) => (p.startsWith('/') ? p : `${cwd}/${p}`);

export async function lintCommand(patterns: string[], options: LintCommandOptions): Promise<number> {
  const { io } = options;
  const linter = createLinter(options);
  if (typeof linter === 'string') { io.stderr(`ptlint: ${linter}\n`); return 2; }
  const run = await linter.lintPatterns(patterns);
  let results = run.results;
  if (options.quiet) results = results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') }));
  const format = await loadFormatter(options.format);
  io.stdout(format(results, { cwd: io.cwd, locale: run.locale, color: io.color }));
  if (run.fatal) return 2;
  const all = run.results.flatMap((r) => r.diagnostics);
  if (all.some((d) => d.severity === 'error')) return 1;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  return options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings ? 1 : 0;
}
