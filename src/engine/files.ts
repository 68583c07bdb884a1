// From the command line's files, folders and globs to the list of files to lint.
import fs, { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { basename, extname, isAbsolute, relative, resolve } from 'node:path';
import { fdir } from 'fdir';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CONFIG_NAMES } from './config.js';
import { SUPPORTED_EXTENSIONS } from '../readers/index.js';

/** Never linted when a folder or glob is expanded: tools' own files, not forms. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', ...CONFIG_NAMES.map((n) => `**/${n}`),
  '**/package.json', '**/package-lock.json', '**/tsconfig*.json', '**/.pre-commit-*.yaml'];

/**
 * A repository's own documents (README.md, README_CN.md, CHANGELOG.md, LICENSE.txt), never forms: left out when a
 * folder or glob is expanded, as the tools' files are (a file named on the command line is linted all the same).
 */
const REPOSITORY_DOCUMENT = /^(readme|changelog|contributing|licen[cs]e|code_of_conduct)([._-][\w-]+)*\.(md|markdown|txt)$/i;

/**
 * The files a folder holds, at any depth, as the glob `**\/*.{md,…}` with ALWAYS_IGNORED finds them (hidden files
 * and folders left out, names matched case by case; but a file links reach by two paths, once), by walking it
 * with fdir, the walker under tinyglobby, without compiling globs: ~45 ms for a folder of 10,000 forms, against
 * ~95 ms through tinyglobby.
 */
async function filesIn(folder: string): Promise<{ files: string[]; unreadable: Expanded['unreadable'] }> {
  // fdir steps over a folder it cannot read and a link it cannot follow (suppressErrors): the run says which,
  // rather than miss their forms unsaid (a link to nothing, as the glob does, it leaves out unsaid).
  const unreadable: Expanded['unreadable'] = [];
  const noted = (path: string, error: NodeJS.ErrnoException | null) => {
    if (error && error.code !== 'ENOENT') unreadable.push({ path: resolve(path), code: error.code ?? String(error) });
  };
  type Done<T> = (error: NodeJS.ErrnoException | null, result: T) => void;
  const readdir = ((path: string, options: object, done: Done<fs.Dirent[]>) => {
    fs.readdir(path, { ...options, withFileTypes: true }, (error, entries) => {
      noted(path, error);
      done(error, entries);
    });
  }) as unknown as typeof fs.readdir;
  // fdir looks a link up with realpath: only a folder that holds a link can reach a file twice. A link the walk
  // would leave out by its name (hidden, node_modules, no form's ending) it may not follow without a word.
  let linked = false;
  const realpath = ((path: string, done: Done<string>) => {
    linked = true;
    fs.realpath(path, (error, resolved) => {
      const name = basename(path);
      if (name !== 'node_modules' && !name.startsWith('.') && (extname(name) === '' || isFormFile(name))) noted(path, error);
      done(error, resolved);
    });
  }) as unknown as typeof fs.realpath;
  const files = await new fdir({ resolvePaths: true, includeBasePath: true, resolveSymlinks: true,
    exclude: (name) => name.startsWith('.') || name === 'node_modules',
    filters: [(path) => isFormFile(path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1))],
    fs: { ...fs, realpath, readdir },
  }).crawl(folder).withPromise();
  return { files: linked ? onePathPerFile(files, folder) : files, unreadable };
}

/**
 * One path for each file of `folder` that links reach by several (a linked folder, a link to a folder above): its
 * own where the walk found it (no link on its way below the folder), else the first. Linted twice, a form was
 * found copied from itself.
 */
function onePathPerFile(paths: string[], folder: string): string[] {
  // The folder itself may be reached through a link (a linked project, macOS's /tmp): paths are its own below it.
  const realFolder = realPath(folder);
  const chosen = new Map<string, string>();
  for (const path of [...paths].sort()) {
    const file = realPath(path);
    if (!chosen.has(file) || relative(folder, path) === relative(realFolder, file)) chosen.set(file, path);
  }
  const kept = new Set(chosen.values());
  return paths.filter((path) => kept.has(path));
}

/** The file a path names, links followed; the path as it is where they cannot be (it is not there). */
export function realPath(path: string): string {
  try {
    return fs.realpathSync(path);
  } catch {
    return path;
  }
}

const FORM_EXTENSIONS = new Set(SUPPORTED_EXTENSIONS);

/**
 * Whether a walk of the folder it is in (the first of `folders` holding it) would lint the file at `path`, a file
 * in none by its name alone: a form's name, and no hidden or node_modules folder on its way. An editor asks it of
 * every file it opens.
 */
export function isWalkedForm(path: string, folders: readonly string[]): boolean {
  const within = folders.map((folder) => relative(folder, path)).find((rel) => !/^\.\.([\\/]|$)/.test(rel) && !isAbsolute(rel));
  const parts = (within ?? basename(path)).split(/[\\/]/);
  const name = parts.pop()!;
  return isFormFile(name) && !parts.some((p) => p === 'node_modules' || p.startsWith('.'));
}

/** Whether a file of this name is a form to lint when its folder is: ALWAYS_IGNORED, for names. */
function isFormFile(name: string): boolean {
  return !name.startsWith('.') && FORM_EXTENSIONS.has(extname(name)) && name !== 'package.json'
    && name !== 'package-lock.json' && !(name.startsWith('tsconfig') && name.endsWith('.json'))
    && !REPOSITORY_DOCUMENT.test(name);
}

export interface Expanded {
  /** Absolute paths, each once, sorted within each pattern. */
  files: Array<{ path: string }>;
  /** Patterns that matched nothing. */
  unmatched: string[];
  /** Paths that cannot be looked at (a link loop, a folder not to be entered), with the error's code. */
  unreadable: Array<{ path: string; code: string }>;
}

export async function expandPatterns(patterns: string[], cwd: string): Promise<Expanded> {
  const seen = new Set<string>();
  const out: Expanded = { files: [], unmatched: [], unreadable: [] };
  const add = (path: string) => {
    if (!seen.has(path)) { seen.add(path); out.files.push({ path }); }
  };
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    let stat: Stats | undefined;
    try {
      stat = statSync(abs, { throwIfNoEntry: false });
    } catch (error) {
      // The path is there but cannot be looked at: that file fails alone (a glob is still expanded).
      if (!isDynamicPattern(pattern)) {
        out.unreadable.push({ path: abs, code: (error as NodeJS.ErrnoException).code ?? String(error) });
        continue;
      }
    }
    let found: string[];
    if (stat?.isFile()) { add(abs); continue; }
    if (stat?.isDirectory()) {
      const walked = await filesIn(abs);
      found = walked.files;
      out.unreadable.push(...walked.unreadable);
      if (walked.unreadable.length > 0 && found.length === 0) continue;
    } else if (isDynamicPattern(pattern)) {
      found = (await glob(pattern, { cwd, absolute: true, ignore: ALWAYS_IGNORED, dot: false }))
        .filter((p) => !REPOSITORY_DOCUMENT.test(basename(p))).map((p) => resolve(p));
    } else {
      found = [];
    }
    if (found.length === 0) out.unmatched.push(pattern);
    for (const f of found.sort()) add(f);
  }
  return out;
}

/**
 * A file's bytes, or its size when it is larger than `maxBytes` (then it is not read). One open, one fstat and
 * one read: a stat before readFileSync looked the path up twice, a tenth of reading a small form.
 */
export function readFileWithin(path: string, maxBytes: number): { bytes: Uint8Array } | { tooLarge: number } {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) return { tooLarge: size };
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const n = readSync(fd, bytes, filled, size - filled, null);
      if (n === 0) break;
      filled += n;
    }
    // A file that shrank as it was read is what was there; one that grew is read up to its size at the start.
    return { bytes: filled < size ? bytes.subarray(0, filled) : bytes };
  } finally {
    closeSync(fd);
  }
}
