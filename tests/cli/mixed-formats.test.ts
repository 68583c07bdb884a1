// One run over a folder that mixes every format a bureau receives: all are linted, positions are given the way
// each format allows, and copied-indicator finds a copy across files of different formats.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../helpers/docx-builder.js';
import { buildXlsx } from '../helpers/xlsx-builder.js';
import { packagePath } from '../../src/package-root.js';
import { lintJson, tempProject } from './run-cli.js';

const COPY = '辖区居民安全知识知晓率';
const HEADER = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'];
const row = (name: string, value: string) => ['产出指标', '数量指标', name, `${name}的统计口径`, value, '年度工作计划'];

const markdown = (name: string, indicator: string) => [
  `## ${name}`, '',
  `| ${HEADER.join(' | ')} |`, `| ${HEADER.map(() => '---').join(' | ')} |`,
  `| ${row(indicator, '≥90%').join(' | ')} |`, `| ${row(`${name}宣传次数`, '≥6次').join(' | ')} |`, '',
].join('\n');

const yaml = (name: string, indicator: string) => [
  'forms:', `  - name: ${name}`, '    indicators:',
  ...[[indicator, '≥90%'], [`${name}培训人次`, '≥200人次']].flatMap(([n, v]) => [
    '      - level1: 产出指标', '        level2: 数量指标', `        name: ${n}`, `        description: ${n}的统计口径`,
    `        value: ${v}`, '        basis: 年度工作计划',
  ]), '',
].join('\n');

// The Word export: every cell on its own line after a TAB, rows apart by blank lines; written here in UTF-16.
const wordExport = (name: string, indicator: string) => [
  `1、${name}绩效目标表`, '',
  ...[['项目名称', name], HEADER, row(indicator, '≥90%'), row(`${name}巡查次数`, '≥12次')]
    .flatMap((cells) => [...cells.map((c) => `\t${c}`), '']),
].join('\n');

function utf16(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** A bureau's folder: every format, a copy across them. */
function mixedFolder(files: Record<string, string> = {}): string {
  const dir = tempProject({
    'forms/a.md': markdown('消防宣传经费', COPY),
    'forms/b.yaml': yaml('应急演练经费', COPY),
    'forms/c.md': markdown('道路养护经费', '养护道路总长度'),
    ...files,
  });
  writeFileSync(join(dir, 'forms', 'd.docx'), buildDocx([
    '1、防汛物资储备经费绩效目标表',
    { table: { rows: [['项目名称', '防汛物资储备经费', '项目编码', '130101-2021-07'], HEADER, row(COPY, '≥90%'), row('储备沙袋数量', '≥5000满意度')] } },
  ]));
  writeFileSync(join(dir, 'forms', 'e.xlsx'), buildXlsx([{
    name: '绩效目标',
    rows: [['1、社区安全巡查经费绩效目标表', '', '', '', '', ''], ['项目名称', '社区安全巡查经费', '', '', '', ''], HEADER,
      row(COPY, '≥90%'), row('巡查覆盖小区数', '≥30个')],
    merges: ['A1:F1'],
  }]));
  writeFileSync(join(dir, 'forms', 'f.txt'), utf16(wordExport('安全生产防控经费', COPY)));
  return dir;
}

describe('a folder of mixed formats', () => {
  it('lints .docx, .xlsx, .txt, .md and .yaml in one run and finds a copy across them', async () => {
    const dir = mixedFolder();

    const { results } = await lintJson(['forms'], dir);
    const byFile = new Map(results.map((r) => [r.filePath.slice(dir.length + 1), r.messages]));
    expect([...byFile.keys()].sort()).toEqual(['forms/a.md', 'forms/b.yaml', 'forms/c.md', 'forms/d.docx', 'forms/e.xlsx', 'forms/f.txt']);
    for (const [file, messages] of byFile) expect(messages.filter((m) => /error$/.test(m.ruleId)), file).toEqual([]);

    const copies = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'copied-indicator').map((m) => m.form)).sort();
    expect(copies).toEqual(['安全生产防控经费', '应急演练经费', '消防宣传经费', '社区安全巡查经费', '防汛物资储备经费'].sort());

    // Where each finding is: a line in text formats, a place a reviewer can find in Word and Excel.
    const docxFinding = byFile.get('forms/d.docx')!.find((m) => m.ruleId === 'value-unit-mismatch')!;
    expect(docxFinding).toMatchObject({ indicator: '储备沙袋数量', place: expect.stringMatching(/^表1 第4行第5列$/) });
    const xlsxCopy = byFile.get('forms/e.xlsx')!.find((m) => m.ruleId === 'copied-indicator')!;
    expect(xlsxCopy.place).toBe('绩效目标!C4');
    const txtCopy = byFile.get('forms/f.txt')!.find((m) => m.ruleId === 'copied-indicator')!;
    expect(txtCopy).not.toHaveProperty('place');
    expect(wordExport('安全生产防控经费', COPY).split('\n')[txtCopy.line - 1].slice(txtCopy.column - 1, txtCopy.endColumn - 1)).toBe(COPY);
  });
});

describe('--concurrency', () => {
  const bin = packagePath('dist', 'src', 'cli', 'bin.cjs');
  const lint = (dir: string, ...args: string[]) => spawnSync(process.execPath, [bin, 'forms', '-f', 'json', ...args],
    { cwd: dir, encoding: 'utf8' });

  it('gives in worker threads the results of one thread, in the same order, copies across threads included', () => {
    // More files than threads, some broken, one ignored: every kind of outcome crosses back from a worker.
    const extra: Record<string, string> = {
      'forms/broken.yaml': 'forms: [\n',
      'forms/empty.md': '# 没有表\n',
      'forms/drafts/x.md': markdown('草稿经费', COPY),
      '.ptlintrc.yaml': 'extends: ptlint:recommended\nignorePatterns: [drafts/]\n',
    };
    for (let i = 0; i < 12; i++) extra[`forms/g${String(i).padStart(2, '0')}.md`] = markdown(`第${i}项经费`, i % 3 ? `第${i}项指标名称很长` : COPY);
    const dir = mixedFolder(extra);
    const one = lint(dir, '--concurrency', '1');
    expect(one.status).toBe(2);
    const results = JSON.parse(one.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(results).toHaveLength(20);
    expect(results.some((r) => r.filePath.endsWith('drafts/x.md'))).toBe(false);
    expect(results.find((r) => r.filePath.endsWith('broken.yaml'))!.messages[0].ruleId).toBe('parse-error');
    expect(results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'copied-indicator')).toHaveLength(9);
    for (const threads of ['2', '3', 'auto']) {
      const many = lint(dir, '--concurrency', threads);
      expect(many.status, threads).toBe(2);
      expect(many.stdout, threads).toBe(one.stdout);
    }
  });

  it('refuses a count that is not one', () => {
    const r = lint(mixedFolder(), '--concurrency', '0');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--concurrency');
  });
});
