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
  // Schema violations, one id per kind so that each language gets a whole sentence (see src/model/schema.ts).
  'schema-type': {
    'zh-CN': '{path} 应为{expectedZh}，实际为 {actual}',
    en: '{path} must be {expectedEn}, found {actual}',
  },
  'schema-type-root': {
    'zh-CN': '文件内容应为一个映射（含 forms 等字段），实际为 {actual}',
    en: 'The file must hold a mapping (with forms and other fields), found {actual}',
  },
  'schema-required': { 'zh-CN': '缺少必填字段 {path}', en: 'The required field {path} is missing' },
  'schema-additional': { 'zh-CN': '未知字段 {path}', en: 'Unknown field {path}' },
  'schema-additional-suggest': {
    'zh-CN': '未知字段 {path}，是否应为「{suggestion}」？',
    en: 'Unknown field {path}; did you mean "{suggestion}"?',
  },
  'schema-enum': {
    'zh-CN': '{path} 的值 {actual} 不在可选值之中：{allowed}',
    en: '{path} must be one of {allowed}, found {actual}',
  },
  'schema-limit': {
    'zh-CN': '{path} 应 {comparison} {limit}，实际为 {actual}',
    en: '{path} must be {comparison} {limit}, found {actual}',
  },
  'yaml-multiple-documents': {
    'zh-CN': '文件中有多个 YAML 文档（以 --- 分隔），只读取了第一个',
    en: 'The file holds several YAML documents (separated by ---); only the first was read',
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
  'front-matter-unclosed': {
    'zh-CN': '文首 YAML 信息缺少结束行「---」，未读取',
    en: 'The YAML front matter has no closing "---" line; not read',
  },
  'front-matter-shape': {
    'zh-CN': '文首 YAML 信息应为「键: 值」的形式，如「year: 2020」',
    en: 'The YAML front matter should map keys to values, such as "year: 2020"',
  },
  'front-matter-value': {
    'zh-CN': '文首信息 {key} 的值「{text}」无法读取（year 应为年份，moneyUnit 应为「元」或「万元」，unit 和 title 应为文字）',
    en: 'The front matter value "{text}" of {key} cannot be read (year takes a year, moneyUnit 元 or 万元, unit and title text)',
  },
  'bad-weight': {
    'zh-CN': '权重「{text}」不是数字',
    en: 'The weight "{text}" is not a number',
  },
  'bad-direction': {
    'zh-CN': '指标方向「{text}」应为「正向」或「反向」',
    en: 'The indicator direction "{text}" should be 正向 or 反向',
  },
} satisfies Record<string, Localized>;

export type ReaderMessageId = keyof typeof READER_MESSAGES;
