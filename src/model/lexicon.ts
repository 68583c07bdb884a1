// Word lists rules share: the phrases that make a value unmeasurable, and the indicators every project may
// carry. Kept here, as data, so that configuration can extend them.
import { compact, textKey } from './text.js';

// An adverb of degree before a verb of change is the typical unmeasurable target: 明显提高, 有所提升, 逐渐完善.
const DEGREE = ['明显', '显著', '有效', '有所', '逐渐', '逐步', '不断', '进一步', '大幅', '大力', '全面', '切实', '持续', '稳步',
  '较大', '一定程度', '大大', '稳定', '得到', '有力', '积极'];
const CHANGE = ['提高', '提升', '改善', '增强', '完善', '加强', '扩大', '增加', '增长', '减少', '降低', '下降', '优化', '推进',
  '促进', '改进', '好转', '缓解', '规范', '健全', '丰富', '保障', '巩固', '加快', '强化'];

/** Phrases that name no quantity a target could be checked against. */
export const VAGUE_PHRASES: readonly string[] = [
  ...DEGREE.flatMap((d) => CHANGE.map((c) => d + c)),
  ...CHANGE,
  '效果明显', '效果显著', '效果良好', '成效明显', '成效显著', '作用明显', '明显', '显著',
  '根据实际情况', '根据实际', '按实际情况', '按实际', '视情况', '据实', '按需',
  '及时', '随时', '尽快', '长期', '持续', '稳定', '安全', '有效', '积极', '和谐', '平稳', '良性', '正常运转', '正常开展',
  '顺利开展', '顺利', '严密', '不断', '逐步', '逐渐',
];

const VAGUE_KEYS = VAGUE_PHRASES.map(compact);

/** The phrases looked for, built-in and extra, compacted: once per list of extra phrases (an analysis holds one). */
const vagueKeys = new WeakMap<readonly string[], readonly string[]>();
function vagueKeysWith(extra: readonly string[]): readonly string[] {
  if (extra.length === 0) return VAGUE_KEYS;
  let keys = vagueKeys.get(extra);
  if (!keys) vagueKeys.set(extra, (keys = [...VAGUE_KEYS, ...extra.map(compact)]));
  return keys;
}

/** The vague phrase a value is written in, the longest found (extra phrases from configuration count too); null if none. */
export function findVaguePhrase(text: string, extra: readonly string[] = []): string | null {
  const t = compact(text);
  let best: string | null = null;
  for (const p of vagueKeysWith(extra)) {
    if (p !== '' && t.includes(p) && (!best || p.length > best.length)) best = p;
  }
  return best;
}

/**
 * Indicators any project of a kind carries, so that finding them in many forms is no sign of copying:
 * satisfaction of the public served, budget execution, money arriving and being paid out, work done on time.
 */
export const GENERIC_INDICATORS: readonly string[] = [
  '满意度', '满意率', '群众满意度', '群众满意率', '服务对象满意度', '服务对象满意率', '社会公众满意度', '社会公众或服务对象满意度',
  '公众满意度', '社会满意度', '居民满意度', '受益群众满意度', '受益对象满意度', '受益人满意度', '受益人群满意度', '群众满意程度',
  '服务对象满意程度', '村民满意度', '服务对象需求满足度',
  '预算执行率', '预算执行进度', '资金执行率', '资金到位率', '经费到位率', '资金拨付率', '资金拨付及时率', '资金支付率',
  '资金使用率', '资金支出进度', '支出进度', '资金下达率', '资金下发率', '资金使用合规率', '资金使用合规性',
  '完成率', '完成及时率', '任务完成率', '工作完成率', '项目完成率', '按时完成率', '计划完成率', '工作任务完成率',
  '验收合格率', '项目验收合格率', '完成时间', '完成时限', '项目完成及时率', '工作完成及时率', '任务完成及时率',
  '预算执行情况', '资金到位情况', '资金使用情况', '资金拨付情况', '任务完成情况', '工作完成情况',
];

const GENERIC_KEYS = new Set(GENERIC_INDICATORS.map(textKey));

/** Whether an indicator name (compared by textKey) is one every project may carry; `extra` extends the list. */
export function isGenericIndicator(name: string, extra: readonly string[] = []): boolean {
  const key = textKey(name);
  return GENERIC_KEYS.has(key) || extra.some((e) => textKey(e) === key);
}

// Budget management, which evaluation scores apart from performance: money arriving (资金到位, 到账), being handed
// down (下达, 下发, 下拨, 拨付) and spent as budgeted (预算执行, 资金支出率, 支出进度). Paying people (补贴发放率,
// 工资发放率, 补助资金兑付率, and so 资金支付率) is an output of the project, and no term here names it: 资金发放到位率
// holds 发放 between 资金 and 到位. Handing down counts for money only: 宣传资料下发率 counts leaflets handed out, an
// output too. How much of the money was used (资金使用率) is left to configuration.
const MANAGED_MONEY = ['资金', '经费', '预算', '款项', '拨款', '标的额'];
const MANAGEMENT_STEPS = ['到位', '保障到位', '到账', '下达', '下发', '下拨', '拨付', '执行', '支出率'];

/** Terms that make an indicator a measure of budget management (compared without 的: 经费下发的到位率). */
export const BUDGET_MANAGEMENT_TERMS: readonly string[] = [
  ...MANAGED_MONEY.flatMap((m) => MANAGEMENT_STEPS.map((s) => m + s)),
  '支出执行率', '支出进度', '拨付率', '下拨率', '到账率',
];

const withoutDe = (s: string) => compact(s).replace(/的/g, '');

/** A term as compared, with the term a finding names. */
const budgetKeyOf = (term: string) => ({ key: withoutDe(term), term: compact(term) });
const BUDGET_MANAGEMENT_KEYS = BUDGET_MANAGEMENT_TERMS.map(budgetKeyOf);

/** A character a built-in term starts with: a name holding none holds no term (most names). */
const TERM_START = new RegExp(`[${[...new Set(BUDGET_MANAGEMENT_KEYS.map((k) => k.key[0]))].join('')}]`);

/** The budget-management term an indicator name holds, the longest found (`extra` extends the list); null if none. */
export function findBudgetManagementTerm(name: string, extra: readonly string[] = []): string | null {
  const key = withoutDe(name);
  if (extra.length === 0 && !TERM_START.test(key)) return null;
  let best: { key: string; term: string } | null = null;
  for (const candidate of extra.length ? [...BUDGET_MANAGEMENT_KEYS, ...extra.map(budgetKeyOf)] : BUDGET_MANAGEMENT_KEYS) {
    if (candidate.key !== '' && key.includes(candidate.key) && (!best || candidate.key.length > best.key.length)) best = candidate;
  }
  return best?.term ?? null;
}
