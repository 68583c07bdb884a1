// Messages of reader problems, by id, in both languages.
import type { Localized } from '../engine/i18n.js';

export const READER_MESSAGES = {
  'no-forms': {
    'zh-CN': '文件中没有找到绩效目标表：{hint}',
    en: 'No performance-target form found in this file: {hint}',
  },
  'yaml-syntax': { 'zh-CN': 'YAML 语法错误：{detail}', en: 'YAML syntax error: {detail}' },
  'json-syntax': { 'zh-CN': 'JSON 语法错误：{detail}', en: 'JSON syntax error: {detail}' },
  schema: {
    'zh-CN': '{path} 不符合表单结构：{detail}',
    en: '{path} does not fit the form model: {detail}',
  },
  'table-missing-column': {
    'zh-CN': '指标表缺少「{column}」列，无法读取该表（表头：{header}）',
    en: 'The indicator table has no "{column}" column and cannot be read (header: {header})',
  },
  'row-short': {
    'zh-CN': '该行只有 {actual} 个单元格，表头有 {expected} 列；缺少的单元格按空白处理',
    en: 'This row has {actual} cells where the header has {expected}; the missing cells are read as blank',
  },
  'bad-amount': {
    'zh-CN': '「{label}」的值「{text}」不是金额',
    en: 'The value "{text}" of "{label}" is not an amount',
  },
  'bad-schedule': {
    'zh-CN': '无法读取资金支出计划「{text}」：应写作「3月底 25%；6月底 50%；10月底 75%；12月底 100%」',
    en: 'Cannot read the spending plan "{text}": write it as "3月底 25%；6月底 50%；10月底 75%；12月底 100%"',
  },
  'table-outside-form': {
    'zh-CN': '此表格前没有项目标题，不属于任何表单，已跳过',
    en: 'This table has no project heading before it and belongs to no form; skipped',
  },
  'front-matter': {
    'zh-CN': '文首 YAML 信息无法读取：{detail}',
    en: 'The YAML front matter cannot be read: {detail}',
  },
} satisfies Record<string, Localized>;

export type ReaderMessageId = keyof typeof READER_MESSAGES;
