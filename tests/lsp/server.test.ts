// End to end: the built CLI's language server over stdio, spoken to as an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, Hover, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MD_CLEAN, MD_FORM } from '../cli/fixtures.js';
import { buildXlsx } from '../helpers/xlsx-builder.js';

const BIN = resolve('dist/src/cli/bin.cjs');
const WAIT_MS = 10_000;

/** One server process and a client connection to it, with the diagnostics it publishes queued per document. */
class Client {
  readonly proc: ChildProcess;
  readonly rpc: MessageConnection;
  private readonly queued = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiting = new Map<string, (p: PublishDiagnosticsParams) => void>();
  registrations: unknown[] = [];

  constructor(cwd: string) {
    this.proc = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, PTLINT_LOCALE: 'en' } });
    this.rpc = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.rpc.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const waiter = this.waiting.get(p.uri);
      if (waiter) { this.waiting.delete(p.uri); waiter(p); } else (this.queued.get(p.uri) ?? this.queued.set(p.uri, []).get(p.uri)!).push(p);
    });
    this.rpc.onRequest('client/registerCapability', (params: { registrations: unknown[] }) => { this.registrations.push(...params.registrations); return null; });
    this.rpc.listen();
  }

  /** The next diagnostics published for `uri`, within WAIT_MS. */
  diagnostics(uri: string): Promise<Diagnostic[]> {
    const queued = this.queued.get(uri)?.shift();
    if (queued) return Promise.resolve(queued.diagnostics);
    return bounded(new Promise<PublishDiagnosticsParams>((done) => this.waiting.set(uri, done)), `diagnostics for ${uri}`)
      .then((p) => p.diagnostics);
  }

  /** Whether any diagnostics for `uri` have come that no one has taken yet. */
  hasPublished(uri: string): boolean {
    return (this.queued.get(uri)?.length ?? 0) > 0;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return bounded(this.rpc.sendRequest(method, params) as Promise<R>, method);
  }
}

function bounded<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), WAIT_MS); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const applyEdits = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), edits);
const editsOf = (action: CodeAction, uri: string) => action.edit!.changes![uri];

// A 一级指标 written as a variant (产出（工作量）指标 for 产出指标): category-nonstandard has a fix for it.
const MD_VARIANT = MD_FORM.replace('| 产出指标 |', '| 产出（工作量）指标 |');

describe('ptlint lsp --stdio', () => {
  let dir: string;
  let client: Client;
  let uri: string;
  let version = 0; // as Neovim numbers them: the first change is version 1
  const change = (text: string) => client.rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });

  beforeAll(async () => {
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: npm test builds it (npm run build)`);
    dir = mkdtempSync(join(tmpdir(), 'ptlint-lsp-'));
    writeFileSync(join(dir, '.ptlintrc.yaml'), 'extends: ptlint:recommended\n');
    // On disk only: the workspace index lets copied-indicator compare the open form with it.
    writeFileSync(join(dir, 'other.md'), MD_CLEAN.replace('安全生产防控经费', '消防宣传经费').replace('安全生产防控经费', '消防宣传经费'));
    uri = pathToFileURL(join(dir, 'form.md')).href;
    client = new Client(dir);
    const init = await client.request<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'forms' }],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    expect(init.capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: { codeActionKinds: ['quickfix'] } });
    client.rpc.sendNotification('initialized', {});
  });

  afterAll(() => {
    client?.rpc.dispose();
    client?.proc.kill();
  });

  it('publishes the exact range of the problem cell on open, with the rule id and its doc page', async () => {
    client.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text: MD_FORM } });
    const diagnostics = await client.diagnostics(uri);
    const d = diagnostics.find((x) => x.code === 'value-unit-mismatch')!;
    const line = MD_FORM.split('\n').findIndex((l) => l.includes('≥90满意度'));
    const character = MD_FORM.split('\n')[line].indexOf('≥90满意度');
    expect(d.range).toEqual({ start: { line, character }, end: { line, character: character + '≥90满意度'.length } });
    expect(d).toMatchObject({ severity: 1, source: 'ptlint' });
    expect(d.codeDescription!.href).toMatch(/docs\/rules\/value-unit-mismatch\.md$/);
    expect(d.message).toMatch(/[a-z]/); // PTLINT_LOCALE=en
    // The indicator is also in other.md on disk: the run-scope rule sees the workspace.
    expect(diagnostics.some((x) => x.code === 'copied-indicator')).toBe(true);
    expect(client.registrations).toHaveLength(1);
  });

  it('lints an Excel form from disk on open, on line 0 with the cell in the message', async () => {
    const header = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'];
    writeFileSync(join(dir, 'e.xlsx'), buildXlsx([{ name: '绩效目标', merges: ['A1:F1'], rows: [
      ['1、消防宣传经费绩效目标表', '', '', '', '', ''], ['项目名称', '消防宣传经费', '', '', '', ''], header,
      ['产出指标', '数量指标', '开展宣传活动次数', '全年开展宣传活动的次数', '≥6次', '年度工作计划'],
    ] }]));
    const xlsx = pathToFileURL(join(dir, 'e.xlsx')).href;
    client.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: xlsx, languageId: 'plaintext', version: 1, text: '' } });
    const copy = (await client.diagnostics(xlsx)).find((x) => x.code === 'copied-indicator')!;
    expect(copy.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    expect(copy.message).toMatch(/^绩效目标!C4：/);
    client.rpc.sendNotification('textDocument/didClose', { textDocument: { uri: xlsx } });
    expect(await client.diagnostics(xlsx)).toEqual([]);
  });

  it('says a Word form it cannot find on disk cannot be read', async () => {
    const docx = pathToFileURL(join(dir, 'gone.docx')).href;
    client.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: docx, languageId: 'plaintext', version: 1, text: '' } });
    expect(await client.diagnostics(docx)).toEqual([expect.objectContaining({ code: 'read-error', message: 'Cannot read the file: ENOENT' })]);
    client.rpc.sendNotification('textDocument/didClose', { textDocument: { uri: docx } });
    expect(await client.diagnostics(docx)).toEqual([]);
  });

  it('hovers the rule and its documentation over a finding', async () => {
    const line = MD_FORM.split('\n').findIndex((l) => l.includes('≥90满意度'));
    const character = MD_FORM.split('\n')[line].indexOf('≥90满意度') + 1;
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    expect(hover!.contents).toMatchObject({ kind: 'markdown' });
    expect((hover!.contents as { value: string }).value).toContain('# value-unit-mismatch');
    const none = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    expect(none).toBeNull();
  });

  it('offers a disable-line action that puts the comment in the last cell and silences the rule', async () => {
    const d = (await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] } }));
    expect(d).toEqual([]);
    client.rpc.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const diagnostic = (await client.diagnostics(uri)).find((x) => x.code === 'value-unit-mismatch')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const line = actions.find((a) => a.title === 'Disable value-unit-mismatch for this line')!;
    const fixed = applyEdits(MD_FORM, editsOf(line, uri));
    expect(fixed.split('\n')[diagnostic.range.start.line])
      .toBe('| 满意度指标 | 服务对象满意度指标 | 群众满意度 | 表示满意的群众比例 | ≥90满意度 | 问卷调查 <!-- ptlint-disable-line value-unit-mismatch --> |');
    change(fixed);
    expect((await client.diagnostics(uri)).map((x) => x.code)).not.toContain('value-unit-mismatch');
    const file = actions.find((a) => a.title === 'Disable value-unit-mismatch in this file')!;
    expect(applyEdits(MD_FORM, editsOf(file, uri))).toBe('<!-- ptlint-disable value-unit-mismatch -->\n' + MD_FORM);
  });

  it('offers the fix as a quick fix whose edit makes the text right', async () => {
    change(MD_VARIANT);
    const diagnostic = (await client.diagnostics(uri)).find((x) => x.code === 'category-nonstandard')!;
    const line = MD_VARIANT.split('\n')[diagnostic.range.start.line];
    expect(line.slice(diagnostic.range.start.character, diagnostic.range.end.character)).toBe('产出（工作量）指标');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.title).toBe('Fix: category-nonstandard');
    const fixed = applyEdits(MD_VARIANT, editsOf(fix, uri));
    expect(fixed).toBe(MD_FORM);
    change(fixed);
    expect((await client.diagnostics(uri)).map((x) => x.code)).not.toContain('category-nonstandard');
  });

  it('offers no fix worked out on an older text, where its offsets would land elsewhere', async () => {
    change(MD_VARIANT);
    const diagnostic = (await client.diagnostics(uri)).find((x) => x.code === 'category-nonstandard')!;
    // A line typed above it, and the editor moves the marker down before the text is linted again.
    change('补充说明\n' + MD_VARIANT);
    const { start, end } = diagnostic.range;
    const moved = { ...diagnostic, range: { start: { ...start, line: start.line + 1 }, end: { ...end, line: end.line + 1 } } };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: moved.range, context: { diagnostics: [moved] } });
    expect(actions.some((a) => a.isPreferred)).toBe(false);
    expect(actions.map((a) => a.title)).toContain('Disable category-nonstandard for this line');
    // The edited text's own lint, then the next text's.
    expect((await client.diagnostics(uri)).map((x) => x.code)).toContain('category-nonstandard');
    change(MD_FORM);
    expect((await client.diagnostics(uri)).map((x) => x.code)).not.toContain('category-nonstandard');
  });

  it('lints no file its folder walk would leave out: package.json, a config, a file under node_modules', async () => {
    const others = { 'package.json': '{ "name": "forms" }', '.ptlintrc.json': '{ "extends": "ptlint:recommended" }',
      'node_modules/pkg/form.md': MD_FORM };
    for (const [name, text] of Object.entries(others)) {
      client.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(join(dir, name)).href,
        languageId: name.endsWith('.md') ? 'markdown' : 'json', version: 1, text } });
    }
    // Lints run in turn: by the time the form's come, any for the files opened before would have.
    change(MD_FORM);
    await client.diagnostics(uri);
    for (const name of Object.keys(others)) expect(client.hasPublished(pathToFileURL(join(dir, name)).href)).toBe(false);
  });

  it('answers requests with parameters the protocol does not give with nothing, not an internal error', async () => {
    expect(await client.request('textDocument/codeAction', { textDocument: { uri }, range: null, context: { diagnostics: null } })).toEqual([]);
    expect(await client.request('textDocument/codeAction', { textDocument: { uri: 5 } })).toEqual([]);
    expect(await client.request('textDocument/codeAction', { textDocument: { uri }, context: { diagnostics: [null, 5, { range: null }] } })).toEqual([]);
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: null })).toBeNull();
  });

  it('re-lints open forms when the config changes', async () => {
    writeFileSync(join(dir, '.ptlintrc.yaml'), 'extends: ptlint:recommended\nrules:\n  value-unit-mismatch: "off"\n');
    client.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.ptlintrc.yaml')).href, type: 2 }] });
    const codes = (await client.diagnostics(uri)).map((x) => x.code);
    expect(codes).not.toContain('value-unit-mismatch');
    expect(codes).toContain('copied-indicator');
  });

  it('publishes no diagnostics for a clean text, and exits cleanly on shutdown/exit', async () => {
    rmSync(join(dir, 'other.md'));
    client.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, 'other.md')).href, type: 3 }] });
    await client.diagnostics(uri);
    change(MD_CLEAN);
    expect(await client.diagnostics(uri)).toEqual([]);
    await client.request('shutdown', null);
    const exited = new Promise<number | null>((done) => client.proc.on('exit', (code) => done(code)));
    client.rpc.sendNotification('exit');
    expect(await bounded(exited, 'exit')).toBe(0);
  });
});

describe('ptlint lsp --stdio, when the editor goes', () => {
  /** A server told the editor's process id (alive: this one), and how it ends after `then`. */
  async function ending(then: (stdin: NodeJS.WritableStream) => void): Promise<{ code: number | null; stderr: string }> {
    const proc = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr!.on('data', (d: Buffer) => { stderr += String(d); });
    const exited = new Promise<number | null>((done) => proc.on('exit', (code) => done(code)));
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
    proc.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    then(proc.stdin!);
    try {
      return { code: await bounded(exited, 'the server to end'), stderr };
    } finally {
      proc.kill();
    }
  }

  it('ends when the editor closes its end, though the editor\'s process lives on', async () => {
    expect((await ending((stdin) => stdin.end())).code).toBe(1);
  });

  it('ends, saying why, on a frame it cannot read, rather than wait on a stream it cannot follow', async () => {
    const { code, stderr } = await ending((stdin) => stdin.write('Content-Length: abc\r\n\r\n{}'));
    expect(code).toBe(1);
    expect(stderr).toContain('ptlint lsp: Content-Length');
  });
});
