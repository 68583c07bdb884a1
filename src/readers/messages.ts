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
  // Office files (.docx, .xlsx): the zip container and its XML parts. {format} is Word or Excel, added by the
  // reader; sizes are in MB.
  'zip-not-zip': {
    'zh-CN': '不是有效的 {format} 文件：内容不是 zip 压缩包（文件扩展名与内容不符，或文件已损坏）',
    en: 'Not a valid {format} file: the content is not a zip archive (the file ending does not fit the content, or the file is damaged)',
  },
  'zip-legacy': {
    'zh-CN': '不是有效的 {format} 文件：这是旧版 Office 二进制格式（.doc/.xls）或加密的 Office 文档；请取消密码并另存为 .docx/.xlsx',
    en: 'Not a valid {format} file: this is the old binary Office format (.doc/.xls) or an encrypted Office document; remove the password and save it as .docx/.xlsx',
  },
  'zip-truncated': {
    'zh-CN': '不是有效的 {format} 文件：压缩包不完整（可能在下载或复制时被截断）',
    en: 'Not a valid {format} file: the zip archive is incomplete (it may have been cut short while downloading or copying)',
  },
  'zip-corrupt': {
    'zh-CN': '不是有效的 {format} 文件：压缩包中的「{entry}」已损坏',
    en: 'Not a valid {format} file: the entry "{entry}" of the zip archive is damaged',
  },
  'zip-unsupported': {
    'zh-CN': '{format} 文件中的「{entry}」已加密或使用了不支持的压缩方式（{method}），无法读取',
    en: 'The entry "{entry}" of the {format} file is encrypted or uses an unsupported compression method ({method}); cannot read it',
  },
  'zip-too-many-entries': {
    'zh-CN': '压缩包过大/疑似压缩炸弹：{format} 文件中有 {count} 个条目（上限 {limit} 个），未读取',
    en: 'Zip archive too large, possibly a zip bomb: the {format} file holds {count} entries (the limit is {limit}); not read',
  },
  'zip-entry-too-large': {
    'zh-CN': '压缩包过大/疑似压缩炸弹：「{entry}」解压后超过 {limit} MB，未读取',
    en: 'Zip archive too large, possibly a zip bomb: "{entry}" expands to more than {limit} MB; not read',
  },
  'zip-total-too-large': {
    'zh-CN': '压缩包过大/疑似压缩炸弹：{format} 文件解压后总计超过 {limit} MB，未读取',
    en: 'Zip archive too large, possibly a zip bomb: the {format} file expands to more than {limit} MB in all; not read',
  },
  'zip-bomb': {
    'zh-CN': '疑似压缩炸弹：「{entry}」的压缩比超过 {limit}:1，未读取',
    en: 'Possibly a zip bomb: "{entry}" is compressed more than {limit}:1; not read',
  },
  'part-missing': {
    'zh-CN': '不是有效的 {format} 文件：缺少 {part}（文件可能不是 {format} 文档，或已损坏）',
    en: 'Not a valid {format} file: {part} is missing (the file may not be a {format} document, or it is damaged)',
  },
  'xml-doctype': {
    'zh-CN': '{part} 含 DOCTYPE/实体声明（XML 含实体声明，Office 文件从不使用，可能是恶意构造），出于安全原因未读取',
    en: '{part} holds a DOCTYPE with entity declarations (which Office files never use, and which can be hostile); not read for safety',
  },
  'xml-syntax': {
    'zh-CN': '{part} 不是有效的 XML（第 {line} 行第 {column} 列）：{detail}',
    en: '{part} is not well-formed XML (line {line}, column {column}): {detail}',
  },
  'xml-too-deep': {
    'zh-CN': '{part} 的元素嵌套超过 {limit} 层，未读取',
    en: '{part} nests elements more than {limit} levels deep; not read',
  },
  'xml-text-too-large': {
    'zh-CN': '{part} 中有一段文字超过 {limit} 个字符，未读取',
    en: '{part} holds a text of more than {limit} characters; not read',
  },
  'too-many-cells': {
    'zh-CN': '{part} 中的表格单元格超过 {limit} 个，疑似恶意构造，未读取',
    en: 'The tables of {part} hold more than {limit} cells, which looks hostile; not read',
  },
  'office-unreadable': {
    'zh-CN': '无法读取此 {format} 文件：{detail}',
    en: 'Cannot read this {format} file: {detail}',
  },
  // .xlsx workbooks: what one sheet or cell could not give.
  'xlsx-sheet-missing': {
    'zh-CN': '工作表「{sheet}」的内容（{part}）不在文件中，已跳过该工作表',
    en: 'The content of the sheet "{sheet}" ({part}) is not in the file; the sheet was skipped',
  },
  'xlsx-sheet-too-large': {
    'zh-CN': '工作表「{sheet}」过大（{rows} 行 × {columns} 列；一个工作簿最多读取 {limit} 个单元格），只读取了前 {kept} 行',
    en: 'The sheet "{sheet}" is too large ({rows} rows × {columns} columns; at most {limit} cells of a workbook are read); only its first {kept} rows were read',
  },
  'xlsx-shared-string': {
    'zh-CN': '单元格引用的共享字符串（第 {index} 个）不存在，文件中只有 {count} 个；按空白处理',
    en: 'The cell refers to shared string {index}, but the file holds only {count}; read as blank',
  },
  'xlsx-cell-error': {
    'zh-CN': '单元格的值是错误值 {text}（公式无法计算），按文字读取',
    en: 'The cell holds the error value {text} (its formula could not be computed); read as text',
  },
} satisfies Record<string, Localized>;

export type ReaderMessageId = keyof typeof READER_MESSAGES;
