import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readerFor } from '../readers/index.js';
import { READER_MESSAGES } from '../readers/messages.js';
import { readBytes } from '../engine/lint.js';
import { localize, type Locale } from '../engine/i18n.js';
import type { Document } from '../model/types.js';
import type { Io } from './main.js';

export const CONVERT_TARGETS = ['json', 'yaml', 'md'] as const;
type Target = (typeof CONVERT_TARGETS)[number];

const WRITERS: Record<Target, () => Promise<(d: Document) => string>> = {
  json: async () => (await import('../writers/json.js')).toJson,
  yaml: async () => (await import('../writers/yaml.js')).toYaml,
  md: async () => (await import('../writers/markdown.js')).toMarkdown,
};

/** Reads a form in any format and prints it in another. Problems go to stderr; errors mean exit 2. */
export async function convertCommand(file: string, to: Target, io: Io, locale: Locale): Promise<number> {
  const path = resolve(io.cwd, file);
  const reader = await readerFor(path);
  if (!reader) { io.stderr(`ptlint: ${file}: 不支持的文件类型 · unsupported file type\n`); return 2; }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    io.stderr(`ptlint: ${file}: 无法读取文件 · cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})\n`);
    return 2;
  }
  const outcome = await readBytes(path, bytes, reader);
  if ('failure' in outcome) { io.stderr(`ptlint: ${file}: ${localize(outcome.failure, locale, outcome.data)}\n`); return 2; }
  const { read } = outcome;
  const { problems } = read;
  for (const p of problems) {
    const where = p.loc ? `:${p.loc.line}:${p.loc.column}` : '';
    io.stderr(`${file}${where}: ${localize(READER_MESSAGES[p.messageId], locale, p.data)}\n`);
  }
  if (!read.document || problems.some((p) => p.severity === 'error')) return 2;
  io.stdout((await WRITERS[to]())(read.document));
  return 0;
}
