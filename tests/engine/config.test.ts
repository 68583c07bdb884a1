import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { ConfigLoader, findConfigFile } from '../../src/engine/config.js';
import { entriesFor, isIgnored, settingsFor } from '../../src/engine/settings.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ptlint-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const loader = () => new ConfigLoader(builtinRules());

describe('config', () => {
  it('finds the nearest config file above a folder', () => {
    const dir = project({ '.ptlintrc.yaml': 'extends: ptlint:recommended\n', 'a/b/.ptlintrc.json': '{}', 'a/c/x.md': '' });
    expect(findConfigFile(join(dir, 'a', 'b'))).toBe(join(dir, 'a', 'b', '.ptlintrc.json'));
    expect(findConfigFile(join(dir, 'a', 'c'))).toBe(join(dir, '.ptlintrc.yaml'));
  });

  it('applies extends, rules, overrides by glob, and ignorePatterns', async () => {
    const dir = project({
      '.ptlintrc.yaml': [
        'extends: ptlint:recommended',
        'rules:',
        '  value-vague: off',
        '  copied-indicator: [error, { minLength: 8 }]',
        'overrides:',
        '  - files: ["drafts/**"]',
        '    rules: { value-empty: info, copied-indicator: warn }',
        'ignorePatterns: ["archive/"]',
      ].join('\n'),
    });
    const config = await loader().load(join(dir, '.ptlintrc.yaml'));
    expect(config.problems).toEqual([]);
    const main = settingsFor(entriesFor(config, join(dir, 'forms', 'a.md')), builtinRules());
    expect(main.has('value-vague')).toBe(false);
    expect(main.get('value-empty')?.severity).toBe('error');
    expect(main.get('copied-indicator')).toEqual({ severity: 'error', options: { minLength: 8 } });
    const draft = settingsFor(entriesFor(config, join(dir, 'drafts', 'a.md')), builtinRules());
    expect(draft.get('value-empty')?.severity).toBe('info');
    // A bare severity keeps the options set before it.
    expect(draft.get('copied-indicator')).toEqual({ severity: 'warning', options: { minLength: 8 } });
    expect(isIgnored(config, join(dir, 'archive', 'old.md'))).toBe(true);
    expect(isIgnored(config, join(dir, 'forms', 'archive.md'))).toBe(false);
  });

  it('reports an unknown rule at its line and keeps the rest', async () => {
    const dir = project({ '.ptlintrc.yaml': 'rules:\n  value-empty: warn\n  no-such-rule: error\n' });
    const config = await loader().load(join(dir, '.ptlintrc.yaml'));
    expect(config.problems).toHaveLength(1);
    expect(config.problems[0]).toMatchObject({ messageId: 'unknown-rule', data: { rule: 'no-such-rule' }, loc: { line: 3 } });
    expect(config.rules['value-empty']).toBe('warn');
  });

  it('reports a bad severity, bad options and broken YAML with their places', async () => {
    const dir = project({
      'a/.ptlintrc.yaml': 'rules:\n  value-empty: loud\n',
      'b/.ptlintrc.yaml': 'rules:\n  copied-indicator: [warn, { nope: 1 }]\n',
      'c/.ptlintrc.yaml': 'rules: [\n',
    });
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((d) => loader().load(join(dir, d, '.ptlintrc.yaml'))));
    expect(a.problems[0]).toMatchObject({ messageId: 'invalid', loc: { line: 2 } });
    expect(b.problems[0]).toMatchObject({ messageId: 'bad-options', data: { rule: 'copied-indicator' }, loc: { line: 2 } });
    expect(c.problems[0]).toMatchObject({ messageId: 'syntax' });
    expect(c.problems[0].loc?.line).toBeGreaterThanOrEqual(1);
  });

  it('names an unknown key, each at its own line', async () => {
    const dir = project({ '.ptlintrc.yaml': 'rulez:\n  value-empty: warn\nlocale: en\nfoo: 1\n' });
    const config = await loader().load(join(dir, '.ptlintrc.yaml'));
    expect(config.problems.map((p) => [p.messageId, p.data?.detail, p.loc?.line])).toEqual([
      ['invalid', 'unknown key "rulez"', 2], ['invalid', 'unknown key "foo"', 4],
    ]);
  });

  it('follows a relative extends and refuses a cycle or an unknown preset', async () => {
    const dir = project({
      'base.yaml': 'rules:\n  value-vague: info\n',
      '.ptlintrc.yaml': 'extends: [ptlint:recommended, ./base.yaml]\n',
      'x/.ptlintrc.yaml': 'extends: ./.ptlintrc.yaml\n',
      'y/.ptlintrc.yaml': 'extends: eslint:recommended\n',
    });
    const config = await loader().load(join(dir, '.ptlintrc.yaml'));
    expect(config.rules['value-vague']).toBe('info');
    expect(config.rules['value-empty']).toBe('error');
    expect((await loader().load(join(dir, 'x', '.ptlintrc.yaml'))).problems[0].messageId).toBe('extends-cycle');
    expect((await loader().load(join(dir, 'y', '.ptlintrc.yaml'))).problems[0].messageId).toBe('unknown-extends');
  });

  it('loads plugin rules named in the config', async () => {
    const dir = project({
      'my-rule.mjs': [
        'export default { meta: { id: "local/no-todo", description: { "zh-CN": "待办", en: "todo" }, severity: "warn",',
        '  scope: "indicator", recommended: false, messages: { todo: { "zh-CN": "含待办", en: "has TODO" } } },',
        '  check(node, ctx) { if (node.indicator.name.includes("TODO")) ctx.report({ node, messageId: "todo" }); } };',
      ].join('\n'),
      '.ptlintrc.yaml': 'plugins: [./my-rule.mjs]\nrules:\n  local/no-todo: error\n',
      'bad/.ptlintrc.yaml': 'plugins: [./missing.mjs]\n',
    });
    const config = await loader().load(join(dir, '.ptlintrc.yaml'));
    expect(config.problems).toEqual([]);
    expect(config.plugins.map((r) => r.meta.id)).toEqual(['local/no-todo']);
    expect(config.rules['local/no-todo']).toBe('error');
    const bad = await loader().load(join(dir, 'bad', '.ptlintrc.yaml'));
    expect(bad.problems[0]).toMatchObject({ messageId: 'plugin', loc: { line: 1 } });
    expect(bad.problems[0].data!.detail).toMatch(/^Cannot find module '.*missing\.mjs'$/);
  });
});
