import { resolve } from 'node:path';
import { entriesFor, isIgnored } from '../engine/settings.js';
import { createLinter, type CommonOptions } from './lint-command.js';

/** Prints, as JSON, the configuration that applies to one file. */
export async function printConfigCommand(file: string, options: CommonOptions): Promise<number> {
  const { io } = options;
  const linter = createLinter(options);
  if (typeof linter === 'string') { io.stderr(`ptlint: ${linter}\n`); return 2; }
  const path = resolve(io.cwd, file);
  const config = await linter.configFor(path);
  const rules = entriesFor(config, path, options.ruleEntries);
  io.stdout(JSON.stringify({
    configFile: config.file,
    locale: options.locale ?? config.locale ?? 'zh-CN',
    ignored: isIgnored(config, path),
    plugins: config.plugins.map((r) => r.meta.id),
    rules: Object.fromEntries(Object.entries(rules).sort(([a], [b]) => a.localeCompare(b))),
    problems: config.problems.map((p) => ({ file: p.file, line: p.loc?.line, messageId: p.messageId, data: p.data })),
  }, null, 2) + '\n');
  return config.problems.length ? 2 : 0;
}
