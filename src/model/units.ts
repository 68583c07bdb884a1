// The unit table: what kind of quantity a unit written after a number stands for.
import { memoize } from './memo.js';
import { compact } from './text.js';

export type UnitKind = 'percent' | 'count' | 'duration' | 'date' | 'money' | 'measure' | 'score';

export const UNIT_KINDS: readonly UnitKind[] = ['percent', 'count', 'duration', 'date', 'money', 'measure', 'score'];

const TABLE: Record<UnitKind, string[]> = {
  percent: ['%', '‰', '百分比', '百分点'],
  count: ['人', '人次', '名', '位', '户', '个', '家', '所', '次', '场', '场次', '期', '件', '篇', '份', '项', '辆', '台',
    '套', '座', '条', '处', '栋', '幢', '间', '张', '本', '册', '批', '组', '支', '队', '村', '社区', '宗', '起', '例', '株',
    '棵', '头', '只', '盏', '块', '幅', '部', '门', '类', '种', '班', '节', '堂', '期次', '批次', '人天',
    '单位', '所学校', '家庭', '天次', '个人', '对', '名次', '床', '张床', '岗', '个岗位', '岗位', '篇次', '条次', '版', '集',
    '首', '台套', '艘', '架', '枚', '箱', '包', '袋', '瓶', '份次', '卷', '宗次', '轮', '遍', '趟', '届', '季', '针', '剂'],
  duration: ['天', '日', '月', '个月', '年', '全年', '全年度', '常年', '小时', '分钟', '秒', '工作日', '个工作日', '周', '个周', '星期', '季度', '个季度',
    '学期', '年度', '个年度', '旬', '半年', '课时', '学时', '岁', '周岁', 'h', 'min'],
  date: ['月底', '月末', '月初', '月中', '月中旬', '月上旬', '月下旬', '月份', '号', '年底', '年末', '年初', '年中', '年内', '季度末',
    '季度底', '当日', '当天', '日前', '号前',
    // Deadlines named by a feast or a season (春节前), as the value parser leaves them.
    '春节', '元旦', '元宵', '元宵节', '清明', '清明节', '端午', '端午节', '中秋', '中秋节', '国庆', '国庆节', '重阳', '重阳节', '主汛期',
    '汛期', '汛前', '开学', '采暖期', '采暖季', '供暖期', '供暖季', '上半年', '下半年'],
  money: ['元', '万元', '亿元', '千元', '百元', '角', '分钱'],
  measure: ['亩', '平方米', '㎡', 'm²', 'm2', '平米', '平方', '公里', 'km', '千米', '米', 'm', '延米', '吨', '公斤', 'kg', '千克',
    '克', 'g', '斤', '毫克', 'mg', '微克', 'μg', 'ug', '立方米', '立方', 'm³', 'm3', '方', '公顷', '平方公里', 'km²', '升', 'L',
    '毫升', '千瓦', 'kW', '千瓦时',
    'kWh', '度', '车次', '标箱', 'MW', '兆瓦', '瓦', 'W', 'GB', 'TB'],
  score: ['分'],
};

const KIND = new Map<string, UnitKind>();
for (const [kind, units] of Object.entries(TABLE) as Array<[UnitKind, string[]]>) {
  for (const u of units) KIND.set(u, kind);
}

// Calendar dates written after a year or a month number, as the value parser leaves them: 12月底 leaves 月底,
// 2020年12月31日 leaves 年12月31日, 2020年底 leaves 年底.
const DATE = /^(年(\d{1,2}月)?|月)(\d{1,2}[日号])?(底|末|初|中|上旬|中旬|下旬|份)?$/u;

/**
 * The kind of a unit, or null when the text is not a unit (a word such as 满意度 or 完成率 written where the
 * unit belongs). Per-something units (元/人, 万元/社区, 次/年) take the kind of their numerator; 万平方米 the
 * kind of 平方米; 家次 and 户次 (visits counted per household) are counts.
 */
export function unitKind(unit: string, extra?: ReadonlyMap<string, UnitKind>): UnitKind | null {
  return extra ? kindOf(unit, extra) : builtinKindOf(unit);
}

/** The built-in table's answers, remembered: readers and rules ask for the same few units all the time. */
const builtinKindOf = memoize((unit) => kindOf(unit));

function kindOf(unit: string, extra?: ReadonlyMap<string, UnitKind>): UnitKind | null {
  const u = compact(unit);
  if (u === '') return null;
  const direct = extra?.get(u) ?? KIND.get(u);
  if (direct) return direct;
  if (DATE.test(u) && u !== '年' && u !== '月') return 'date';
  const slash = u.search(/[/每·]/u);
  if (slash > 0) return unitKind(u.slice(0, slash), extra);
  if (u.length > 1 && /^[个万亿千百]/u.test(u)) return unitKind(u.slice(1), extra);
  if (u.length > 1 && u.endsWith('次') && unitKind(u.slice(0, -1), extra) === 'count') return 'count';
  return null;
}

/** Whether two units name the same unit as written: 份 and 篇 do not, 个 and 个社区 do. */
export function sameUnit(a: string, b: string): boolean {
  const x = compact(a);
  const y = compact(b);
  return x === y || x.startsWith(y) || y.startsWith(x);
}

/**
 * The unit an indicator's name declares in closing brackets, as in 外宣品发放数量（份） or 覆盖率（%）; null when
 * the brackets hold no unit or there are none.
 */
export function declaredUnit(name: string | null | undefined): string | null {
  if (!name) return null;
  const t = compact(name);
  // The pattern is end-anchored, tried at every place of the text: only where the text can match.
  const m = t.endsWith(')') ? /\(([^()]{1,6})\)$/u.exec(t) : null;
  if (!m) return null;
  return unitKind(m[1]) ? m[1] : null;
}

/** Whether the text starts with a unit (up to four characters): 户，… after 补助1007 does. */
export function startsWithUnit(text: string, extra?: ReadonlyMap<string, UnitKind>): boolean {
  for (let n = Math.min(4, text.length); n >= 1; n--) if (unitKind(text.slice(0, n), extra)) return true;
  return false;
}
