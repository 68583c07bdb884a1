import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packagePath } from '../../src/package-root.js';

interface Hook { id: string; entry: string; language: string; files: string; pass_filenames: boolean; require_serial: boolean }

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(packagePath('.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

  it('offers the hook ptlint, running the repository\'s own ptlint on the files given, all in one run', () => {
    expect(hooks.map((h) => h.id)).toEqual(['ptlint']);
    const [hook] = hooks;
    const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(hook).toMatchObject({ entry: 'npx --no-install ptlint', language: 'system', pass_filenames: true, require_serial: true });
    expect(Object.keys(pkg.bin)).toContain(hook.entry.split(' ').at(-1));
  });

  it('takes the formats ptlint reads, and no others', () => {
    const files = new RegExp(hooks[0].files);
    for (const name of ['forms/a.md', 'b.yaml', 'c.yml', 'd.json', 'e.txt', 'f.docx', 'g.xlsx']) expect(files.test(name)).toBe(true);
    for (const name of ['notes.pdf', 'script.ts', 'md', 'a.mdx']) expect(files.test(name)).toBe(false);
  });
});
