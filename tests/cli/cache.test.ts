import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempProject } from './run-cli.js';
import { MD_FORM } from './fixtures.js';

describe('ptlint --cache', () => {
  it('writes .ptlintcache in the working folder, or --cache-location, and gives the same report', async () => {
    const dir = tempProject({ 'a.md': MD_FORM });
    const plain = await cli(['a.md'], dir);
    expect(existsSync(join(dir, '.ptlintcache'))).toBe(false);
    const first = await cli(['a.md', '--cache'], dir);
    expect(existsSync(join(dir, '.ptlintcache'))).toBe(true);
    const second = await cli(['a.md', '--cache'], dir);
    expect([first, second]).toEqual([plain, plain]);

    const located = await cli(['a.md', '--cache', '--cache-location', 'tmp/lint-cache.json'], dir);
    expect(located).toEqual(plain);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'tmp/lint-cache.json'), 'utf8')).entries)).toEqual([join(dir, 'a.md')]);
  });

  it('says so when the cache cannot be written, and lints as usual', async () => {
    const dir = tempProject({ 'a.md': MD_FORM, 'blocker': 'a file, not a folder' });
    const plain = await cli(['a.md'], dir);
    const r = await cli(['a.md', '--cache', '--cache-location', 'blocker/cache.json'], dir);
    expect(r.code).toBe(plain.code);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toContain('blocker/cache.json');
  });
});
