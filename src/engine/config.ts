// Configuration: finding .ptlintrc.{yaml,yml,json}, reading and checking it, following `extends`, loading
// plugins. The nearest config file above a linted file applies to it; `--config` replaces the search.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import type { Document as YamlDocument } from 'yaml';
import type { Ajv as AjvClass, ErrorObject } from 'ajv';
import { LineIndex, joinPointer, type Loc } from '../model/source.js';
import { mergeLexicons, type LexiconSettings } from '../model/analysis.js';
import validateConfigData from './config-validator.generated.js';
import { CONFIG_MESSAGES, type ConfigMessageId } from './config-messages.js';
import { isPreset, merge, presetRules, PRESET_NAMES, type RuleEntries, type RuleEntry } from './presets.js';
import type { AnyRule } from './rule.js';
import type { Locale, MessageData } from './i18n.js';

export const CONFIG_NAMES = ['.ptlintrc.yaml', '.ptlintrc.yml', '.ptlintrc.json'];

export interface ConfigProblem {
  file: string;
  loc?: Loc;
  messageId: ConfigMessageId;
  data?: MessageData;
}

export interface Override {
  /** Folder the globs are relative to. */
  base: string;
  files: string[];
  excludedFiles: string[];
  rules: RuleEntries;
}

/** A configuration with its `extends` followed: what applies to the files below it. */
export interface Config {
  /** The config file, or null for the built-in default. */
  file: string | null;
  rules: RuleEntries;
  overrides: Override[];
  ignores: Array<{ base: string; pattern: string }>;
  plugins: AnyRule[];
  lexicon: LexiconSettings;
  locale?: Locale;
  problems: ConfigProblem[];
}

interface RawConfig {
  extends?: string | string[];
  locale?: Locale;
  rules?: Record<string, RuleEntry>;
  overrides?: Array<{ files: string | string[]; excludedFiles?: string | string[]; rules?: Record<string, RuleEntry> }>;
  ignorePatterns?: string[];
  plugins?: string[];
  lexicon?: LexiconSettings;
}

/** The schema's check, compiled ahead by ajv (scripts/validators.ts). */
const validateConfig = validateConfigData as unknown as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** The config file that applies to files in `dir`: the nearest one in it or above it. */
export function findConfigFile(dir: string): string | null {
  for (let d = resolve(dir); ; d = dirname(d)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(d, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(d) === d) return null;
  }
}

/**
 * A located YAML/JSON text: its data and where each JSON pointer sits. The YAML library is loaded when a config
 * file is read: a run without one (and its worker threads) starts without it.
 */
async function parseLocated(text: string): Promise<{ data: unknown; doc: YamlDocument; locate: (pointer: string) => Loc | undefined }> {
  const { parseDocument, isNode } = await import('yaml');
  const doc = parseDocument(text, { uniqueKeys: true });
  const lines = new LineIndex(text);
  const locate = (pointer: string): Loc | undefined => {
    const keys = pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    for (let n = keys.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true);
      if (isNode(node) && node.range) return lines.loc(node.range[0], node.range[1]);
    }
    return undefined;
  };
  return { data: doc.errors.length ? undefined : doc.toJS(), doc, locate };
}

export class ConfigLoader {
  private readonly cache = new Map<string, Promise<Config>>();
  /** Folder → the config file that applies to its files: a run asks for every file, and most share a folder. */
  private readonly found = new Map<string, string | null>();
  private fallback: Config | undefined;
  constructor(private readonly rules: Map<string, AnyRule>) {}

  /**
   * The built-in default: ptlint:recommended. One object for every file without a config file, so that what is
   * made per config (the analysis, the settings) is made once.
   */
  defaultConfig(): Config {
    return (this.fallback ??= {
      file: null, rules: presetRules('ptlint:recommended', this.rules.values()), overrides: [], ignores: [], plugins: [], lexicon: {}, problems: [],
    });
  }

  /** findConfigFile, remembered per folder until clear(). */
  configFileFor(dir: string): string | null {
    const path = resolve(dir);
    let file = this.found.get(path);
    if (file === undefined) this.found.set(path, (file = findConfigFile(path)));
    return file;
  }

  /** Forgets every loaded config and where config files were found (a config file changed, or was added). */
  clear(): void {
    this.cache.clear();
    this.found.clear();
  }

  load(file: string): Promise<Config> {
    const path = resolve(file);
    let config = this.cache.get(path);
    if (!config) {
      config = this.read(path, []);
      this.cache.set(path, config);
    }
    return config;
  }

  private async read(path: string, chain: string[]): Promise<Config> {
    const config: Config = { file: path, rules: {}, overrides: [], ignores: [], plugins: [], lexicon: {}, problems: [] };
    const problem = (messageId: ConfigMessageId, data?: MessageData, loc?: Loc) => config.problems.push({ file: path, messageId, data, loc });
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      problem('unreadable', { detail: (error as NodeJS.ErrnoException).code ?? String(error) });
      return config;
    }
    const { data, doc, locate } = await parseLocated(text);
    if (doc.errors.length) {
      const e = doc.errors[0];
      problem('syntax', { detail: e.message.split('\n')[0] }, new LineIndex(text).loc(e.pos[0], e.pos[1]));
      return config;
    }
    const raw = (data ?? {}) as RawConfig;
    if (!validateConfig(raw)) {
      for (const e of validateConfig.errors ?? []) {
        if (e.keyword === 'oneOf' || e.keyword === 'if') continue;
        // An unknown key is named, and placed at what it holds.
        const extra = e.keyword === 'additionalProperties'
          ? (e.params as { additionalProperty: string }).additionalProperty : undefined;
        const at = extra === undefined ? e.instancePath : e.instancePath + joinPointer(extra);
        const detail = extra === undefined ? e.message ?? e.keyword : `unknown key "${extra}"`;
        problem('invalid', { path: at || '/', detail }, locate(at));
      }
      return config;
    }
    const dir = dirname(path);
    config.locale = raw.locale;
    for (const [i, name] of list(raw.extends).entries()) {
      const at = locate(typeof raw.extends === 'string' ? '/extends' : `/extends/${i}`);
      if (isPreset(name)) { merge(config.rules, presetRules(name, this.rules.values())); continue; }
      if (!/^\.{1,2}[\\/]/.test(name) && !isAbsolute(name)) {
        problem('unknown-extends', { name, presets: PRESET_NAMES.join('、') }, at);
        continue;
      }
      const target = resolve(dir, name);
      if (chain.includes(target) || target === path) { problem('extends-cycle', { name }, at); continue; }
      const base = await this.read(target, [...chain, path]);
      merge(config.rules, base.rules);
      config.overrides.push(...base.overrides);
      config.ignores.push(...base.ignores);
      config.plugins.push(...base.plugins);
      config.lexicon = mergeLexicons(config.lexicon, base.lexicon);
      config.problems.push(...base.problems);
      config.locale ??= base.locale;
    }
    for (const [i, name] of (raw.plugins ?? []).entries()) {
      try {
        config.plugins.push(...(await loadPlugin(name, dir)));
      } catch (error) {
        // Node names the module that imported it, ptlint's own: not the user's to look for.
        const detail = (error instanceof Error ? error.message : String(error)).replace(/ imported from .*$/s, '');
        problem('plugin', { name, detail }, locate(`/plugins/${i}`));
      }
    }
    const known = new Map(this.rules);
    for (const rule of config.plugins) known.set(rule.meta.id, rule);
    const check = (entries: Record<string, RuleEntry> | undefined, pointer: string) => {
      for (const [id, entry] of Object.entries(entries ?? {})) {
        const rule = known.get(id);
        const loc = locate(pointer + joinPointer(id));
        if (!rule) { problem('unknown-rule', { rule: id }, loc); delete entries![id]; continue; }
        const detail = optionsError(rule, entry);
        if (detail) { problem('bad-options', { rule: id, detail }, loc); delete entries![id]; }
      }
    };
    check(raw.rules, '/rules');
    merge(config.rules, raw.rules ?? {});
    for (const [i, o] of (raw.overrides ?? []).entries()) {
      check(o.rules, `/overrides/${i}/rules`);
      config.overrides.push({ base: dir, files: list(o.files), excludedFiles: list(o.excludedFiles), rules: o.rules ?? {} });
    }
    for (const pattern of raw.ignorePatterns ?? []) config.ignores.push({ base: dir, pattern });
    if (raw.lexicon) config.lexicon = mergeLexicons(config.lexicon, raw.lexicon);
    return config;
  }
}

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : typeof v === 'string' ? [v] : v);

const optionValidators = new WeakMap<AnyRule, ((data: unknown) => boolean) & { errors?: ErrorObject[] | null }>();

/** Why a rule entry's options do not fit the rule's options schema, or null. */
export function optionsError(rule: AnyRule, entry: RuleEntry): string | null {
  if (!Array.isArray(entry) || entry[1] === undefined) return null;
  const schema = rule.meta.options ?? { type: 'object', additionalProperties: false };
  let validate = optionValidators.get(rule);
  if (!validate) {
    // Loaded only for a config that gives a rule options: ajv takes ~60 ms to load, and most runs need it not.
    const { Ajv } = createRequire(import.meta.url)('ajv') as { Ajv: typeof AjvClass };
    validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    optionValidators.set(rule, validate);
  }
  if (validate(entry[1])) return null;
  return (validate.errors ?? []).map((e) => `${e.instancePath || 'options'} ${e.message}`).join('; ');
}

async function loadPlugin(name: string, dir: string): Promise<AnyRule[]> {
  const target = /^\.{1,2}[\\/]/.test(name) || isAbsolute(name)
    ? pathToFileURL(resolve(dir, name)).href
    : pathToFileURL(createRequire(join(dir, 'noop.js')).resolve(name)).href;
  const mod = (await import(target)) as { default?: unknown; rules?: unknown };
  const exported = mod.default ?? mod;
  const candidates = Array.isArray(exported) ? exported
    : isRule(exported) ? [exported]
    : (exported as { rules?: unknown }).rules;
  const rules = Array.isArray(candidates) ? candidates : candidates && typeof candidates === 'object' ? Object.values(candidates) : [];
  if (rules.length === 0 || !rules.every(isRule)) throw new Error('a plugin exports a rule ({ meta, check }), an array of rules, or { rules }');
  return rules;
}

function isRule(v: unknown): v is AnyRule {
  const r = v as AnyRule;
  return !!r && typeof r === 'object' && typeof r.check === 'function' && typeof r.meta?.id === 'string'
    && typeof r.meta.messages === 'object' && ['indicator', 'form', 'document', 'run'].includes(r.meta.scope);
}
