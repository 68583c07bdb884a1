// Runs the CLI in-process, capturing its output; and a temp-folder builder for end-to-end tests.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main.js';

export interface CliResult { code: number; stdout: string; stderr: string }

export async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, terminal = false): Promise<CliResult> {
  let stdout = '', stderr = '';
  const code = await main(args, { cwd, stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, color: false, env,
    progress: terminal });
  return { code, stdout, stderr };
}

export function tempProject(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ptlint-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export interface JsonMessage {
  ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number;
  form: string | null; indicator: string | null; category: string | null;
  /** Word and Excel sources: where to look (表3 第5行第4列, Sheet1!C12). */
  place?: string;
}
export interface JsonResult { filePath: string; messages: JsonMessage[]; errorCount: number; warningCount: number }

export async function lintJson(args: string[], cwd: string): Promise<{ code: number; results: JsonResult[]; stderr: string }> {
  const r = await cli([...args, '--format', 'json'], cwd);
  return { code: r.code, results: JSON.parse(r.stdout) as JsonResult[], stderr: r.stderr };
}
