import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolders } from '../../src/engine/atomic-write.js';

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
