// A few findings as the engine makes them, for the formatter tests: an error, a warning and an info in a
// Markdown file, one with characters every format must escape, a Word place, a reader problem and a clean file.
import type { Diagnostic, FileResult } from '../../src/engine/diagnostic.js';
import type { FormatContext } from '../../src/formatters/types.js';

export const CWD = '/repo';
export const CONTEXT: FormatContext = { cwd: CWD, locale: 'zh-CN', color: false };

const base = { form: '安全生产防控经费', category: '数量指标', indicator: '开展宣传活动次数', pointer: '/forms/0/indicators/2/value' };

export const ERROR: Diagnostic = {
  ...base, ruleId: 'value-unit-mismatch', severity: 'error', message: '指标值「≥90满意度」中的「满意度」不是计量单位',
  loc: { line: 12, column: 5, endLine: 12, endColumn: 11 },
};
export const WARNING: Diagnostic = {
  ...base, ruleId: 'value-vague', severity: 'warning', message: '50% done, a <b> & "c", then:\nnext line\r\nend',
  loc: { line: 13, column: 7, endLine: 14, endColumn: 2 },
};
export const INFO: Diagnostic = {
  ...base, ruleId: 'value-no-operator', severity: 'info', message: '指标值「90%」没有比较符号',
  loc: { line: 15, column: 1, endLine: 15, endColumn: 4 },
};
export const PLACED: Diagnostic = {
  ...base, ruleId: 'basis-empty', severity: 'error', message: '没有填写指标值确定依据',
  loc: { line: 1, column: 1, endLine: 1, endColumn: 1, place: '表3 第5行第4列' },
};
export const PARSE: Diagnostic = {
  ruleId: 'parse-error', severity: 'error', message: '找不到表单', loc: { line: 3, column: 1, endLine: 3, endColumn: 2 },
  form: null, category: null, indicator: null, pointer: null,
};

export const RESULTS: FileResult[] = [
  { filePath: '/repo/forms/a.md', diagnostics: [ERROR, WARNING, INFO] },
  { filePath: '/repo/forms/旧表.docx', diagnostics: [PLACED] },
  { filePath: '/repo/forms/broken.yaml', diagnostics: [PARSE] },
  { filePath: '/repo/forms/clean.md', diagnostics: [] },
];
