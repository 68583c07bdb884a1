// The installed command itself: the built bin runs, colours only on a terminal, and exits with the right code.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/package-root.js';
import { tempProject } from './run-cli.js';
import { MD_FORM } from './fixtures.js';

const bin = packagePath('dist', 'src', 'cli', 'bin.cjs');

describe('bin (built by npm install / npm test)', () => {
  it('lints a file, without colour when piped, and exits 1 on errors', () => {
    const dir = tempProject({ 'a.md': MD_FORM });
    const r = spawnSync(process.execPath, [bin, 'a.md'], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: undefined } });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('value-unit-mismatch');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('prints its version', () => {
    const r = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('the built command file', () => {
  it('is executable, so that npx and package managers can run it', () => {
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });
});
