// The Markdown subset parser against micromark on real forms — the examples' and fixtures' Markdown, forms written
// by `ptlint convert`, a form of the benchmark corpus — which it must read (the fast road is the road taken) into
// micromark's very tree, positions included; and on the inputs that end the subset, which it must decline or read
// the same. (Random documents: tests/property/markdown-subset.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseSubset } from '../../src/readers/markdown-subset.js';
import { parseOptions } from '../../src/readers/markdown.js';
import { jsonReader } from '../../src/readers/json.js';
import { yamlReader } from '../../src/readers/yaml.js';
import { textExportReader } from '../../src/readers/text-export.js';
import type { Reader } from '../../src/readers/types.js';
import { toMarkdown } from '../../src/writers/markdown.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** The subset parser's tree, checked to be micromark's when there is one. */
function subsetTree(text: string): Root | undefined {
  const fast = parseSubset(text);
  if (fast !== undefined) expect(fast).toStrictEqual(fromMarkdown(text, parseOptions));
  return fast;
}

const filesUnder = (dir: string, extension: RegExp) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
  .filter((f) => extension.test(f)).map((f) => join(dir, f)).sort();

/** A form of the benchmark corpus (bench/corpus.mjs), as written there. */
const BENCH_FORM = `---
unit: 秦皇岛市北戴河区西山街道办事处
year: 2021
moneyUnit: 万元
---

# 2021年西山街道办事处项目绩效目标表

## 东山社区安全生产宣传项目

| 项目名称 | 东山社区安全生产宣传项目 |
| --- | --- |
| 项目编码 | 442-0100-JBN-0000 |
| 预算数 | 95.50 |
| 其中：财政资金 | 95.50 |
| 其他资金 | 0.00 |
| 资金用途 | 印制宣传材料，购买保险 |
| 资金支出计划（%） | 3月底 25；6月底 50；10月底 75；12月底 100 |
| 绩效目标 | 1、全年完成安全生产宣传各项任务<br>2、服务对象满意度达到90%以上 |

| 一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据 |
| --- | --- | --- | --- | --- | --- |
| 产出指标 | 数量指标 | 开展东山社区安全生产宣传活动次数 | 全年开展东山社区安全生产宣传活动的次数 | ≥23次 | 东山社区安全生产宣传主管部门考核办法 |
|  | 数量指标 | 东山社区安全生产宣传覆盖社区数 | 东山社区安全生产宣传覆盖的社区个数 | ≥7个 | 东山社区安全生产宣传工作台账 |
|  | 质量指标 | 东山社区安全生产宣传任务完成率 | 已完成东山社区安全生产宣传任务占计划任务的比例 | ≥88% | 东山社区安全生产宣传上年完成情况 |
| 效益指标 | 生态效益指标 | 东山社区安全生产宣传区域环境达标率 | 东山社区安全生产宣传区域环境检测达标的比例 | ≥98% | 东山社区安全生产宣传行业标准 |
| 满意度指标 | 服务对象满意度指标 | 东山社区安全生产宣传受益群众满意度 | 回访中对东山社区安全生产宣传表示满意的受益群众比例 | ≥88% | 东山社区安全生产宣传主管部门考核办法 |
`;

describe('the subset parser on real forms: read, and read as micromark reads them', () => {
  it.each(filesUnder('examples', /\.md$/).concat(filesUnder('tests/fixtures', /\.md$/)))('%s', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    expect(subsetTree(text)).toBeDefined();
    expect(subsetTree(text.replace(/\n/g, '\r\n')), 'with CRLF line endings').toBeDefined();
  });

  it('a form of the benchmark corpus, with LF and CRLF line endings', () => {
    expect(subsetTree(BENCH_FORM)).toBeDefined();
    expect(subsetTree(BENCH_FORM.replace(/\n/g, '\r\n'))).toBeDefined();
  });

  const readers: Record<string, Reader> = { '.json': jsonReader, '.yaml': yamlReader, '.txt': textExportReader };
  const sources = ['examples', 'tests/fixtures/json', 'tests/fixtures/yaml', 'tests/fixtures/text']
    .flatMap((dir) => filesUnder(dir, /\.(json|yaml|txt)$/)).filter((f) => !f.includes('.ptlintrc'));
  it.each(sources)('the form of %s as `ptlint convert --to md` writes it', (file) => {
    const reader = readers[file.slice(file.lastIndexOf('.'))];
    const { document } = reader.read({ path: file, bytes: readFileSync(join(ROOT, file)) });
    expect(document).not.toBeNull();
    expect(subsetTree(toMarkdown(document!))).toBeDefined();
  });

  it('docs/markdown-forms.md, whose code blocks are not in the subset, is declined', () => {
    expect(subsetTree(readFileSync(join(ROOT, 'docs', 'markdown-forms.md'), 'utf8'))).toBeUndefined();
  });
});

const TABLE = '| 项目名称 | 社区服务 |\n| --- | --- |\n';

describe('the subset parser where the subset ends', () => {
  it.each([
    ['emphasis in a cell', `${TABLE}| 预算数 | **5** |\n`],
    ['code in a cell', `${TABLE}| 预算数 | \`5\` |\n`],
    ['a link in a cell', `${TABLE}| 依据 | [文件](http://x.cn) |\n`],
    ['a character reference in a cell', `${TABLE}| 依据 | a &amp; b |\n`],
    ['a list', '## 表\n\n- 一\n- 二\n'],
    ['an ordered list', '## 表\n\n1. 一\n'],
    ['a block quote', '> 注意\n'],
    ['a fenced block', '```\n| a |\n```\n'],
    ['a table without a delimiter row', '| 项目名称 | 社区服务 |\n| 预算数 | 5 |\n'],
    ['a delimiter row of another width', '| 项目名称 | 社区服务 |\n| --- |\n'],
    ['an indented table', '  | 项目名称 | 社区服务 |\n  | --- | --- |\n'],
    ['indented code', '    代码\n'],
    ['a setext heading', '标题\n===\n'],
    ['a setext heading of dashes', '标题\n---\n'],
    ['a thematic break', '***\n'],
    ['a table followed directly by a paragraph line', `${TABLE}说明\n`],
    ['a paragraph followed directly by a table', `说明\n${TABLE}`],
    ['a table followed directly by a heading', `${TABLE}## 下一个\n`],
    ['a hard break', '第一行  \n第二行\n'],
    ['a backslash hard break', '第一行\\\n第二行\n'],
    ['a heading with a closing sequence', '## 标题 ##\n'],
    ['a tab', `${TABLE}| 预算数\t| 5 |\n`],
    ['a lone CR', '## 标题\r说明\r'],
    ['front matter without its closing fence', '---\nunit: 某单位\n\n## 标题\n'],
    ['an inline HTML tag', `${TABLE}| 预算数 | <b>5</b> |\n`],
    ['a comment opening with >', `${TABLE}| 预算数 | <!--> 5 --> |\n`],
  ])('declines %s', (_, text) => {
    expect(subsetTree(text)).toBeUndefined();
  });

  it.each([
    ['a comment in a cell', `${TABLE}| 预算数 | <!-- x --> |\n| 其他资金 | 5 <!-- ptlint-disable-line value-empty --> 元 |\n`],
    ['an escaped pipe, and an escaped backslash before a pipe', `${TABLE}| 依据 | a \\| b |\n| 备注 | c \\\\| d |\n`],
    ['escaped markup characters', `${TABLE}| 指标值 | \\<5\\~10 \\*x\\* \\&amp; |\n`],
    ['<br> in its spellings', `${TABLE}| 绩效目标 | 一<br>二<BR/>三<br />四 |\n`],
    ['a < that opens nothing', `${TABLE}| 指标值 | <5% |\n`],
    ['rows with fewer and more cells than the header', `${TABLE}| 预算数 |\n| a | b | c |\n|\n||\n`],
    ['rows without their closing pipe, trailing spaces', `${TABLE}| 预算数 | 5   \n| 其他资金 | 0 |   \n`],
    ['empty and padded cells, full-width spaces', `${TABLE}|  | 　 |\n|   a   |b|\n`],
    ['alignments', '| a | b | c | d |\n| :--- | ---: | :-: | - |\n| 1 | 2 | 3 | 4 |\n'],
    ['a table without body rows, at the end of the text', '| a |\n|---|  '],
    ['a block comment over lines, and a paragraph it interrupts', '说明\n<!-- ptlint-disable\nvalue-empty -->\n\n# 标题\n'],
    ['a paragraph of several lines, indented and with single trailing spaces', ' 第一行 \n   第二行\n第三行   \n'],
    ['a heading interrupting a paragraph', '说明\n## 标题\n'],
    ['front matter with trailing spaces on its fences, empty', '---  \n---\n## 标题\n'],
    ['an empty text', ''],
    ['blank lines only', '\n  \n\n'],
  ])('reads %s as micromark does', (_, text) => {
    expect(subsetTree(text)).toBeDefined();
  });
});
