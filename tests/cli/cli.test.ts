import { existsSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { cli, lintJson, tempProject } from './run-cli.js';
import { MD_CLEAN, MD_FORM, YAML_FORM } from './fixtures.js';

describe('ptlint (lint)', () => {
  it('shows a progress line on a terminal and wipes it before the report; none when stderr is not one', async () => {
    const dir = tempProject({ 'a.md': MD_FORM, 'b.md': MD_CLEAN, 'c.yaml': YAML_FORM });
    const shown = await cli(['.'], dir, {}, true);
    expect(shown.stderr).toContain('linting 3/3 (100%)');
    expect(shown.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(shown.stdout).toContain('value-unit-mismatch');
    expect((await cli(['.'], dir)).stderr).toBe('');
  });

  it('exits 0 on clean forms and 1 on errors, with the JSON shape other tools read', async () => {
    const dir = tempProject({ 'clean.md': MD_CLEAN, 'bad.md': MD_FORM });
    expect((await cli(['clean.md'], dir)).code).toBe(0);
    const { code, results } = await lintJson(['bad.md'], dir);
    expect(code).toBe(1);
    expect(Object.keys(results[0]).sort()).toEqual(['errorCount', 'filePath', 'messages', 'warningCount']);
    const m = results[0].messages.find((x) => x.ruleId === 'value-unit-mismatch')!;
    expect(Object.keys(m).sort()).toEqual(['category', 'column', 'endColumn', 'endLine', 'form', 'indicator', 'line', 'message', 'ruleId', 'severity']);
    expect(m).toMatchObject({ severity: 'error', form: '安全生产防控经费', indicator: '群众满意度', category: '服务对象满意度指标' });
  });

  it('points at the exact cell in Markdown and the exact scalar in YAML', async () => {
    const dir = tempProject({ 'a.md': MD_FORM, 'b.yaml': YAML_FORM });
    const { results } = await lintJson(['a.md', 'b.yaml'], dir);
    const [md, yaml] = results.map((r) => r.messages.find((x) => x.ruleId === 'value-unit-mismatch')!);
    const mdLine = MD_FORM.split('\n')[md.line - 1];
    expect(mdLine.slice(md.column - 1, md.endColumn - 1)).toBe('≥90满意度');
    const yamlLine = YAML_FORM.split('\n')[yaml.line - 1];
    expect(yamlLine.slice(yaml.column - 1, yaml.endColumn - 1)).toBe('≥95满意度');
  });

  it('lints folders, and finds an indicator copied across files', async () => {
    const other = MD_CLEAN.replace(/安全生产防控经费/g, '消防宣传经费').replace('群众满意度', '居民满意度');
    const third = MD_CLEAN.replace(/安全生产防控经费/g, '禁毒宣传经费').replace('开展宣传活动次数', '禁毒讲座场次')
      .replace('群众满意度', '学员满意度');
    const dir = tempProject({ 'forms/a.md': MD_CLEAN, 'forms/sub/b.md': other, 'forms/c.md': third, 'forms/notes.pdf': 'x' });
    const { results } = await lintJson(['forms'], dir);
    expect(results.map((r) => r.filePath.slice(dir.length + 1)).sort()).toEqual(['forms/a.md', 'forms/c.md', 'forms/sub/b.md']);
    const copies = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'copied-indicator'));
    expect(copies.map((m) => m.form).sort()).toEqual(['安全生产防控经费', '消防宣传经费']);
  });

  it('reports a broken file, a missing file and a bad config, and still lints the rest (exit 2)', async () => {
    const dir = tempProject({
      'good.md': MD_FORM,
      'broken.yaml': 'forms:\n  - name: "unclosed\n',
      'missing-column.md': '## 项目\n\n| 一级指标 | 二级指标 | 指标值 |\n| --- | --- | --- |\n| 产出指标 | 数量指标 | ≥1次 |\n',
      'cfg/.ptlintrc.yaml': 'extends: ptlint:recommended\nrules:\n  value-vague: warn\n  no-such-rule: error\n',
      'cfg/form.md': MD_FORM,
    });
    const { code, results } = await lintJson(['good.md', 'broken.yaml', 'missing-column.md', 'nowhere.md', 'cfg/form.md'], dir);
    expect(code).toBe(2);
    const byName = new Map(results.map((r) => [r.filePath.replace(dir + '/', ''), r.messages]));
    expect(byName.get('good.md')!.some((m) => m.ruleId === 'value-unit-mismatch')).toBe(true);
    expect(byName.get('broken.yaml')).toEqual([expect.objectContaining({ ruleId: 'parse-error', line: expect.any(Number) })]);
    expect(byName.get('missing-column.md')![0]).toMatchObject({ ruleId: 'parse-error', line: 3 });
    expect(byName.get('missing-column.md')![0].message).toContain('三级指标');
    expect(byName.get('nowhere.md')![0]).toMatchObject({ ruleId: 'read-error' });
    expect(byName.get('cfg/.ptlintrc.yaml')![0]).toMatchObject({ ruleId: 'config-error', line: 4 });
    expect(byName.get('cfg/.ptlintrc.yaml')![0].message).toContain('no-such-rule');
    expect(byName.get('cfg/form.md')!.some((m) => m.ruleId === 'value-unit-mismatch')).toBe(true);
  });

  it('fails alone on a path it cannot look at: a link loop, a path through a file (exit 2)', async () => {
    const dir = tempProject({ 'good.md': MD_FORM });
    symlinkSync('b', join(dir, 'a'));
    symlinkSync('a', join(dir, 'b'));
    const { code, results } = await lintJson(['a', 'good.md/x.md', 'good.md'], dir);
    expect(code).toBe(2);
    const byName = new Map(results.map((r) => [r.filePath.replace(dir + '/', ''), r.messages]));
    expect(byName.get('a')).toEqual([expect.objectContaining({ ruleId: 'read-error', message: expect.stringContaining('ELOOP') })]);
    expect(byName.get('good.md/x.md')).toEqual([expect.objectContaining({ ruleId: 'read-error', message: expect.stringContaining('ENOTDIR') })]);
    expect(byName.get('good.md')!.some((m) => m.ruleId === 'value-unit-mismatch')).toBe(true);
  });

  it('never writes the report, a baseline or the cache over a file it has just linted (exit 2)', async () => {
    const dir = tempProject({ 'form.md': MD_FORM, 'draft.md': '# 草稿\n', 'old-report.json': '[]' });
    symlinkSync('form.md', join(dir, 'current.md'));
    for (const args of [['-o', 'form.md'], ['--baseline-update', 'form.md'], ['--cache', '--cache-location', 'form.md'],
      ['-o', 'current.md']]) {
      const r = await cli(['form.md', ...args], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('is a form just linted: not written over');
      expect(readFileSync(join(dir, 'form.md'), 'utf8')).toBe(MD_FORM);
    }
    // A draft that does not read as a form yet is the user's all the same.
    expect((await cli(['draft.md', '-o', 'draft.md'], dir)).code).toBe(2);
    expect(readFileSync(join(dir, 'draft.md'), 'utf8')).toBe('# 草稿\n');
    // Last run's report and the baseline, JSON that is no form, are neither linted nor kept from being written.
    const again = await cli(['.', '--format', 'json', '-o', 'old-report.json'], dir);
    expect(again.stderr).toBe('');
    const linted = (file: string) => (JSON.parse(readFileSync(join(dir, file), 'utf8')) as Array<{ filePath: string }>)
      .map((r) => r.filePath.slice(dir.length + 1));
    // form.md once (current.md is a link to it), and draft.md.
    expect(linted('old-report.json')).toEqual(['draft.md', 'form.md']);
    await cli(['form.md', '--baseline-update', 'baseline.json'], dir);
    await cli(['.', '--baseline', 'baseline.json', '--format', 'json', '-o', 'old-report.json'], dir);
    expect(linted('old-report.json')).toEqual(['draft.md', 'form.md']);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const dir = tempProject({ 'a.md': MD_FORM });
    // A sparse 100 MB file: its size is checked before anything is read.
    writeFileSync(join(dir, 'huge.docx'), '');
    truncateSync(join(dir, 'huge.docx'), 100 * 2 ** 20);
    const { code, results } = await lintJson(['huge.docx', 'a.md'], dir);
    expect(code).toBe(2);
    const huge = results.find((r) => r.filePath.endsWith('huge.docx'))!;
    expect(huge.messages[0]).toMatchObject({ ruleId: 'read-error' });
    expect(huge.messages[0].message).toMatch(/100\.0 MB/);
    expect(results.find((r) => r.filePath.endsWith('a.md'))!.messages.length).toBeGreaterThan(0);
  });

  it('honours --rule, --quiet, --max-warnings and --locale', async () => {
    const dir = tempProject({ 'a.md': MD_FORM });
    const off = await lintJson(['a.md', '--rule', 'value-unit-mismatch:off'], dir);
    expect(off.results[0].messages.some((m) => m.ruleId === 'value-unit-mismatch')).toBe(false);
    expect(off.code).toBe(0);
    const warn = await cli(['a.md', '--rule', 'value-unit-mismatch:warn', '--max-warnings', '0'], dir);
    expect(warn.code).toBe(1);
    const quiet = await lintJson(['a.md', '--rule', 'value-unit-mismatch:warn', '--quiet'], dir);
    expect(quiet.results[0].messages).toEqual([]);
    const en = await cli(['a.md', '--locale', 'en'], dir);
    expect(en.stdout).toMatch(/problems? \(1 error/);
    const zh = await cli(['a.md'], dir);
    expect(zh.stdout).toContain('1 个错误');
    expect((await cli(['a.md', '--rule', 'nope:off'], dir)).code).toBe(2);
    expect((await cli(['a.md', '--rule', 'value-vague'], dir)).code).toBe(2);
  });

  it('takes --rule before the files, and refuses a --max-warnings that is no count', async () => {
    const dir = tempProject({ 'a.md': MD_FORM });
    const before = await lintJson(['--rule', 'value-unit-mismatch:off', 'a.md', '--rule', 'value-vague:off'], dir);
    expect(before.code).toBe(0);
    expect(before.results.map((r) => r.filePath)).toEqual([join(dir, 'a.md')]);
    for (const bad of [['--max-warnings', 'abc'], ['--max-warnings', '-1'], ['--max-warnings', '1.5'], ['--max-warnings']]) {
      const r = await cli(['a.md', '--rule', 'value-unit-mismatch:warn', ...bad], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/max-warnings/);
    }
  });

  it('says what went wrong on bad usage (exit 2, no stack trace)', async () => {
    const dir = tempProject({});
    for (const args of [[], ['--format', 'xml', 'a.md'], ['--no-such-flag', 'a.md']]) {
      const r = await cli(args, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/ptlint: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('prints the config that applies to a file', async () => {
    const dir = tempProject({ '.ptlintrc.yaml': 'rules:\n  value-vague: info\n', 'a.md': MD_FORM });
    const r = await cli(['--print-config', 'a.md'], dir);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed.configFile).toBe(join(dir, '.ptlintrc.yaml'));
    expect(printed.rules['value-vague']).toBe('info');
  });
});

describe('ptlint rules', () => {
  it('lists every rule with its default severity and description', async () => {
    const r = await cli(['rules'], tempProject({}));
    expect(r.code).toBe(0);
    for (const rule of builtinRules().values()) {
      expect(r.stdout).toContain(rule.meta.id);
      expect(r.stdout).toContain(rule.meta.description['zh-CN']);
    }
  });
});

describe('ptlint convert', () => {
  it('converts Markdown to JSON, then YAML, and every format lints the same', async () => {
    const dir = tempProject({ 'form.md': MD_FORM });
    const json = await cli(['convert', 'form.md', '--to', 'json'], dir);
    expect(json.code).toBe(0);
    const model = JSON.parse(json.stdout);
    expect(model.forms[0].indicators).toHaveLength(2);
    expect(model.forms[0].indicators[1].value).toMatchObject({ text: '≥90满意度', kind: 'quantitative', comparator: '≥', number: 90 });
    writeFileSync(join(dir, 'form.json'), json.stdout);
    const yaml = await cli(['convert', 'form.json', '--to', 'yaml'], dir);
    writeFileSync(join(dir, 'form.yaml'), yaml.stdout);
    const md = await cli(['convert', 'form.yaml', '--to', 'md'], dir);
    writeFileSync(join(dir, 'again.md'), md.stdout);
    const key = (m: { ruleId: string; message: string; form: unknown; indicator: unknown; category: unknown }) =>
      [m.ruleId, m.message, m.form, m.indicator, m.category].join('|');
    const findings = async (file: string) => (await lintJson([file], dir)).results[0].messages.map(key).sort();
    const original = await findings('form.md');
    expect(original.length).toBeGreaterThan(0);
    for (const file of ['form.json', 'form.yaml', 'again.md']) expect(await findings(file)).toEqual(original);
  });

  it('refuses the options of a lint, rather than leaving them unread', async () => {
    const dir = tempProject({ 'form.md': MD_FORM });
    const r = await cli(['convert', 'form.md', '--to', 'json', '-o', 'form.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown argument: o');
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'form.json'))).toBe(false);
  });

  it('refuses a file it cannot read, naming the place', async () => {
    const dir = tempProject({ 'bad.yaml': 'forms: [\n' });
    const r = await cli(['convert', 'bad.yaml', '--to', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+/);
    expect(readFileSync(join(dir, 'bad.yaml'), 'utf8')).toBe('forms: [\n');
  });
});

describe('ptlint explain', () => {
  it('prints the rule\'s page with its examples, and refuses an unknown rule', async () => {
    const dir = tempProject({});
    const r = await cli(['explain', 'value-vague'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('value-vague');
    expect(r.stdout).toContain('检查什么');
    expect(r.stdout).toContain('✗');
    expect(r.stdout).toContain('✓');
    expect(r.stdout).not.toContain('```');
    const bad = await cli(['explain', 'value-vauge'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/value-vague/);
  });
});

describe('colour', () => {
  it('--color forces colour and --no-color turns it off', async () => {
    const dir = tempProject({ 'a.md': MD_FORM });
    expect((await cli(['a.md', '--color'], dir)).stdout).toMatch(/\u001b\[/);
    const plain = await cli(['a.md', '--no-color'], dir);
    expect(plain.code).toBe(1);
    expect(plain.stdout).not.toMatch(/\u001b\[/);
  });

  it('--color reaches explain too', async () => {
    const dir = tempProject({});
    expect((await cli(['explain', 'value-vague', '--color'], dir)).stdout).toMatch(/\u001b\[/);
    expect((await cli(['explain', 'value-vague'], dir)).stdout).not.toMatch(/\u001b\[/);
  });
});
