// A minimal client: starts `ptlint lsp --stdio` (the workspace's own ptlint first, so that the version the
// project pins is the one that lints) and lets VS Code show what it publishes.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function ptlintCommand() {
  const configured = vscode.workspace.getConfiguration('ptlint').get('path');
  if (configured) return configured;
  const bin = process.platform === 'win32' ? 'ptlint.cmd' : 'ptlint';
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, 'node_modules', '.bin', bin);
    if (existsSync(local)) return local;
  }
  return bin;
}

async function activate(context) {
  const locale = vscode.workspace.getConfiguration('ptlint').get('locale');
  const command = ptlintCommand();
  // .cmd shims need a shell on Windows.
  const run = { command, args: ['lsp', '--stdio'], options: { shell: command.endsWith('.cmd') } };
  client = new LanguageClient('ptlint', 'ptlint', { run, debug: run }, {
    documentSelector: ['markdown', 'yaml', 'json'].map((language) => ({ scheme: 'file', language })),
    initializationOptions: locale ? { locale } : {},
  });
  context.subscriptions.push(client);
  await client.start();
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate };
