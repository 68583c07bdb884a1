import { defineRule, type DocumentNode, type FormNode } from '../src/engine/rule.js';
import { charCount, isBlank, textKey } from '../src/model/text.js';

interface Options {
  /**
   * Names at least this long (in characters of their text key) are specific: the name alone shows the copy.
   * A shorter name (工程量, 发放人数) is a copy only when its description was copied with it.
   */
  minLength: number;
  /** More generic indicators, besides the built-in lexicon. */
  generic: string[];
  /** How many project forms a document needs for the names common to all of them to count as its template. */
  templateForms: number;
}

/** The names present in every project form of a document with `minForms` or more: the document's template rows. */
function templateKeys(doc: DocumentNode, minForms: number): ReadonlySet<string> {
  const enough = Math.max(2, minForms);
  // Most documents hold one form: no template, and no key to work out.
  if (doc.forms.length < enough) return NO_KEYS;
  const keysOf = (form: FormNode) => new Set(form.indicators.filter((row) => !isBlank(row.indicator.name))
    .map((row) => textKey(row.indicator.name)));
  const forms = doc.forms.filter((f) => f.form.kind === 'project').map(keysOf).filter((keys) => keys.size > 0);
  if (forms.length < enough) return NO_KEYS;
  let common = forms[0];
  for (const keys of forms.slice(1)) {
    common = new Set([...common].filter((k) => keys.has(k)));
    if (common.size === 0) break;
  }
  return common;
}

const NO_KEYS: ReadonlySet<string> = new Set();

/** A form's name, as messages give it; its number where the file no longer has it (changed since checked). */
function formLabel(form: FormNode | undefined, index: number): string {
  return (form?.form.name || form?.form.title || `#${index + 1}`).trim();
}

/**
 * Per form, per row, the key a copy of the row would share (null: a row no copy is judged on), and a hash of the
 * wording around a specific name (0 for the others). A name alone is copied within a document, but units that
 * follow one policy name their indicators alike (村级办公经费标准): a copy from another file takes its wording
 * too. A number, not the wording itself, as every row's is kept and passed from the worker that checked its file.
 */
interface Keys {
  keys: Array<Array<string | null>>;
  wordings: number[][];
}

/** The wording a row's name stands with: its description, else its value and basis. */
function wordingOf(description: string | undefined, value: string | undefined, basis: string | undefined): string {
  return isBlank(description) ? [value, basis].map((t) => textKey(t ?? '')).join('|') : textKey(description!);
}

/** FNV-1a over a text's UTF-16 units: equal texts, equal numbers (and unequal ones, but by a chance in 2³²). */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Per occurrence of a name (its file, its key with wording; file by file, in reading order), how many copies it
 * has: the other forms of its file, and the forms of other files with its wording too. Counted by key over all,
 * and by key within each file's run, so that each count is a difference, not a pass over the others.
 */
function copyCounts(files: readonly number[], keys: readonly number[]): number[] {
  const all = new Map<number, number>();
  for (const key of keys) all.set(key, (all.get(key) ?? 0) + 1);
  const counts: number[] = [];
  for (let a = 0, b = 0; a < files.length; a = b) {
    while (b < files.length && files[b] === files[a]) b++;
    // Most files hold a name in one form: then its copies are the other files' forms with its key.
    if (b - a === 1) {
      counts.push(all.get(keys[a])! - 1);
      continue;
    }
    const here = new Map<number, number>();
    for (let k = a; k < b; k++) here.set(keys[k], (here.get(keys[k]) ?? 0) + 1);
    for (let k = a; k < b; k++) counts.push(b - a - 1 + all.get(keys[k])! - here.get(keys[k])!);
  }
  return counts;
}

export default defineRule<'run', Options, Keys>({
  meta: {
    id: 'copied-indicator',
    description: { 'zh-CN': '具体指标在其他表中逐字出现（疑似复制）', en: 'A specific indicator appears word for word in other forms (copied)' },
    severity: 'warn',
    scope: 'run',
    recommended: true,
    places: ['indicators/*/name'],
    options: {
      type: 'object',
      properties: {
        minLength: { type: 'integer', minimum: 1 },
        generic: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
        templateForms: { type: 'integer', minimum: 2 },
      },
      additionalProperties: false,
    },
    defaultOptions: { minLength: 8, generic: [], templateForms: 3 },
    messages: {
      copiedOne: {
        'zh-CN': '指标「{name}」与{others}中的指标逐字相同：具体指标应针对本项目的产出和效果，请按本项目的实际内容重新设定，或确认确属通用指标',
        en: 'Indicator "{name}" is word for word the same as in {othersEn}: a specific indicator should speak of this project\'s outputs and effects; rewrite it for this project, or confirm it is a generic one',
      },
      copiedMany: {
        'zh-CN': '指标「{name}」在其他 {count} 张表中逐字出现（如{others}）：具体指标应针对本项目的产出和效果，请按本项目的实际内容重新设定，或确认确属通用指标',
        en: 'Indicator "{name}" appears word for word in {count} other forms (such as {othersEn}): a specific indicator should speak of this project\'s outputs and effects; rewrite it for this project, or confirm it is a generic one',
      },
    },
  },
  collect(doc, context) {
    const { minLength, generic, templateForms } = context.options;
    const template = templateKeys(doc, templateForms);
    const keys: Keys['keys'] = [], wordings: Keys['wordings'] = [];
    for (const form of doc.forms) {
      const formKeys: Array<string | null> = [], formWordings: number[] = [];
      for (const { indicator } of form.indicators) {
        const { name, description, value, basis } = indicator;
        const key = isBlank(name) ? null : textKey(name);
        let kept: string | null = null, hash = 0;
        if (key !== null && !template.has(key) && !context.analysis.isGeneric(name, generic)) {
          const wording = wordingOf(description, value?.text, basis);
          if (charCount(key) >= minLength) [kept, hash] = [key, hashOf(wording)];
          // A short name is shared by chance; the same name with the same wording around it was copied.
          else if (wording.replace('|', '') !== '') kept = `${key}\u0000${wording}`;
        }
        formKeys.push(kept);
        formWordings.push(hash);
      }
      keys.push(formKeys);
      wordings.push(formWordings);
    }
    return { keys, wordings };
  },
  check(files, context) {
    // Where each key stands: the first row of that key in each form holding it, in reading order; one pass over
    // every row of the run. Most keys stand once: a key's first place is a number (its index in `places`, which
    // holds file, form and row in turn), and only a key found again gets a list.
    const places: number[] = [];
    const first = new Map<string, number>();
    const more = new Map<number, number[]>();
    for (let file = 0; file < files.length; file++) {
      // No keys where its collect failed (a rule-error on that file): the other files are still compared.
      const data = files[file].data?.keys;
      if (!data) continue;
      for (let form = 0; form < data.length; form++) {
        const keys = data[form];
        for (let row = 0; row < keys.length; row++) {
          const key = keys[row];
          if (key === null) continue;
          const at = places.push(file, form, row) - 3;
          const firstAt = first.get(key);
          if (firstAt === undefined) { first.set(key, at); continue; }
          let others = more.get(firstAt);
          // A form's rows come one after another: a key this form already holds is the last one's.
          const last = others ? others[others.length - 1] : firstAt;
          if (places[last] === file && places[last + 1] === form) continue;
          if (!others) more.set(firstAt, (others = []));
          others.push(at);
        }
      }
    }
    const occurrencesOf = (firstAt: number, others: number[]) => [firstAt, ...others]
      .map((at) => ({ file: places[at], form: places[at + 1], row: places[at + 2] }));

    const formOf = (at: { file: number; form: number }) => files[at.file].node.forms[at.form];
    type At = { file: number; form: number; row: number };
    const wordingAt = (at: At) => files[at.file].data!.wordings[at.form][at.row];
    for (const firstAt of first.values()) {
      const others = more.get(firstAt);
      if (!others) continue;
      const occurrences = occurrencesOf(firstAt, others);
      const copies = copyCounts(occurrences.map((at) => at.file), occurrences.map(wordingAt));
      const isCopy = (at: At, o: At) => (o.file === at.file ? o.form !== at.form : wordingAt(o) === wordingAt(at));
      for (const [i, at] of occurrences.entries()) {
        const count = copies[i];
        if (count === 0) continue;
        const row = formOf(at)?.indicators[at.row];
        // A file changed since it was checked may no longer have the row.
        if (!row) continue;
        // Name the first two copies, in reading order.
        const others: At[] = [];
        for (let k = 0; k < occurrences.length && others.length < 2; k++) {
          if (isCopy(at, occurrences[k])) others.push(occurrences[k]);
        }
        const named = (zh: boolean) => others.map((o) => {
          const label = zh ? `「${formLabel(formOf(o), o.form)}」` : `"${formLabel(formOf(o), o.form)}"`;
          if (o.file === at.file) return label;
          return zh ? `${label}（${files[o.file].file}）` : `${label} (${files[o.file].file})`;
        }).join(zh ? '、' : ', ');
        context.report({
          node: row, field: 'name', messageId: count === 1 ? 'copiedOne' : 'copiedMany',
          data: { name: row.indicator.name.trim(), count, others: named(true), othersEn: named(false) },
        });
      }
    }
  },
});
