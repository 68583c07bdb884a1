// The net under the hand-written Markdown parser: on random documents made of the subset's pieces and of the
// characters and lines that end it (pipes, spaces, tabs, backslashes, markup, fences, comments, CR), the subset
// parser either declines or gives exactly the tree micromark gives, every position included.
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { parseSubset } from '../../src/readers/markdown-subset.js';
import { parseOptions } from '../../src/readers/markdown.js';
import { runs } from './contract.js';
import { markdownText } from './arbitraries.js';

/**
 * One of `usual` most of the time, one of `odd` with a weight of `trouble` (0: never): every choice of the
 * generators below goes through it, so that one knob turns a document of the subset into a troubled one.
 */
const pick = (trouble: number, usual: string[], odd: string[]) => (trouble === 0 || odd.length === 0
  ? fc.constantFrom(...usual)
  : fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...usual) }, { weight: trouble, arbitrary: fc.constantFrom(...odd) }));

/** Text the subset reads: words of forms, characters that open nothing, escapes, <br> and comments. */
const PLAIN = ['项目名称', '≥90%', '3月底 25；6月底 50', '绩效目标', '社区（康复）', '１２３', '　', 'a b', 'R&D', '5~10', 'x!', 'a]', '2021年',
  '1、', '=', '-', '—', '#1', ' ', ':', '>', '<5', '&amp', '~~x~~', '𠀀😀', '\f', '\v', '\u2028',
  '1<br>2', '<BR/>', '<br />', '<!-- ptlint-disable value-empty -->',
  '\\|', 'a\\|b', '5\\~10', '\\<5', '\\&amp;', '\\*', '\\_', '\\[', '\\`', '\\\\', '\\\\|', 'a\\b', '\\（', '\\#', 'x\\'];

/** Text that ends the subset, or comes near its edge. */
const TROUBLE = ['  ', '|', '\\|', '\\', '\t', '\u00a0', '\r', '\0', '\ufeff', '~', '#', '1.', '1)', ';', '&', '&amp;', '&#124;',
  '<br', '<br >', '<br\n/>', '<!-- x', '-->', '<!-->', '<!--->', '<!---->', '<!--> x -->', '<!---> -->', '<!-- a\nb -->',
  '<', '<b>', '<x>', '<a', 'b="c">', '<a\n b="c">', 'http://x.cn', '<http://x>',
  '*', '**', '_', '`', '[', ']', '![', '!', '_强调_', 'a_b_', '*x*', '[链接](x)', '[a]', '![图](x)', '`代码`', '``x``'];

const inlineText = (trouble: number, minLength = 0) => fc.array(trouble === 0 ? pick(0, PLAIN, []) : fc.oneof(
  { weight: 6, arbitrary: pick(trouble, PLAIN, TROUBLE) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
), { minLength, maxLength: 5 }).map((pieces) => pieces.join(''));

/** Text as a paragraph's line or a heading starts it: a word first, or (troubled) anything. */
const lineText = (trouble: number) => fc.tuple(pick(trouble, ['说明', '填报人：张三', 'Note', '（一）'], ['']),
  inlineText(trouble, 1)).map(([word, text]) => word + text);

const indent = (trouble: number) => pick(trouble, ['', '', ' ', '  ', '   '], ['    ', '     ']);
const trailing = (trouble: number) => pick(trouble, ['', '', ' '], ['  ', '   ']);

/** A row of about `width` cells (exactly, for a header row): cells between pipes, outer pipes or not, padded or not. */
const row = (width: number, trouble: number, exact = false) => fc.record({
  cells: fc.array(inlineText(trouble), { minLength: exact ? width : Math.max(0, width - 1), maxLength: exact ? width : width + 1 }),
  pad: pick(trouble, [' ', '', '  '], []),
  lead: pick(trouble, ['|'], ['', ' |']),
  close: pick(trouble, ['|', '', '| ', '|  '], [' |  ', '\\|']),
}).map(({ cells, pad, lead, close }) => lead + cells.map((c) => pad + c + pad).join('|') + close);

const delimiterCell = (trouble: number) => pick(trouble,
  ['---', ':---', '---:', ':---:', '-', ' --- ', ' :-: '], ['', ':', '- -', '--x', ' ', '::']);

const delimiter = (width: number, trouble: number) => fc.record({
  cells: fc.array(delimiterCell(trouble), { minLength: width, maxLength: width }),
  lead: pick(trouble, ['|'], ['', ' |']),
  close: pick(trouble, ['|', '', '|  '], [' |  ', '||']),
  extra: pick(trouble, [''], ['|---', '| x']),
}).map(({ cells, lead, close, extra }) => lead + cells.join('|') + close + extra);

const table = (trouble: number) => fc.integer({ min: 1, max: 5 }).chain((width) => fc.tuple(
  row(width, trouble, trouble === 0), delimiter(width, trouble), fc.array(row(width, trouble), { maxLength: 4 }),
).map(([head, delim, body]) => [head, delim, ...body].join('\n')));

const heading = (trouble: number) => fc.tuple(pick(trouble, ['#', '##', '###', '######'], ['', '#######']),
  pick(trouble, [' ', '  '], ['']), lineText(trouble), trailing(trouble), pick(trouble, [''], [' #', '#', ' ##  ']))
  .map(([hashes, gap, title, trail, close]) => hashes + gap + title + trail + close);

const paragraph = (trouble: number) => fc.array(fc.tuple(indent(trouble), lineText(trouble), trailing(trouble)), { minLength: 1, maxLength: 3 })
  .map((lines) => lines.map(([lead, text, trail]) => lead + text + trail).join('\n'));

const comment = (trouble: number) => pick(trouble,
  ['<!-- ptlint-disable value-empty -->', '<!-- ptlint-disable-next-line -->', '<!-- a\nb -->', '<!-- a --> 说明', '<!--\n\n-->',
    '<!-- x --><!-- y -->', '<!-- | a | -->'],
  ['<!-- 未闭合', '<!-->', '<!--->', '  <!-- x -->', '<!--- x -->']);

/** Lines that open something outside the subset, or make the lines around them do so. */
const STRANGERS = ['---', '***', '* * *', '- 列表', '+ 列表', '1. 列表', '1) 列表', '2. 二', '> 引用', '   > 引用', '```\n| a |\n```', '~~~',
  '    缩进', '===', '=', '-', '[a]: http://x', '|', '||', '|---|', '|---', '| --- | --- |', '\t| a |', ' | a |', 'a|b', 'a | b',
  '--- | ---', ':--|--', 'a|b\n:--|--', 'a | b\n--|--', 'x\n|-|', '<div>', '<div', '<table><tr><td>a</td></tr></table>', '<!-- c -->',
  '  <!-- c -->', '\\#', '## ', '#', '####### 七', '# 标题', '  # 缩进标题', '#无空格', '说明：**粗体**', '&amp;', '　'];

const frontMatter = (trouble: number) => fc.option(fc.tuple(
  pick(trouble, ['---', '--- '], ['----', '---x', ' ---']),
  fc.array(pick(trouble, ['unit: 某单位', 'year: 2021', '', 'title: "a | b"', '# 注释'], [' ---', '----', '\t', '---x']),
    { maxLength: 3 }),
  pick(trouble, ['---', '---  '], ['', '...', '----']),
).map(([open, lines, close]) => [open, ...lines, close].join('\n') + '\n'), { nil: '' });

/**
 * Front matter and blocks between line endings. `tight` joins blocks mostly by a single line ending, and mixes
 * in lines that open other blocks: what decides where a paragraph or a table ends.
 */
const document = (trouble: number, tight = false) => fc.tuple(
  frontMatter(trouble),
  fc.array(fc.oneof(
    { weight: 4, arbitrary: table(trouble) }, { weight: 3, arbitrary: heading(trouble) },
    { weight: 3, arbitrary: paragraph(trouble) }, { weight: 1, arbitrary: comment(trouble) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '  ') },
    ...(trouble === 0 && !tight ? [] : [{ weight: tight ? 3 : trouble, arbitrary: fc.constantFrom(...STRANGERS) }]),
  ), { maxLength: 6 }),
  fc.array(tight ? fc.constantFrom('\n', '\n', '\r\n', '\n\n', ' \n')
    : pick(trouble, ['\n\n', '\n\n', '\r\n\r\n', '\n \n'], ['\n', '\r\n', '\r', '\r\r']), { minLength: 6, maxLength: 6 }),
  pick(trouble, ['', '\n', '\r\n', '  ', '\n\n'], ['\r', '\n\t']),
).map(([front, blocks, gaps, end]) => front + blocks.map((b, i) => (i > 0 ? gaps[i - 1] : '') + b).join('') + end);

/** Checks the property on `text`; true when the subset parser read it (and matched micromark). */
function sameAsMicromark(text: string): boolean {
  const fast = parseSubset(text);
  if (fast === undefined) return false;
  expect(fast).toStrictEqual(fromMarkdown(text, parseOptions));
  return true;
}

/**
 * The property on `count` documents; the share the subset parser read must pass `least`, or the property could
 * hold by the parser declining everything.
 */
function check(documents: fc.Arbitrary<string>, count: number, least: number): void {
  let read = 0, all = 0;
  fc.assert(fc.property(documents, (text) => {
    all++;
    if (sameAsMicromark(text)) read++;
  }), runs(count));
  expect(read / all).toBeGreaterThan(least);
}

describe('the Markdown subset parser against micromark', () => {
  it('gives micromark\'s tree on documents of the subset\'s pieces, and takes most of them', () => {
    check(document(0), 300, 0.5);
  });

  it('declines or agrees on the near-valid forms the reader\'s own properties read (arbitraries.ts)', () => {
    check(markdownText, 300, 0.05);
  });

  it('declines or agrees on documents with troublesome characters and lines anywhere', () => {
    check(document(1), 500, 0.1);
  });

  it('declines or agrees where blocks meet without a blank line, or meet strangers', () => {
    check(document(0, true), 500, 0.1);
  });

  it('declines or agrees on a document of the subset with one troublesome piece put anywhere', () => {
    const piece = fc.constantFrom(...TROUBLE, ...STRANGERS, '\n', '\r\n', ' ', '|', '-', '#', '<!--', '-->', '---\n');
    check(fc.tuple(document(0), piece, fc.double({ min: 0, max: 1, noNaN: true })).map(([text, insert, at]) => {
      const k = Math.floor(at * text.length);
      return text.slice(0, k) + insert + text.slice(k);
    }), 600, 0.01);
  });

  it('declines or agrees on a block of the subset against a stranger, in either order', () => {
    const block = fc.oneof(table(0), heading(0), paragraph(0), comment(0));
    const gap = fc.constantFrom('\n', '\r\n', '\n\n', '\n  \n');
    check(fc.tuple(block, gap, fc.constantFrom(...STRANGERS), gap, block).map((parts) => parts.join('')), 500, 0.02);
  });

  it('declines or agrees on random text made of markup characters', () => {
    const markup = fc.constantFrom('|', ' ', '-', ':', '#', '<', '>', '!', '-', '\n', '\n', '\r\n', 'a', '项', '`', '*', '\\', '&', ';', '=',
      'b', 'r', '1', '.', '_', '[', ']', '(', ')', '~', '\t', '\0', '\r', '\ufeff', '_x_', '[x](y)', '`x`');
    check(fc.string({ unit: markup, maxLength: 40 }), 600, 0.1);
  });

  it('declines or agrees on tables of any shape: cells, pipes and delimiters at random', () => {
    const line = (cell: fc.Arbitrary<string>, width: number, exact: boolean) => fc.tuple(
      pick(1, ['|'], ['', ' ']),
      fc.array(cell, exact ? { minLength: width, maxLength: width } : { maxLength: width + 1 }),
      pick(1, ['|', '|', '', '| '], [' ', '||']),
      pick(1, ['\n', '\r\n'], ['\n\n', '  \n']),
    ).map(([lead, cells, close, end]) => lead + cells.join('|') + close + end);
    const cell = pick(1, ['', ' ', ' a ', '项目', '<br>', '-', ':', ' x y '], ['\\', '|']);
    const shapes = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.boolean()).chain(([width, exact]) => fc.tuple(
      line(cell, width, true), line(delimiterCell(1), width, exact), fc.array(line(cell, width, false), { maxLength: 4 }),
    )).map(([head, delim, body]) => head + delim + body.join(''));
    check(shapes, 600, 0.1);
  });
});
