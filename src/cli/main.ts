// The command line: lint (default), rules, explain, convert, lsp. Exit codes: 0 clean, 1 lint errors (or too
// many warnings), 2 bad usage, a bad config or a file that cannot be read.
import yargs from 'yargs';
import { LOCALES, type Locale } from '../engine/i18n.js';
import { FORMAT_NAMES } from '../formatters/index.js';
import { parseRuleFlags } from './rule-flag.js';
import { lintCommand } from './lint-command.js';
import { rulesCommand } from './rules-command.js';
import { convertCommand, CONVERT_TARGETS } from './convert-command.js';
import { printConfigCommand } from './print-config.js';
import { explainCommand } from './explain-command.js';
import { VERSION } from '../version.js';

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The output is a terminal that takes colour. */
  color: boolean;
  /** stderr is a terminal: long runs show a progress line there. */
  progress?: boolean;
  env: NodeJS.ProcessEnv;
}

export function defaultLocale(env: NodeJS.ProcessEnv): Locale | undefined {
  const v = env.PTLINT_LOCALE;
  return v && (LOCALES as readonly string[]).includes(v) ? (v as Locale) : undefined;
}

class UsageError extends Error {}

function parseConcurrency(value: string): number | 'auto' | undefined {
  if (value === 'auto') return 'auto';
  return /^[1-9][0-9]{0,2}$/.test(value) ? Number(value) : undefined;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let code = 0;
  let usageError: string | null = null;
  const parser = yargs(argv)
    .scriptName('ptlint')
    .usage('$0 [文件、目录或通配符…] · lint performance-target forms')
    .option('locale', { choices: LOCALES, describe: '消息语言（默认 zh-CN）· language of messages' })
    .option('color', { type: 'boolean', describe: '彩色输出（默认：输出是终端且未设 NO_COLOR 时）· colour the output' })
    // The options of a lint are the default command's: another command given one of them stops with a usage error
    // (strict), rather than leaving it unread.
    .command('$0 [patterns..]', '检查表单 · lint forms', (y) => y.positional('patterns', { type: 'string', array: true })
      .option('format', { alias: 'f', choices: FORMAT_NAMES, default: 'stylish', describe: '输出格式 · output format' })
      .option('output', { requiresArg: true, alias: 'o', type: 'string', describe: '把报告写入此文件（不输出到终端）· write the report to this file' })
      .option('config', { requiresArg: true, alias: 'c', type: 'string', describe: '使用此配置文件（不再查找 .ptlintrc）· use this config file' })
      .option('rule', { type: 'string', array: true, nargs: 1, describe: '覆盖规则设置，如 value-vague:off · set a rule, e.g. value-vague:off' })
      .option('max-warnings', { requiresArg: true, type: 'number', describe: '警告超过此数时以 1 退出 · exit 1 on more warnings than this' })
      .option('quiet', { type: 'boolean', default: false, describe: '只报告错误 · report errors only' })
      .option('baseline', { requiresArg: true, type: 'string', describe: '只报告不在此基线文件中的问题 · report only problems not in this baseline file' })
      .option('baseline-update', { requiresArg: true, type: 'string', describe: '把当前问题记入此基线文件 · record the current problems in this baseline file' })
      .conflicts('baseline', 'baseline-update')
      .option('concurrency', { requiresArg: true, type: 'string', default: 'auto', describe: '检查文件的线程数（本线程加 N−1 个工作线程）：auto 或数字，1 为不用工作线程 · threads checking the files (this one and N−1 workers): auto or a number (1: no workers)' })
      .option('cache', { type: 'boolean', default: false, describe: '跳过未改动的文件 · skip files unchanged since the last run' })
      .option('cache-location', { requiresArg: true, type: 'string', describe: '缓存文件，默认 .ptlintcache · the cache file (default .ptlintcache)' })
      .option('fix', { type: 'boolean', describe: '自动修复可修复的问题并写回 .md/.markdown/.yaml/.yml/.json 文件 · fix what can be fixed, in place' })
      .option('fix-dry-run', { type: 'boolean', describe: '给出修复结果但不写文件 · work out the fixes, write nothing' })
      .conflicts('fix', 'fix-dry-run')
      .option('print-config', { requiresArg: true, type: 'string', describe: '打印某文件适用的配置 · print the config that applies to a file' }), async (args) => {
      const rules = parseRuleFlags(args.rule ?? []);
      if ('error' in rules) { usageError = rules.error; return; }
      const common = { io: { ...io, color: args.color ?? io.color }, configFile: args.config, ruleEntries: rules.entries,
        locale: args.locale ?? defaultLocale(io.env) };
      if (args['print-config'] !== undefined) { code = await printConfigCommand(args['print-config'], common); return; }
      const maxWarnings = args['max-warnings'];
      if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
        usageError = '--max-warnings 应为不小于 0 的整数 · --max-warnings takes a whole number of 0 or more';
        return;
      }
      const concurrency = parseConcurrency(args.concurrency);
      if (concurrency === undefined) { usageError = `--concurrency 应为 auto 或 1–999 的整数 · --concurrency takes auto or a whole number from 1 to 999, not "${args.concurrency}"`; return; }
      const patterns = args.patterns ?? [];
      if (patterns.length === 0) { usageError = '请指定要检查的文件或目录，如 ptlint forms/ · give files or folders to lint, e.g. ptlint forms/'; return; }
      code = await lintCommand(patterns, { ...common, format: args.format, quiet: args.quiet, maxWarnings,
        baseline: args.baseline, baselineUpdate: args['baseline-update'], cache: args.cache, cacheLocation: args['cache-location'], output: args.output,
        fix: args.fix, fixDryRun: args['fix-dry-run'], concurrency });
    })
    .command('rules', '列出全部规则 · list every rule', () => {}, (args) => {
      code = rulesCommand(io, args.locale ?? defaultLocale(io.env) ?? 'zh-CN');
    })
    .command('explain <id>', '在终端显示规则说明 · show a rule\'s documentation', (y) => y
      .positional('id', { type: 'string', demandOption: true, describe: '规则 · rule id' }), (args) => {
      code = explainCommand(args.id, { ...io, color: args.color ?? io.color });
    })
    .command('convert <file>', '转换表单格式 · convert a form to another format', (y) => y
      .positional('file', { type: 'string', demandOption: true })
      .option('to', { choices: CONVERT_TARGETS, demandOption: true, describe: '目标格式 · target format' }), async (args) => {
      code = await convertCommand(args.file, args.to, io, args.locale ?? defaultLocale(io.env) ?? 'zh-CN');
    })
    .command('lsp', '启动语言服务器（编辑器用）· run the language server for editors', (y) => y
      .option('stdio', { type: 'boolean', default: true, describe: '经标准输入输出通信（唯一方式）· talk over stdin/stdout (the only transport)' }), async (args) => {
      // Loaded only here: the server's modules are not part of every CLI start.
      const { startServer } = await import('../lsp/server.js');
      const exitCode = await startServer({ input: process.stdin, output: process.stdout, cwd: io.cwd, locale: args.locale ?? defaultLocale(io.env) });
      // The session is over: the connection's watch on the editor's process would keep this one alive.
      process.exit(exitCode);
    })
    .version(VERSION)
    .alias('h', 'help')
    .alias('v', 'version')
    .strict()
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .exitProcess(false)
    .fail((message, error) => {
      // Stop parsing here: no command runs on bad usage.
      throw new UsageError(message ?? (error instanceof Error ? error.message : String(error)));
    });
  try {
    await parser.parseAsync();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    usageError = error.message;
  }
  if (usageError) {
    io.stderr(`ptlint: ${usageError}\n\n运行 ptlint --help 查看用法 · run ptlint --help for usage\n`);
    return 2;
  }
  return code;
}
