// What a run works out once per folder or per config, rather than per file: where the config file is, the
// entries and settings for files the same overrides apply to. Remembered answers must not go stale.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { ConfigLoader } from '../../src/engine/config.js';
import { entriesFor, settingsFor } from '../../src/engine/settings.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ptlint-config-memo-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('ConfigLoader.configFileFor', () => {
  it('finds the nearest config file, and finds a new one only after clear()', () => {
    const dir = project({ '.ptlintrc.yaml': 'extends: ptlint:recommended\n', 'a/x.md': '' });
    const loader = new ConfigLoader(builtinRules());
    expect(loader.configFileFor(join(dir, 'a'))).toBe(join(dir, '.ptlintrc.yaml'));
    writeFileSync(join(dir, 'a', '.ptlintrc.json'), '{}');
    expect(loader.configFileFor(join(dir, 'a'))).toBe(join(dir, '.ptlintrc.yaml'));
    loader.clear();
    expect(loader.configFileFor(join(dir, 'a'))).toBe(join(dir, 'a', '.ptlintrc.json'));
  });

  it('gives one default config object, so that what is made per config is made once', () => {
    const loader = new ConfigLoader(builtinRules());
    expect(loader.defaultConfig()).toBe(loader.defaultConfig());
    expect(loader.defaultConfig().rules['value-empty']).toBeDefined();
  });
});

describe('entriesFor and settingsFor', () => {
  it('share entries and settings between files the same overrides apply to, and not otherwise', async () => {
    const dir = project({
      '.ptlintrc.yaml': 'extends: ptlint:recommended\noverrides:\n  - files: ["drafts/**"]\n    rules: { value-empty: info }\n',
    });
    const config = await new ConfigLoader(builtinRules()).load(join(dir, '.ptlintrc.yaml'));
    const rules = builtinRules();
    const a = entriesFor(config, join(dir, 'forms', 'a.md'));
    const b = entriesFor(config, join(dir, 'forms', 'b.md'));
    const draft = entriesFor(config, join(dir, 'drafts', 'a.md'));
    expect(b).toBe(a);
    expect(draft).not.toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(settingsFor(b, rules)).toBe(settingsFor(a, rules));
    expect(settingsFor(a, rules).get('value-empty')?.severity).toBe('error');
    expect(settingsFor(draft, rules).get('value-empty')?.severity).toBe('info');
    // Command-line entries come last, per their object.
    expect(entriesFor(config, join(dir, 'forms', 'a.md'), { 'value-empty': 'off' })['value-empty']).toBe('off');
  });

  it('makes settings afresh from entries a caller built (which it may change)', () => {
    const rules = builtinRules();
    const entries = { 'value-empty': 'warn' as const };
    expect(settingsFor(entries, rules).get('value-empty')?.severity).toBe('warning');
    entries['value-empty'] = 'error' as never;
    expect(settingsFor(entries, rules).get('value-empty')?.severity).toBe('error');
  });
});
