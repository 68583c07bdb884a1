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

/** The vague phrase a value is written in, the longest found (extra phrases from configuration count too); null if none. */
export function findVaguePhrase(text: string, extra: readonly string[] = []): string | null {
  const t = compact(text);
  let best: string | null = null;
  for (const phrase of [...VAGUE_PHRASES, ...extra]) {
    const p = compact(phrase);
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
  '资金使用率', '资金支出进度', '支出进度', '资金下达率', '资金下发率', '资金发放率', '经费发放率', '补贴发放率', '补助发放率',
  '工资发放率', '发放率', '发放及时率', '资金发放及时率', '补贴发放及时率', '资金使用合规率', '资金使用合规性',
  '完成率', '完成及时率', '任务完成率', '工作完成率', '项目完成率', '按时完成率', '计划完成率', '工作任务完成率',
  '验收合格率', '项目验收合格率', '完成时间', '完成时限', '项目完成及时率', '工作完成及时率', '任务完成及时率',
  '预算执行情况', '资金到位情况', '资金发放情况', '资金使用情况', '资金拨付情况', '任务完成情况', '工作完成情况',
];

const GENERIC_KEYS = new Set(GENERIC_INDICATORS.map(textKey));

/** Whether an indicator name (compared by textKey) is one every project may carry; `extra` extends the list. */
export function isGenericIndicator(name: string, extra: readonly string[] = []): boolean {
  const key = textKey(name);
  return GENERIC_KEYS.has(key) || extra.some((e) => textKey(e) === key);
}
