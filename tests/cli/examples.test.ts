// The examples are the front door: the clean ones stay clean under every rule, the others show what ptlint finds.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/package-root.js';
import { lintJson, tempProject } from './run-cli.js';

describe('examples/', () => {
  it('no rule fires on the clean forms, even with every rule on', async () => {
    const config = join(tempProject({}), 'all.yaml');
    writeFileSync(config, 'extends: ptlint:all\n');
    const { code, results } = await lintJson([packagePath('examples', 'clean'), '--config', config], packagePath());
    expect(results.length).toBeGreaterThanOrEqual(2);
    expect(results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    expect(code).toBe(0);
  });

  it('the problem forms show findings of many rules, and exit 1', async () => {
    const { code, results } = await lintJson([packagePath('examples')], packagePath());
    const rules = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect(code).toBe(1);
    expect(rules.size).toBeGreaterThanOrEqual(10);
    expect([...rules].filter((r) => r.endsWith('-error'))).toEqual([]);
  });
});
