// The language server (`ptlint lsp --stdio`): diagnostics as forms are opened, edited and saved, quick fixes and
// inline disables as code actions, a rule's documentation on hover. Text forms are linted as the editor holds
// them, together with the workspace's other forms (for the run-scope rules); docx/xlsx from disk on open/save.
import { basename, extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind, createConnection, DidChangeWatchedFilesNotification, FileChangeType, StreamMessageReader,
  StreamMessageWriter, TextDocuments, TextDocumentSyncKind, type Connection, type Diagnostic as LspDiagnostic,
  type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtinRules } from '../../rules/index.js';
import { CONFIG_NAMES } from '../engine/config.js';
import { isWalkedForm } from '../engine/files.js';
import { LOCALES, type Locale } from '../engine/i18n.js';
import { Linter, type LintSource } from '../engine/lint.js';
import { VERSION } from '../version.js';
import { codeActions } from './actions.js';
import { toLspDiagnostic } from './convert.js';
import { hoverAt } from './hover.js';
import { isTextForm, TEXT_FORM_EXTENSIONS, WorkspaceForms } from './workspace.js';

const BINARY_FORM_EXTENSIONS = ['.docx', '.xlsx'];
/** Typing pauses this long before a form is linted again. */
const CHANGE_DELAY_MS = 150;

const isBinaryForm = (path: string) => BINARY_FORM_EXTENSIONS.includes(extname(path).toLowerCase());
const isConfig = (path: string) => CONFIG_NAMES.includes(basename(path));

function pathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export interface ServerOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  cwd: string;
  /** --locale or PTLINT_LOCALE; the client's initializationOptions.locale wins. */
  locale?: Locale;
}

/**
 * Starts the server on the given streams. Resolves, with the exit code the session ends with, when the client
 * says exit, closes its end, or sends what is not a message: 0 after a shutdown request, else 1.
 */
export function startServer({ input, output, cwd, locale: defaultLocale }: ServerOptions): Promise<number> {
  const reader = new StreamMessageReader(input);
  const connection = createConnection(reader, new StreamMessageWriter(output));
  let shutDown = false;
  connection.onShutdown(() => { shutDown = true; });
  const documents = new TextDocuments(TextDocument);
  const rules = builtinRules();
  const forms = new WorkspaceForms();
  const published = new Map<string, LspDiagnostic[]>();
  const configUris = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  let linter: Linter = new Linter(rules, { cwd });
  // The workspace's folders: a file is linted as its folder's walk would find it (not package.json, nor a file under
  // node_modules or a hidden folder, nor a config).
  let roots = [cwd];
  const isForm = (path: string) => (isTextForm(path) || isBinaryForm(path)) && isWalkedForm(path, roots);
  let locale: Locale = 'zh-CN';
  let watchDynamically = false;
  // Lints run one at a time, so that a config reload never interleaves with a lint.
  let queue: Promise<void> = Promise.resolve();

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri)).filter((p): p is string => p !== null);
    const rootPath = params.rootUri ? pathOf(params.rootUri) : null;
    if (folders.length === 0 && rootPath) folders.push(rootPath);
    const asked = (params.initializationOptions as { locale?: unknown } | undefined)?.locale ?? defaultLocale;
    const fixedLocale = (LOCALES as readonly unknown[]).includes(asked) ? (asked as Locale) : undefined;
    roots = folders.length ? folders : [cwd];
    linter = new Linter(rules, { cwd: roots[0], locale: fixedLocale });
    watchDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    queue = queue.then(() => forms.index(folders)).catch((error: unknown) => {
      connection.console.error(`ptlint: indexing the workspace failed: ${String(error)}`);
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
      },
      serverInfo: { name: 'ptlint', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (!watchDynamically) return;
    const exts = TEXT_FORM_EXTENSIONS.map((e) => e.slice(1)).join(',');
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/.ptlintrc.{yaml,yml,json}' }, { globPattern: `**/*.{${exts}}` }],
    });
  });

  const lint = (uris: string[]): Promise<void> => {
    queue = queue.then(() => lintNow(uris)).catch((error: unknown) => {
      connection.console.error(`ptlint: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    });
    return queue;
  };

  async function lintNow(uris: string[]): Promise<void> {
    const targets = uris.flatMap((uri) => {
      const doc = documents.get(uri);
      const path = pathOf(uri);
      return doc && path && isForm(path) ? [{ uri, doc, path, version: doc.version }] : [];
    });
    if (targets.length === 0) return;
    const encoder = new TextEncoder();
    const sources: LintSource[] = [];
    const open = new Set<string>();
    for (const doc of documents.all()) {
      const path = pathOf(doc.uri);
      if (!path || !isTextForm(path) || !isForm(path)) continue;
      open.add(path);
      sources.push({ path, bytes: encoder.encode(doc.getText()) });
    }
    // Word and Excel from disk: one that cannot be read gets a read-error saying why, as the CLI gives it.
    for (const t of targets) if (isBinaryForm(t.path)) sources.push({ path: t.path });
    sources.push(...await forms.sources(open));
    const run = await linter.lintSources(sources, new Set(targets.map((t) => t.path)));
    locale = run.locale;
    const byPath = new Map(run.results.map((r) => [r.filePath, r.diagnostics]));
    for (const t of targets) {
      // A newer text is on its way to being linted: these findings are stale.
      if (documents.get(t.uri)?.version !== t.version) continue;
      const diagnostics = (byPath.get(t.path) ?? []).map((d) => toLspDiagnostic(d, isBinaryForm(t.path), t.version));
      published.set(t.uri, diagnostics);
      await connection.sendDiagnostics({ uri: t.uri, diagnostics });
    }
    for (const result of run.results) {
      if (!isConfig(result.filePath)) continue;
      const uri = pathToFileURL(result.filePath).href;
      configUris.add(uri);
      await connection.sendDiagnostics({ uri, diagnostics: result.diagnostics.map((d) => toLspDiagnostic(d, false)) });
    }
  }

  const lintLater = (uri: string) => {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => { timers.delete(uri); void lint([uri]); }, CHANGE_DELAY_MS));
  };

  // onDidChangeContent also fires right after onDidOpen; the open handler has linted then.
  const justOpened = new Set<string>();
  documents.onDidOpen(({ document }) => {
    justOpened.add(document.uri);
    void lint([document.uri]);
  });
  documents.onDidSave(({ document }) => void lint([document.uri]));
  documents.onDidChangeContent(({ document }) => {
    if (justOpened.delete(document.uri)) return;
    const path = pathOf(document.uri);
    if (path && isTextForm(path) && isForm(path)) lintLater(document.uri);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    published.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    let configChanged = false;
    for (const change of changes) {
      const path = pathOf(change.uri);
      if (!path) continue;
      if (isConfig(path)) configChanged = true;
      else forms.update(path, change.type !== FileChangeType.Deleted);
    }
    if (configChanged) {
      queue = queue.then(async () => {
        linter.reloadConfigs();
        for (const uri of configUris) await connection.sendDiagnostics({ uri, diagnostics: [] });
        configUris.clear();
      });
    }
    void lint(documents.all().map((d) => d.uri));
  });

  // A request whose parameters are not what the protocol says gets no answer's worth: nothing, not an error.
  connection.onCodeAction((params) => {
    const uri = params?.textDocument?.uri;
    const diagnostics = params?.context?.diagnostics;
    const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
    const path = doc ? pathOf(doc.uri) : null;
    if (!doc || !path || !Array.isArray(diagnostics)) return [];
    return codeActions(doc, path, diagnostics.filter((d) => d !== null && typeof d === 'object'), locale);
  });

  connection.onHover((params) => {
    const uri = params?.textDocument?.uri;
    const position = params?.position;
    if (typeof uri !== 'string' || !position || typeof position !== 'object') return null;
    return hoverAt(published.get(uri) ?? [], position, rules, locale);
  });

  documents.listen(connection);
  connection.listen();
  return new Promise((resolve) => {
    const end = () => resolve(shutDown ? 0 : 1);
    connection.onExit(end);
    input.on('end', end);
    // A frame the reader cannot read (a bad Content-Length) leaves no way back into the stream: the client restarts.
    reader.onError((error) => {
      process.stderr.write(`ptlint lsp: ${error.message}\n`);
      end();
    });
  });
}
