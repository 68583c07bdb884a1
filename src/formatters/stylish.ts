// The terminal report: grouped by file, then by form; line:column, severity, message, rule id; a summary.
import { relative } from 'node:path';
import { createColors } from 'picocolors';
import type { Diagnostic } from '../engine/diagnostic.js';
import { localize, type Localized } from '../engine/i18n.js';
import type { Severity } from '../engine/rule.js';
import { countBySeverity } from './counts.js';
import type { Formatter } from './types.js';

const LABEL: Record<Severity, Localized> = {
  error: { 'zh-CN': '错误', en: 'error' },
  warning: { 'zh-CN': '警告', en: 'warning' },
  info: { 'zh-CN': '提示', en: 'info' },
};
const SUMMARY: Localized = {
  'zh-CN': '{total} 个问题（{error} 个错误，{warning} 个警告，{info} 条提示）',
  en: '{total} problems ({error} errors, {warning} warnings, {info} infos)',
};
const FIXED: Localized = { 'zh-CN': '已修复 {count} 处：', en: 'Fixed {count}:' };
const WOULD_FIX: Localized = { 'zh-CN': '可修复 {count} 处（未写入文件）：', en: 'Would fix {count} (nothing written):' };
const CLEAN: Localized = { 'zh-CN': '✔ 未发现问题（检查了 {files} 个文件）', en: '✔ No problems found ({files} files checked)' };

export const stylish: Formatter = (results, { cwd, locale, color }) => {
  const c = createColors(color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const lines: string[] = [];
  const all: Diagnostic[] = [];
  for (const result of results) {
    if (result.diagnostics.length === 0 && !result.fixed) continue;
    all.push(...result.diagnostics);
    lines.push('', c.underline(relative(cwd, result.filePath) || result.filePath));
    if (result.fixed) {
      const { written, changes } = result.fixed;
      lines.push(`  ${c.green(localize(written ? FIXED : WOULD_FIX, locale, { count: changes.length }))}`);
      for (const ch of changes) {
        lines.push(`    ${c.dim(`${ch.line}:${ch.column}`.padEnd(7))} ${c.red(ch.from)} → ${c.green(ch.to)}`);
      }
    }
    let form: string | null | undefined;
    for (const d of result.diagnostics) {
      if (d.form !== form && d.form) lines.push(`  ${c.bold(d.form)}`);
      form = d.form;
      const where = d.loc?.place ?? (d.loc ? `${d.loc.line}:${d.loc.column}` : '');
      const label = LABEL[d.severity][locale];
      lines.push(`    ${c.dim(where.padEnd(7))} ${paint[d.severity](label)}  ${d.message}  ${c.dim(d.ruleId)}`);
    }
  }
  const counts = countBySeverity(all);
  if (all.length === 0) {
    // Fixed files with nothing left: their changes, then the all-clear.
    const clean = c.green(localize(CLEAN, locale, { files: results.length }));
    return (lines.length ? [...lines.slice(1), '', clean] : [clean]).join('\n') + '\n';
  }
  const summary = localize(SUMMARY, locale, { total: all.length, ...counts });
  const mark = counts.error ? c.red('✖ ') : counts.warning ? c.yellow('⚠ ') : c.blue('ℹ ');
  lines.push('', mark + (counts.error ? c.red(c.bold(summary)) : c.bold(summary)), '');
  return lines.join('\n');
};
