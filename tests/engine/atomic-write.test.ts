import { chmodSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolders, writeAtomically } from '../../src/engine/atomic-write.js';

describe('makeFolders', () => {
  it('makes the folders that are missing, and is content with those that are there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptlint-folders-'));
    makeFolders(join(dir, 'a/b/c'));
    expect(existsSync(join(dir, 'a/b/c'))).toBe(true);
    makeFolders(join(dir, 'a/b'));
    makeFolders(dir);
  });

  // Node 20's recursive mkdirSync never returns here: the folder above exists, and none can be made in it.
  it.runIf(process.platform === 'linux')('throws where a folder cannot be made, rather than trying for ever', () => {
    expect(() => makeFolders('/proc/ptlint-nowhere/reports')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});

describe('writeAtomically', () => {
  it('writes a file a link names, keeping the link, even one the link names before it is there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptlint-write-'));
    symlinkSync('out/report.json', join(dir, 'report.json'));
    makeFolders(join(dir, 'out'));
    writeAtomically(join(dir, 'report.json'), '[]');
    expect(lstatSync(join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'out/report.json'), 'utf8')).toBe('[]');
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.json']);
  });

  it('keeps a private file private', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptlint-write-'));
    writeFileSync(join(dir, 'a.md'), 'old');
    chmodSync(join(dir, 'a.md'), 0o600);
    writeAtomically(join(dir, 'a.md'), 'new');
    expect(statSync(join(dir, 'a.md')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('new');
  });
});
