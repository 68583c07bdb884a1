// The structural check of a Document against schemas/form.schema.json: one problem per schema violation, in
// words a form-filler understands, at the place in the file where the offending value (or key) stands.
import type { ErrorObject, ValidateFunction } from 'ajv';
import validateForm from './form-validator.generated.js';
import { joinPointer, type Loc, type SourceMap } from './source.js';
import type { Problem } from '../readers/types.js';

/** A source map that also knows where each mapping key stands (so that an unknown key can be pointed at). */
export interface KeyedSourceMap extends SourceMap {
  /** The location of the key whose value sits at `pointer`, if that value is a mapping entry. */
  locateKey(pointer: string): Loc | undefined;
}

/** The schema's check, compiled ahead by ajv (scripts/validators.ts), its errors verbose: with the data and schema. */
const check = validateForm as unknown as ValidateFunction;

export function checkDocument(data: unknown, sourceMap: SourceMap): Problem[] {
  if (check(data)) return [];
  return (check.errors ?? []).map((error) => toProblem(error, data, sourceMap));
}

function toProblem(error: ErrorObject, root: unknown, sourceMap: SourceMap): Problem {
  const pointer = error.instancePath;
  const at = (loc: Loc | undefined): Problem['loc'] => loc ?? sourceMap.locate(pointer);
  const problem = (messageId: Problem['messageId'], data: Problem['data'], loc?: Loc): Problem =>
    ({ messageId, data, loc: at(loc), severity: 'error' });
  const path = readablePath(pointer, root);
  const actual = show(error.data);
  switch (error.keyword) {
    case 'type': {
      if (pointer === '') return problem('schema-type-root', { actual });
      const types = ([] as string[]).concat(error.params.type as string | string[]);
      return problem('schema-type', { path, actual, expectedZh: typeList(types, 'zh'), expectedEn: typeList(types, 'en') });
    }
    case 'required': {
      const field = error.params.missingProperty as string;
      return problem('schema-required', { path: childPath(path, field) });
    }
    case 'additionalProperties': {
      const key = error.params.additionalProperty as string;
      const keyPointer = pointer + joinPointer(key);
      const loc = (sourceMap as Partial<KeyedSourceMap>).locateKey?.(keyPointer) ?? sourceMap.locate(keyPointer);
      const properties = (error.parentSchema as { properties?: Record<string, { description?: string }> } | undefined)?.properties ?? {};
      const suggestion = closest(key, properties);
      const data = { path: childPath(path, key) };
      return suggestion ? problem('schema-additional-suggest', { ...data, suggestion }, loc) : problem('schema-additional', data, loc);
    }
    case 'enum':
      return problem('schema-enum', { path, actual, allowed: (error.params.allowedValues as unknown[]).map(show).join(', ') });
    case 'minimum':
    case 'maximum':
      return problem('schema-limit', { path, actual, comparison: String(error.params.comparison), limit: String(error.params.limit) });
    default:
      return problem('schema', { path: path || '/', detail: error.message ?? error.keyword });
  }
}

const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  string: { zh: '文本', en: 'a string' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'an integer' },
  null: { zh: '空值（null）', en: 'null' },
  object: { zh: '映射（键: 值）', en: 'a mapping (key: value)' },
  array: { zh: '列表', en: 'a list' },
  boolean: { zh: '布尔值', en: 'true or false' },
};

function typeList(types: string[], lang: 'zh' | 'en'): string {
  const names = types.map((t) => TYPE_NAMES[t]?.[lang] ?? t);
  if (names.length === 1) return names[0];
  const head = names.slice(0, -1).join(lang === 'zh' ? '、' : ', ');
  return `${head}${lang === 'zh' ? '或' : ' or '}${names[names.length - 1]}`;
}

/** A value as a reader would recognise it in the file: "高", 5, null, […], {…}. */
function show(value: unknown): string {
  if (Array.isArray(value)) return '[…]';
  if (value !== null && typeof value === 'object') return '{…}';
  if (value === undefined) return '—';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 38)}…"` : text;
}

/** /forms/0/indicators/2/weight → forms[0].indicators[2].weight (indices told from keys by the data itself). */
function readablePath(pointer: string, root: unknown): string {
  if (pointer === '') return '';
  let out = '';
  let node = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) out += `[${key}]`;
    else out = childPath(out, key);
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  return out;
}

function childPath(path: string, key: string): string {
  const part = /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (part.startsWith('[')) return path + part;
  return path ? `${path}.${part}` : part;
}

/**
 * The known field an unknown one was most likely meant to be: the field whose Chinese name it is (三级指标 →
 * name; each description starts with it), or a field within a typo or two (nmae → name).
 */
function closest(key: string, properties: Record<string, { description?: string }>): string | undefined {
  const byLabel = Object.keys(properties).find((k) => properties[k].description?.split(/[：，；、（(\s]/)[0] === key);
  if (byLabel) return byLabel;
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(key.length / 3)) + 1;
  for (const candidate of Object.keys(properties)) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) { best = candidate; bestDistance = d; }
  }
  return best;
}

/** Optimal-string-alignment distance: edits, counting a swap of neighbours (nmae/name) as one. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
