import { defineRule, type DocumentNode, type FormNode, type IndicatorNode } from '../src/engine/rule.js';
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

function formLabel(form: FormNode): string {
  return (form.form.name || form.form.title || `#${form.index + 1}`).trim();
}

export default defineRule<'run', Options>({
  meta: {
    id: 'copied-indicator',
    description: { 'zh-CN': '具体指标在其他表中逐字出现（疑似复制）', en: 'A specific indicator appears word for word in other forms (copied)' },
    severity: 'warn',
    scope: 'run',
    recommended: true,
    places: ['indicators/*/name'],
    reads: ['kind', 'name', 'title', 'indicators/*/name', 'indicators/*/description', 'indicators/*/value/text', 'indicators/*/basis'],
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
  check(docs, context) {
    const { minLength, generic, templateForms } = context.options;
    const keyOf = (row: IndicatorNode, key: string): string | null => {
      const { name, description, value, basis } = row.indicator;
      if (isBlank(name) || context.analysis.isGeneric(name, generic)) return null;
      if (charCount(key) >= minLength) return key;
      // A short name is shared by chance; the same name with the same wording around it was copied.
      const wording = isBlank(description) ? [value?.text, basis].map((t) => textKey(t ?? '')).join('|') : textKey(description!);
      return wording.replace('|', '') === '' ? null : `${key}\u0000${wording}`;
    };

    // key → the first row of that name in each form holding it; one pass over every row of the run.
    const index = new Map<string, IndicatorNode[]>();
    for (const doc of docs) {
      const template = templateKeys(doc, templateForms);
      for (const form of doc.forms) {
        for (const row of form.indicators) {
          const nameKey = textKey(row.indicator.name);
          if (template.has(nameKey)) continue;
          const key = keyOf(row, nameKey);
          if (key === null) continue;
          let occurrences = index.get(key);
          if (!occurrences) index.set(key, (occurrences = []));
          // A form's rows come one after another: a key this form already holds is the last one's.
          else if (occurrences[occurrences.length - 1].parent === form) continue;
          occurrences.push(row);
        }
      }
    }

    for (const occurrences of index.values()) {
      if (occurrences.length < 2) continue;
      const count = occurrences.length - 1;
      for (const row of occurrences) {
        const form = row.parent;
        // Name the first two other forms: the list is in reading order, so this takes three entries at most.
        const others = occurrences.slice(0, 3).filter((o) => o.parent !== form).slice(0, 2).map((o) => o.parent);
        const named = (zh: boolean) => others.map((o) => {
          const label = zh ? `「${formLabel(o)}」` : `"${formLabel(o)}"`;
          if (o.doc === form.doc) return label;
          return zh ? `${label}（${o.doc.file}）` : `${label} (${o.doc.file})`;
        }).join(zh ? '、' : ', ');
        context.report({
          node: row, field: 'name', messageId: count === 1 ? 'copiedOne' : 'copiedMany',
          data: { name: row.indicator.name.trim(), count, others: named(true), othersEn: named(false) },
        });
      }
    }
  },
});
