import { chmodSync, chownSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildDocx } from '../helpers/docx-builder.js';
import { cli, lintJson, tempProject } from './run-cli.js';

// A rename that fails on demand: the one way to make a write fail for any user, root included.
const failRename = vi.hoisted(() => ({ on: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    renameSync: (from: string, to: string) => {
      if (failRename.on) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return fs.renameSync(from, to);
    },
  };
});

const HEADER = '| 一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据 |\n| --- | --- | --- | --- | --- | --- |\n';
const MD = '## 村级组织经费\n\n' + HEADER
  + '| 产出指标 | 数量指标 | 保障村级组织个数 | 保障正常运转的村级  组织个数 | >=12个 | 村级组织名册 |\n'
  + '| 效益指标 | 可持续性影响 | 村级组织持续正常运转 | 村级组织全年正常运转的比例 | ≥95% | 年度工作计划 |\n'
  + '|  | 环境效益 | 村容村貌整治覆盖率 | 完成整治的村占全部村的比例 | ≥90% | 年度工作计划 |\n';
const MD_FIXED = MD.replace('村级  组织', '村级 组织').replace('>=12个', '≥12个').replace('可持续性影响', '可持续影响指标')
  .replace('环境效益', '生态效益指标');

const YAML = [
  'forms:', '  - name: 村级组织经费', '    indicators:',
  '      - { level1: 效益指标, level2: 环境效益, name: 村容村貌整治覆盖率, value: "＞＝90%", basis: 年度工作计划 }',
  '      - level1: 产出指标', '        level2: 数量指标', "        name: '培训  次数'  # 全年", '        value: =>6次, 每季度1次',
  '        basis: 年度工作计划', '',
].join('\r\n');
const YAML_FIXED = YAML.replace('环境效益', '生态效益指标').replace('"＞＝90%"', '"≥90%"').replace("'培训  次数'", "'培训 次数'")
  .replace('=>6次, 每季度1次', '"≥6次, 每季度1次"');
const BOM = '\ufeff';

const FIXABLE = new Set(['category-nonstandard', 'value-comparator-format', 'cell-whitespace']);

describe('ptlint --fix', () => {
  it('fixes Markdown in place, changing only the fixed bytes, and reports what remains', async () => {
    const dir = tempProject({ 'a.md': MD });
    const before = (await lintJson(['a.md'], dir)).results[0].messages.filter((m) => FIXABLE.has(m.ruleId));
    expect(before).toHaveLength(4);
    const { results } = await lintJson(['a.md', '--fix'], dir);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(MD_FIXED);
    expect(results[0].messages.filter((m) => FIXABLE.has(m.ruleId))).toEqual([]);
    expect((results[0] as unknown as { output: string }).output).toBe(MD_FIXED);
  });

  it('says in the report what it fixed', async () => {
    const dir = tempProject({ 'a.md': MD });
    const { stdout, code } = await cli(['a.md', '--fix'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('已修复 4 处');
    expect(stdout).toContain('可持续性影响 → 可持续影响指标');
    const en = await cli(['a.md', '--fix', '--locale', 'en'], tempProject({ 'a.md': MD }));
    expect(en.stdout).toContain('Fixed 4');
  });

  it('keeps the BOM and CRLF line ends of YAML, block and flow scalars fixed in their own style', async () => {
    const dir = tempProject({ 'b.yaml': BOM + YAML });
    await cli(['b.yaml', '--fix'], dir);
    const bytes = readFileSync(join(dir, 'b.yaml'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(BOM + YAML_FIXED);
  });

  it('fixes a JSON string inside its quotes', async () => {
    const json = JSON.stringify({ forms: [{ name: '项目', indicators: [
      { level1: '效益指标', level2: '可持续性影响', name: '村级组织持续正常运转', value: '<=5天', basis: '年度计划' },
    ] }] }, null, 2) + '\n';
    const dir = tempProject({ 'c.json': json });
    await cli(['c.json', '--fix'], dir);
    expect(readFileSync(join(dir, 'c.json'), 'utf8')).toBe(json.replace('可持续性影响', '可持续影响指标').replace('<=5天', '≤5天'));
  });

  it('is idempotent: fixing again changes no byte', async () => {
    const dir = tempProject({ 'a.md': MD, 'b.yaml': BOM + YAML });
    await cli(['.', '--fix'], dir);
    const once = ['a.md', 'b.yaml'].map((f) => readFileSync(join(dir, f)));
    const again = await lintJson(['.', '--fix'], dir);
    expect(['a.md', 'b.yaml'].map((f) => readFileSync(join(dir, f)))).toEqual(once);
    expect(again.results.every((r) => !('output' in r))).toBe(true);
  });

  it('never touches a file without fixes, and leaves no temporary file', async () => {
    const clean = MD_FIXED.replace('>=', '≥');
    const dir = tempProject({ 'a.md': MD, 'clean.md': clean });
    utimesSync(join(dir, 'clean.md'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const mtime = (f: string) => statSync(join(dir, f)).mtimeMs;
    const before = mtime('clean.md');
    await cli(['.', '--fix'], dir);
    expect(mtime('clean.md')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'clean.md']);
  });

  it('says clearly when a file cannot be written, and leaves it as it was', async () => {
    const dir = tempProject({ 'a.md': MD });
    failRename.on = true;
    try {
      const { code, stderr } = await cli(['a.md', '--fix'], dir);
      expect(code).toBe(2);
      expect(stderr).toContain('a.md：无法写入修复结果（EACCES），文件保持原样');
    } finally {
      failRename.on = false;
    }
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(MD);
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('keeps the file\'s mode and owner, and a link stays a link: its target is fixed', async () => {
    const dir = tempProject({ 'forms/a.md': MD });
    const file = join(dir, 'forms/a.md');
    chmodSync(file, 0o640);
    // Root may give a file to another user: then the owner is kept too (anyone else keeps only their own).
    const root = process.getuid?.() === 0;
    if (root) chownSync(file, 65534, 65534);
    symlinkSync('forms/a.md', join(dir, 'link.md'));
    const { code } = await cli(['link.md', '--fix'], dir);
    expect(code).toBe(0);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(MD_FIXED);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    if (root) expect([statSync(file).uid, statSync(file).gid]).toEqual([65534, 65534]);
    expect(readdirSync(join(dir, 'forms'))).toEqual(['a.md']);
  });

  it.skipIf(process.getuid?.() === 0)('does not write a file its user may not write, though its folder would let it', async () => {
    const dir = tempProject({ 'a.md': MD });
    chmodSync(join(dir, 'a.md'), 0o444);
    const { code, stderr } = await cli(['a.md', '--fix'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('a.md：无法写入修复结果（EACCES），文件保持原样');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(MD);
  });

  it('never writes Word files, and says so once per file', async () => {
    const rows = [['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
      ['效益指标', '可持续性影响', '村级组织持续正常运转', '村级组织全年正常运转的比例', '>=95%', '年度工作计划']];
    const docx = buildDocx(['1、村级组织经费绩效目标表', { table: { rows: [['项目名称', '村级组织经费', '项目编码', '1301'], ...rows] } }]);
    const dir = tempProject({});
    writeFileSync(join(dir, 'd.docx'), docx);
    const { stdout, stderr } = await cli(['d.docx', '--fix', '--format', 'json'], dir);
    expect(Buffer.compare(readFileSync(join(dir, 'd.docx')), Buffer.from(docx))).toBe(0);
    expect(stderr.match(/d\.docx：Word\/Excel 文件和文本导出文件从不改写/g)).toHaveLength(1);
    expect(stderr).toContain('ptlint convert d.docx --to md');
    const results = JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string }>; output?: string }>;
    expect(results[0].messages.map((m) => m.ruleId)).toContain('category-nonstandard');
    expect(results[0].output).toBeUndefined();
    expect(readdirSync(dir)).toEqual(['d.docx']);
  });
});

describe('ptlint --fix-dry-run', () => {
  it('writes nothing, gives the fixed text as output and reports what would remain', async () => {
    const dir = tempProject({ 'a.md': MD });
    const { results } = await lintJson(['a.md', '--fix-dry-run'], dir);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(MD);
    expect((results[0] as unknown as { output: string }).output).toBe(MD_FIXED);
    expect(results[0].messages.filter((m) => FIXABLE.has(m.ruleId))).toEqual([]);
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('says in the stylish report what would change', async () => {
    const dir = tempProject({ 'a.md': MD });
    const { stdout } = await cli(['a.md', '--fix-dry-run'], dir);
    expect(stdout).toContain('可修复 4 处（未写入文件）');
    expect(stdout).toMatch(/5:\d+\s+>=12个 → ≥12个/);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(MD);
  });

  it('cannot be given with --fix', async () => {
    const { code, stderr } = await cli(['a.md', '--fix', '--fix-dry-run'], tempProject({ 'a.md': MD }));
    expect(code).toBe(2);
    expect(stderr).toMatch(/fix/);
  });
});
