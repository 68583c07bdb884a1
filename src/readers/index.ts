// Which reader takes a file, by its ending. Readers load on demand so that start-up stays light.
import { extname } from 'node:path';
import type { Reader } from './types.js';

const LOADERS: Record<string, () => Promise<Reader>> = {
  '.md': async () => (await import('./markdown.js')).markdownReader,
  '.markdown': async () => (await import('./markdown.js')).markdownReader,
  '.yaml': async () => (await import('./yaml.js')).yamlReader,
  '.yml': async () => (await import('./yaml.js')).yamlReader,
  '.json': async () => (await import('./json.js')).jsonReader,
  '.txt': async () => (await import('./text-export.js')).textExportReader,
  '.docx': async () => (await import('./docx.js')).docxReader,
  '.xlsx': async () => (await import('./xlsx.js')).xlsxReader,
};

/** File endings ptlint reads, with the dot. */
export const SUPPORTED_EXTENSIONS = Object.keys(LOADERS);

export function isSupported(path: string): boolean {
  return extname(path).toLowerCase() in LOADERS;
}

/** Readers once loaded, by ending: a run asks for one per file. */
const loaded = new Map<string, Promise<Reader>>();

export function readerFor(path: string): Promise<Reader | undefined> {
  const ext = extname(path).toLowerCase();
  const load = LOADERS[ext];
  if (!load) return Promise.resolve(undefined);
  let reader = loaded.get(ext);
  if (!reader) loaded.set(ext, (reader = load()));
  return reader;
}
