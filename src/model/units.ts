// The unit table: what kind of quantity a unit written after a number stands for.

export type UnitKind = 'percent' | 'count' | 'duration' | 'date' | 'money' | 'measure' | 'score';

const TABLE: Record<UnitKind, string[]> = {
  percent: ['%', '‰', '百分比', '百分点'],
  count: ['人', '人次', '名', '位', '户', '个', '家', '所', '次', '场', '场次', '期', '件', '篇', '份', '项', '辆', '台',
    '套', '座', '条', '处', '栋', '间', '张', '本', '册', '批', '组', '支', '队', '村', '社区', '宗', '起', '例', '株', '棵',
    '头', '只', '盏', '块', '幅', '部', '门', '类', '种', '所次', '户次', '班', '期次', '天次', '批次', '课时', '学时', '万人',
    '万人次', '万册', '万份', '万件', '人/次', '人天'],
  duration: ['天', '日', '月', '个月', '年', '小时', '分钟', '工作日', '个工作日', '周', '季度', '学期', '年度'],
  date: ['月底', '月底前', '月前', '月末', '月末前', '月份', '号', '日前', '年底', '年底前', '年内', '季度末'],
  money: ['元', '万元', '亿元', '千元', '角'],
  measure: ['亩', '平方米', '㎡', 'm²', 'm2', '平米', '公里', 'km', '千米', '米', 'm', '吨', '公斤', 'kg', '千克', '立方米',
    'm³', '公顷', '延米', '平方公里', '升', 'L', '千瓦', 'kW', '千瓦时', '度', '车次'],
  score: ['分'],
};

const KIND = new Map<string, UnitKind>();
for (const [kind, units] of Object.entries(TABLE) as Array<[UnitKind, string[]]>) {
  for (const u of units) KIND.set(u, kind);
}

/**
 * The kind of a unit, or null when the text is not a unit (a word such as 满意度 or 完成率 written where the
 * unit belongs). Per-something units (元/人, 万元/社区) take the kind of their numerator.
 */
export function unitKind(unit: string): UnitKind | null {
  const u = unit.normalize('NFKC').replace(/\s+/g, '');
  const direct = KIND.get(u);
  if (direct) return direct;
  const slash = u.search(/[/／每]/);
  if (slash > 0) return unitKind(u.slice(0, slash));
  if (u.startsWith('个') && u.length > 1) return unitKind(u.slice(1));
  return null;
}
