import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { expandPatterns } from '../../src/engine/files.js';
import { SUPPORTED_EXTENSIONS } from '../../src/readers/index.js';
import { tempProject } from '../cli/run-cli.js';

// A folder as a department's repository holds it: forms beside tools' files, hidden and nested folders.
const TREE = [
  'a.md', 'b.yaml', 'c.yml', 'd.json', 'e.txt', 'f.docx', 'g.xlsx', 'upper.JSON', 'notes.pdf', 'README', 'x.md.bak',
  '.hidden.md', '.ptlintrc.yaml', '.pre-commit-config.yaml', 'package.json', 'package-lock.json', 'tsconfig.json',
  'tsconfig.base.json', 'my-tsconfig.json', 'packages.json',
  'sub/deep/h.md', 'sub/package.json', 'sub/.ptlintrc.yml', 'sub/tsconfig.build.json',
  'node_modules/pkg/i.md', 'sub/node_modules/j.json', '.git/k.md', '.drafts/l.md', 'sub/.cache/m.yaml',
  'node_modules_not/n.md', '中文目录/项目表.md', 'README.md', 'README_CN.md', 'readme.en.md', 'sub/CHANGELOG.md',
  'LICENSE.txt', 'readmenotes.md', 'security.md',
];

describe('expanding a folder', () => {
  it('finds what the glob **/*.{md,…} with the always-ignored files finds, sorted', async () => {
    const dir = tempProject(Object.fromEntries(TREE.map((name) => [name, 'x'])));
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'sub'), join(dir, 'linked'));
    const { files, unmatched } = await expandPatterns(['.'], dir);
    const found = files.map((f) => f.path);
    const extensions = SUPPORTED_EXTENSIONS.map((e) => e.slice(1)).join(',');
    const reference = (await glob(`**/*.{${extensions}}`, {
      cwd: dir, absolute: true, dot: false,
      ignore: ['**/node_modules/**', '**/.git/**', '**/.ptlintrc.yaml', '**/.ptlintrc.yml', '**/.ptlintrc.json',
        '**/package.json', '**/package-lock.json', '**/tsconfig*.json', '**/.pre-commit-*.yaml'],
    })).map((p) => resolve(p)).sort();
    // The glob finds sub/deep/h.md twice, through the link too: a file is linted once, by its own path. A
    // repository's own documents are no forms.
    const documents = /\/(README\.md|README_CN\.md|readme\.en\.md|CHANGELOG\.md|LICENSE\.txt)$/;
    expect(found).toEqual(reference.filter((p) => !p.includes('/linked/') && !documents.test(p)));
    expect(found.map((p) => p.slice(dir.length + 1))).toEqual(['a.md', 'b.yaml', 'c.yml', 'd.json', 'e.txt', 'f.docx',
      'g.xlsx', 'my-tsconfig.json', 'node_modules_not/n.md', 'packages.json', 'readmenotes.md', 'security.md',
      'sub/deep/h.md', '中文目录/项目表.md']);
    // A glob leaves them out too; named, a file is linted whatever its name.
    expect((await expandPatterns(['*.md'], dir)).files.map((f) => f.path.slice(dir.length + 1)))
      .toEqual(['a.md', 'readmenotes.md', 'security.md']);
    expect((await expandPatterns(['README.md'], dir)).files.map((f) => f.path.slice(dir.length + 1))).toEqual(['README.md']);
    expect(unmatched).toEqual([]);
  });

  it('walks a linked folder by the link\'s path, and a link back up once', async () => {
    const dir = tempProject({ 'forms/a.md': 'x', 'shared/b.md': 'x' });
    symlinkSync(join(dir, 'shared'), join(dir, 'forms/shared'));
    symlinkSync('..', join(dir, 'forms/up'));
    const found = (await expandPatterns(['forms'], dir)).files.map((f) => f.path.slice(dir.length + 1));
    expect(found).toEqual(['forms/a.md', 'forms/shared/b.md']);
  });

  it('walks a folder reached through a link by its own paths below it', async () => {
    const dir = tempProject({ 'real/forms/a/x.md': 'x' });
    symlinkSync(join(dir, 'real'), join(dir, 'alias'));
    symlinkSync('a', join(dir, 'real/forms/0link'));
    const found = (await expandPatterns(['alias/forms'], dir)).files.map((f) => f.path.slice(dir.length + 1));
    expect(found).toEqual(['alias/forms/a/x.md']);
  });

  it('says which links in a folder lead nowhere it can go, and leaves out a link to nothing or one it would not walk', async () => {
    const dir = tempProject({ 'forms/a.md': 'x' });
    symlinkSync('l2', join(dir, 'forms/l1'));
    symlinkSync('l1', join(dir, 'forms/l2'));
    symlinkSync('nothing.md', join(dir, 'forms/dangling.md'));
    symlinkSync('.loop', join(dir, 'forms/.loop'));
    symlinkSync('y.pdf', join(dir, 'forms/y.pdf'));
    const { files, unreadable } = await expandPatterns(['forms'], dir);
    expect(files.map((f) => f.path)).toEqual([join(dir, 'forms/a.md')]);
    expect(unreadable.sort((x, y) => x.path.localeCompare(y.path))).toEqual([
      { path: join(dir, 'forms/l1'), code: 'ELOOP' }, { path: join(dir, 'forms/l2'), code: 'ELOOP' },
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('says which folder it could not enter', async () => {
    const dir = tempProject({ 'forms/a.md': 'x', 'forms/locked/b.md': 'x' });
    chmodSync(join(dir, 'forms/locked'), 0);
    try {
      const { files, unreadable } = await expandPatterns(['forms'], dir);
      expect(files.map((f) => f.path)).toEqual([join(dir, 'forms/a.md')]);
      expect(unreadable).toEqual([{ path: join(dir, 'forms/locked'), code: 'EACCES' }]);
    } finally {
      chmodSync(join(dir, 'forms/locked'), 0o755);
    }
  });

  it('says when a folder holds no form', async () => {
    const dir = tempProject({ 'notes/a.pdf': 'x', 'notes/.b.md': 'x' });
    expect(await expandPatterns(['notes'], dir)).toEqual({ files: [], unmatched: ['notes'], unreadable: [] });
  });
});
