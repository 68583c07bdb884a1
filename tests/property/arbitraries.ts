// Generators of near-valid inputs: the words, values and table shapes of real forms, put together at random, so
// that the readers' form-finding paths run (random bytes alone rarely get past the first check).
import fc from 'fast-check';
import { stringify } from 'yaml';

/**
 * Any code point, lone surrogates included, most often ASCII or CJK. (fast-check's `unit: 'binary'` spends most
 * of a second building its tables, a cost this folder's time budget cannot take.)
 */
const anyChar = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x3000, max: 0x9fff }), fc.integer({ min: 0, max: 0x10ffff }),
).map((c) => String.fromCodePoint(c));

export const anyText = (maxLength: number) => fc.string({ unit: anyChar, maxLength });

/** A value one time in `n`, else undefined (fc.option's `freq` is the other way round: undefined one time in n). */
export const rarely = <T>(arbitrary: fc.Arbitrary<T>, n: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: n - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

/** Pieces of the value grammar (comparators, numbers, units, suffixes, dates, grades) and a few strangers. */
const VALUE_PIECES = ['≥', '≤', '>', '<', '=', '>=', '<=', '＞', '＝', '不低于', '不超过', '大于', '等于', '至少', '控制在',
  '0', '1', '5', '9', '12', '95', '100', '2020', '3.5', '1,000', '.', ',', '-', '~', '～', '至', '到', '/',
  '%', '％', '‰', '人', '次', '个', '个工作日', '天', '月', '年', '日', '号', '万元', '元/人', '亩', '分', '季度',
  '以上', '及以上', '以下', '以内', '内', '左右', '前', '之前', '后', '底', '末', '初', '中旬',
  '百分之', '九十', '十', '两', '一百零五', '万', '零', '每月', '每年', '第四', '年底', '本年度', '全年', '常年', '于', '截至',
  '完成', '按时', '发放', '到位', '良好', '达到', '是', '满意度', '完成率', '(', ')', '（', '）', '(含)', '。', '；', ' ', '\t'];

export const valueText = fc.array(fc.constantFrom(...VALUE_PIECES), { maxLength: 8 }).map((p) => p.join(''));

/** Words of form headers and indicator tables, as layouts write them. */
const FORM_WORDS = ['项目名称', '项目编码', '预算数', '其中：财政资金', '其他资金', '资金用途', '主管部门', '实施单位', '绩效目标',
  '资金支出计划（%）', '3月底 25；6月底 50；12月底 100', '年度绩效目标', '单位：万元', '金额单位：元',
  '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据', '权重', '指标方向性', '中长期指标值', '年度指标值',
  '指标性质', '度量单位', '绩效标准', '产出指标', '效益指标', '满意度指标', '成本指标', '数量指标', '质量指标', '时效指标',
  '社会效益指标', '服务对象满意度指标', '群众满意度', '开展活动次数', '合计', '备注：', '正向', '反向', '目标1', '2.00', '10',
  '绩效目标表', '2021年部门预算项目绩效目标表', '部门整体支出绩效目标表'];

/** Text of one cell: form words, values, random text and markup a table may hold. */
export const cellText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FORM_WORDS) },
  { weight: 3, arbitrary: valueText },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: anyText(8) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\\|', 'a\\|b', '<br>', '第一行<br>第二行', '<!-- 注释 -->', '`代码`', '**粗体**',
    '[链接](http://x)', '&amp;', '&#124;', '\\', '---', ':---:', '#', '> 引用', '- 列表') },
);

const row = (width: number) => fc.array(cellText, { minLength: Math.max(0, width - 1), maxLength: width + 1 });

const INDICATOR_COLUMNS = ['一级指标', '二级指标', '三级指标', '指标值'];
const OTHER_COLUMNS = ['绩效指标描述', '指标值确定依据', '权重', '指标方向性', '中长期指标值', '年度指标值', '指标性质', '度量单位', '绩效标准'];

/** A table as rows of cell texts: an indicator table under a header of its columns, or any rows at all. */
export const tableRows = fc.oneof(
  fc.shuffledSubarray(OTHER_COLUMNS).chain((extra) => {
    const header = [...INDICATOR_COLUMNS, ...extra];
    return fc.array(row(header.length), { maxLength: 6 }).map((rows) => [header, ...rows]);
  }),
  fc.integer({ min: 1, max: 7 }).chain((width) => fc.array(row(width), { minLength: 1, maxLength: 7 })),
);

const HEADER_LABELS = FORM_WORDS.slice(0, 12);

/** Label | value rows, as a form's header is written, usually opening with the project's name. */
const headerRows = fc.tuple(fc.boolean(), cellText, fc.array(fc.tuple(fc.constantFrom(...HEADER_LABELS), cellText), { minLength: 1, maxLength: 6 }))
  .map(([named, name, pairs]) => [...(named ? [['项目名称', name]] : []), ...pairs.map(([label, value]) => [label, value])]);

/** A whole form in one grid, as Word and Excel templates lay it out: label/value rows, then the indicator table. */
export const formRows = fc.tuple(fc.option(cellText.map((title) => [title]), { nil: undefined }), headerRows, tableRows)
  .map(([title, header, indicators]) => [...(title ? [title] : []), ...header, ...indicators]);

// ---- Markdown -------------------------------------------------------------------------------------------------

const pipeTable = (rows: fc.Arbitrary<string[][]>) => rows.chain((rows) => fc.record({
  separator: fc.constantFrom('---', ':---', ':---:', '-', ''),
  outerPipes: fc.boolean(),
}).map(({ separator, outerPipes }) => {
  const line = (cells: string[]) => (outerPipes ? `| ${cells.join(' | ')} |` : cells.join(' | '));
  const width = rows[0].length;
  return [line(rows[0]), line(Array.from({ length: width }, () => separator)), ...rows.slice(1).map(line)].join('\n');
}));

const frontMatter = fc.oneof(
  fc.record({ unit: cellText, year: fc.oneof(fc.integer(), cellText), moneyUnit: fc.constantFrom('万元', '元', '千元', '') })
    .map((data) => `---\n${stringify(data)}---\n`),
  fc.string({ maxLength: 30 }).map((s) => `---\n${s}\n---\n`),
  fc.constant('---\nunit: [\n---\n'),
);

const markdownBlock = fc.oneof(
  { weight: 3, arbitrary: pipeTable(tableRows) },
  { weight: 3, arbitrary: fc.tuple(cellText, pipeTable(headerRows), pipeTable(tableRows))
    .map(([name, header, indicators]) => `## ${name}\n\n${header}\n\n${indicators}`) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), cellText).map(([depth, title]) => `${'#'.repeat(depth)} ${title}`) },
  { weight: 1, arbitrary: cellText },
  { weight: 1, arbitrary: fc.constantFrom('<!-- ptlint-disable value-empty -->', '<!-- ptlint-disable-next-line -->',
    '<!-- ptlint-enable -->', '<!-- 未闭合的注释', '<table><tr><td>项目名称</td></tr></table>', '```\n| 代码 | 块 |\n```', '* * *') },
);

export const markdownText = fc.tuple(fc.option(frontMatter, { nil: '' }), fc.array(markdownBlock, { maxLength: 8 }),
  fc.constantFrom('\n\n', '\n', '\r\n\r\n'))
  .map(([front, blocks, gap]) => front + blocks.join(gap));

// ---- YAML and JSON --------------------------------------------------------------------------------------------

/** Any JSON value, a few levels deep. */
const jsonValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    cellText, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('name', 'value', 'forms')), tie('value'), { maxKeys: 3 })),
})).value;

/** A field of the model: usually of the right type, sometimes anything. */
const field = <T>(right: fc.Arbitrary<T>) => fc.oneof({ weight: 30, arbitrary: right }, { weight: 1, arbitrary: jsonValue });
const optional = <T>(right: fc.Arbitrary<T>) => fc.option(field(right), { nil: undefined });

const indicator = fc.record({
  level1: field(cellText), level2: field(cellText), name: field(cellText),
  description: optional(cellText), value: optional(fc.oneof(valueText, fc.double({ noNaN: true, noDefaultInfinity: true }))),
  basis: optional(cellText), weight: optional(fc.oneof(fc.integer({ min: -5, max: 120 }), fc.constant(null))),
  direction: optional(fc.constantFrom('正向', '反向', null)),
}, { requiredKeys: ['level1', 'level2', 'name'] });

const formObject = fc.record({
  kind: optional(fc.constantFrom('project', 'department', 'unit')),
  name: field(cellText),
  budget: optional(fc.record({ total: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)) })),
  schedule: optional(fc.record({ unit: fc.constantFrom('%', 'amount'), checkpoints: fc.array(fc.record({
    month: fc.integer({ min: -1, max: 13 }), value: fc.oneof(fc.nat(), fc.constant(null)) }), { maxLength: 4 }) })),
  indicators: field(fc.array(field(indicator), { maxLength: 5 })),
}, { requiredKeys: ['name', 'indicators'] });

/** Data shaped like the form model, with random values and types where the model is strict. */
export const documentData = fc.record({
  unit: optional(cellText), year: optional(fc.integer({ min: 1990, max: 2100 })), moneyUnit: optional(fc.constantFrom('万元', '元')),
  forms: field(fc.array(field(formObject), { maxLength: 3 })),
}, { requiredKeys: ['forms'] });

/** YAML's own devices — tags, anchors, aliases, merge keys, block scalars, complex keys — where form values go. */
const yamlScalar = fc.oneof(
  fc.constantFrom('!!binary aGVsbG8=', '!!timestamp 2020-01-01', '!!set {a, b}', '!!omap [a: 1]', '!foo bar', '!!str 95', '!!int x',
    '!!float .inf', '.nan', '.inf', '-.inf', '0x1F', '0o17', '1e400', '~', 'null', 'true', '2020-12-31', '&a 5', '*a', '*missing',
    '{ }', '[ ]', '|\n  多行\n  文本', '>-\n  折叠', '"\\u0000"', "'单引号''转义'", '"\\x"', '? [复杂]\n: 键', '<<: *a', '[*a, *a]'),
  valueText, cellText.map((t) => JSON.stringify(t)),
);

export const yamlFeatures = fc.tuple(
  fc.constantFrom('', '%YAML 1.1\n---\n', '%YAML 1.2\n---\n', '--- !!map\n', '%TAG ! tag:x,2020:\n---\n'),
  fc.array(fc.tuple(fc.constantFrom('level1', 'level2', 'name', 'value', 'basis', 'weight', 'direction', '<<', 'value'), yamlScalar),
    { maxLength: 7 }),
  fc.constantFrom('', '\n---\nforms: []\n', '\n...\n', '\n# ptlint-disable-next-line value-empty\n'),
).map(([head, fields, tail]) => `${head}unit: &a 单位\nforms:\n  - name: 项目\n    indicators:\n      - level1: 产出指标\n`
  + fields.map(([key, value]) => `        ${key}: ${value.replace(/\n/g, '\n          ')}`).join('\n') + tail);

/** Strips keys whose value is undefined, which JSON and YAML would write differently. */
export const defined = (data: unknown): unknown => JSON.parse(JSON.stringify(data)) as unknown;

// ---- text exports ----------------------------------------------------------------------------------------------

/** Text as Word exports a table (a tab between cells) or as a PDF tool lays it out (runs of spaces). */
export const textExport = fc.array(fc.oneof(
  { weight: 3, arbitrary: fc.oneof(tableRows, formRows).chain((rows) => fc.constantFrom('\t', '  ', '    ', ' \t').map((sep) =>
    rows.map((cells) => cells.map((c) => c.replace(/[\r\n]/g, ' ')).join(sep)).join('\n'))) },
  { weight: 1, arbitrary: cellText },
  { weight: 1, arbitrary: fc.constantFrom('', '\f', '第 1 页', '\t\t\t', '   ') },
), { maxLength: 6 }).chain((blocks) => fc.constantFrom('\n', '\n\n', '\r\n').map((gap) => blocks.join(gap)));

// ---- damaged bytes ---------------------------------------------------------------------------------------------

/** Bytes cut short, or with some bytes overwritten, at places drawn from the whole length. */
export const damage = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => (bytes: Uint8Array) => bytes.subarray(0, Math.floor(at * bytes.length))),
  fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })
    .map((edits) => (bytes: Uint8Array) => {
      const copy = bytes.slice();
      for (const [at, byte] of edits) copy[Math.floor(at * copy.length)] = byte;
      return copy;
    }),
);
