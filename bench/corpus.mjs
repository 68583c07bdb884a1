// Generates benchmark corpora: N project forms varied from the shapes of examples/clean/, one form per file, as
// Markdown, canonical JSON (the Markdown read and written back by ptlint's own reader and writer, so it is
// exactly what `ptlint convert --to json` gives) and .docx. Deterministic: the same N gives the same corpus.
// Written under os.tmpdir()/ptlint-bench/<N>/<format>/, reused when already complete.
//
//   node bench/corpus.mjs --sizes 100,1000 [--formats md,json,docx]   (after npm run build)
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { docxBytes } from './docx.mjs';

export const FORMATS = ['md', 'json', 'docx'];
export const CORPUS_ROOT = join(tmpdir(), 'ptlint-bench');
/** Bump when the generator changes, so that stale corpora are made again. */
const VERSION = 7;

/** A small deterministic PRNG (mulberry32): corpora are comparable from run to run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNITS = ['东山街道办事处', '西山街道办事处', '海滨镇人民政府', '戴河镇人民政府', '民政局', '文化和旅游局',
  '城市管理综合执法局', '应急管理局', '卫生健康局', '园林绿化中心'];
const SUBJECTS = ['安全生产宣传', '居家养老服务', '道路清扫保洁', '绿地养护', '群众文化演出', '困难群众救助', '垃圾分类宣传',
  '防汛物资储备', '老旧小区改造', '志愿服务', '矫正帮教', '食品安全抽检', '农村饮水安全', '森林防火巡查', '退役军人走访',
  '残疾人康复', '全民健身', '图书馆免费开放', '地质灾害排查', '河道清淤', '公共厕所管护', '消防设施维护', '流浪犬只收容',
  '燃气安全检查', '疫苗接种宣传', '校园安保', '文物巡查', '路灯维修', '便民服务热线', '法律援助'];
/** Places and parts of them: with SUBJECTS, 12,000 distinct project subjects, so that only SHARED rows are copies. */
const PLACES = ['东山', '西山', '海滨', '戴河', '联峰', '金山', '鸽子窝', '草厂', '刘庄', '石塘路', '西古城', '牛头崖', '赤土山',
  '大薄荷寨', '蔡各庄', '老虎石', '丁庄', '陆庄', '费石庄', '单庄'];
const PLACE_KINDS = ['社区', '村', '片区', '街区', '景区'];
const PARTS = ['', '东片', '西片', '北片'];
const PURPOSES = ['印制宣传材料', '购置专用设备', '支付劳务费用', '委托第三方服务', '开展业务培训', '购买保险'];
const BASES = ['年度工作计划', '工作台账', '实施方案', '行业标准', '上年完成情况', '主管部门考核办法', '合同约定'];

/** Indicator templates by (一级, 二级); S is the project's subject, r the PRNG. */
const TEMPLATES = [
  ['产出指标', '数量指标', (S, r) => [`开展${S}活动次数`, `全年开展${S}活动的次数`, `≥${4 + Math.floor(r() * 20)}次`]],
  ['产出指标', '数量指标', (S, r) => [`${S}受益人次`, `全年参与${S}的人次`, `≥${100 * (1 + Math.floor(r() * 50))}人次`]],
  ['产出指标', '数量指标', (S, r) => [`${S}覆盖社区数`, `${S}覆盖的社区个数`, `≥${3 + Math.floor(r() * 12)}个`]],
  ['产出指标', '质量指标', (S, r) => [`${S}任务完成率`, `已完成${S}任务占计划任务的比例`, `≥${85 + Math.floor(r() * 15)}%`]],
  ['产出指标', '质量指标', (S) => [`${S}验收合格率`, `验收合格的${S}项目占全部项目的比例`, '100%']],
  ['产出指标', '时效指标', (S, r) => [`${S}完成时间`, `全年${S}任务完成的时间`, `${9 + Math.floor(r() * 4)}月底前`]],
  ['产出指标', '时效指标', (S, r) => [`${S}问题处置时限`, `发现问题后完成${S}处置的期限`, `≤${3 + Math.floor(r() * 28)}天`]],
  ['产出指标', '成本指标', (S, r) => [`${S}人均成本`, `每名服务对象的${S}费用`, `≤${50 + Math.floor(r() * 450)}元/人`]],
  ['效益指标', '社会效益指标', (S, r) => [`辖区群众${S}知晓率`, `抽样调查中知晓${S}的群众比例`, `≥${80 + Math.floor(r() * 15)}%`]],
  ['效益指标', '社会效益指标', (S, r) => [`${S}相关投诉件数`, `全年涉及${S}的投诉数量`, `≤${1 + Math.floor(r() * 10)}件`]],
  ['效益指标', '生态效益指标', (S, r) => [`${S}区域环境达标率`, `${S}区域环境检测达标的比例`, `≥${90 + Math.floor(r() * 10)}%`]],
  ['效益指标', '可持续影响指标', (S, r) => [`${S}长效机制运行年限`, `${S}长效管理机制持续运行的年限`, `≥${1 + Math.floor(r() * 5)}年`]],
  ['满意度指标', '服务对象满意度指标', (S, r) => [`${S}受益群众满意度`, `回访中对${S}表示满意的受益群众比例`, `≥${85 + Math.floor(r() * 11)}%`]],
];

/** Specific indicators copied word for word between projects: work for copied-indicator. */
const SHARED = [
  ['产出指标', '数量指标', '开展安全生产宣传活动次数', '全年在辖区社区开展安全生产宣传活动的次数', '≥6次', '年度安全生产工作计划'],
  ['产出指标', '质量指标', '隐患排查整改率', '已整改隐患数占排查发现隐患数的比例', '≥95%', '安全生产隐患排查台账'],
  ['效益指标', '社会效益指标', '特困家庭慰问覆盖率', '已慰问户数占名册内特困家庭户数的比例', '100%', '民政低保及特困人员名册'],
];

/** Rows in the order of the indicator system: 一级, then 二级 as TEMPLATES lists them. */
const rank = (r) => TEMPLATES.findIndex(([l1, l2]) => l1 === r.level1 && l2 === r.level2);

/** Form i of a corpus: a plain description the three writers below render. */
export function makeForm(i) {
  const r = prng(0x9e3779b9 ^ (i * 2654435761));
  const pick = (list) => list[Math.floor(r() * list.length)];
  let k = i;
  const digit = (list) => { const d = list[k % list.length]; k = Math.floor(k / list.length); return d; };
  const topic = digit(SUBJECTS);
  const subject = `${digit(PLACES)}${digit(PLACE_KINDS)}${digit(PARTS)}${topic}`;
  const name = `${subject}${pick(['经费', '项目', '专项资金', '补助'])}`;
  const unit = pick(UNITS);
  const count = 6 + Math.floor(r() * 7); // 6–12 rows
  const order = TEMPLATES.map((_, k) => k).sort(() => r() - 0.5);
  // Satisfaction and one output row always, as every real form has them.
  const chosen = new Set([TEMPLATES.length - 1, 0, ...order]);
  const rows = [...chosen].slice(0, count).map((k) => {
    const [level1, level2, make] = TEMPLATES[k];
    const [indicator, description, value] = make(subject, r);
    return { level1, level2, name: indicator, description, value, basis: `${subject}${pick(BASES)}` };
  });
  if (i % 20 === 3 || i % 20 === 11) { // ~10% of forms share a specific indicator with others
    const [level1, level2, indicator, description, value, basis] = SHARED[i % SHARED.length];
    rows[1] = { level1, level2, name: indicator, description, value, basis };
  }
  rows.sort((a, b) => rank(a) - rank(b));
  const budget = (1 + Math.floor(r() * 2000)) / 10; // 万元, one decimal
  let fiscal = budget;
  let schedule = [25, 50, 75, 100];
  // One problem in about half the forms: what reviewers point out.
  const problem = Math.floor(r() * 9);
  const row = rows[2 + Math.floor(r() * (rows.length - 2))];
  if (problem === 0) row.value = pick(['有所提升', '逐步完善', '稳定', '及时']);
  else if (problem === 1) row.basis = '';
  else if (problem === 2) row.value = row.value.replace('≥', '>=');
  else if (problem === 3) schedule = [20, 40, 60, 90];
  else if (problem === 4) fiscal = Math.round(budget * 7) / 10; // 财政资金 + 其他资金 ≠ 预算数
  else if (problem === 5 && row.level1 === '满意度指标') row.value = row.value.replace('%', '满意度');
  return {
    unit: `秦皇岛市北戴河区${unit}`, year: 2021 + (i % 4), name, code: `442-${String(100 + (i % 900)).padStart(4, '0')}-JBN-${(i * 7919).toString(36).toUpperCase().padStart(4, '0').slice(-4)}`,
    budget: budget.toFixed(2), fiscal: fiscal.toFixed(2), other: (0).toFixed(2),
    purpose: `${pick(PURPOSES)}，${pick(PURPOSES)}`, schedule,
    goal: `1、全年完成${topic}各项任务\n2、服务对象满意度达到90%以上`, rows,
  };
}

/** The form in the Markdown layout of examples/clean/community-services.md. */
export function toMarkdownForm(f) {
  const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
  const header = [['项目名称', f.name], ['项目编码', f.code], ['预算数', f.budget], ['其中：财政资金', f.fiscal],
    ['其他资金', f.other], ['资金用途', f.purpose],
    ['资金支出计划（%）', ['3月底', '6月底', '10月底', '12月底'].map((m, k) => `${m} ${f.schedule[k]}`).join('；')],
    ['绩效目标', f.goal]];
  const lines = ['---', `unit: ${f.unit}`, `year: ${f.year}`, 'moneyUnit: 万元', '---', '',
    `# ${f.year}年${f.unit.replace('秦皇岛市北戴河区', '')}项目绩效目标表`, '', `## ${f.name}`, '',
    '| 项目名称 | ' + cell(f.name) + ' |', '| --- | --- |', ...header.slice(1).map(([k, v]) => `| ${k} | ${cell(v)} |`), '',
    '| 一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据 |', '| --- | --- | --- | --- | --- | --- |'];
  f.rows.forEach((r, k) => {
    const level1 = k > 0 && f.rows[k - 1].level1 === r.level1 ? '' : r.level1;
    lines.push(`| ${level1} | ${r.level2} | ${cell(r.name)} | ${cell(r.description)} | ${cell(r.value)} | ${cell(r.basis)} |`);
  });
  return lines.join('\n') + '\n';
}

/** The form as a Word document: a title paragraph, then one table (header rows, indicator rows, merges). */
export function toDocxForm(f) {
  const header = [
    [{ text: `${f.unit}`, span: 5 }, { text: '单位：万元', span: 2 }],
    ['项目编码', { text: f.code, span: 2 }, '项目名称', { text: f.name, span: 3 }],
    [{ text: '预算规模及资金用途', vMerge: 'restart' }, '预算数', f.budget, '其中：财政资金', f.fiscal, '其他资金', f.other],
    [{ vMerge: 'continue' }, { text: f.purpose, span: 6 }],
    [{ text: '资金支出计划（%）', vMerge: 'restart' }, '3月底', '6月底', '10月底', { text: '12月底', span: 3 }],
    [{ vMerge: 'continue' }, ...f.schedule.slice(0, 3).map((v) => v.toFixed(2)), { text: f.schedule[3].toFixed(2), span: 3 }],
    ['绩效目标', { text: f.goal, span: 6 }],
  ];
  const rows = f.rows;
  const merge = (k, same, text) => (k > 0 && same(rows[k - 1]) ? { vMerge: 'continue' }
    : k + 1 < rows.length && same(rows[k + 1]) ? { text, vMerge: 'restart' } : text);
  const indicators = [
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', { text: '指标值确定依据', span: 2 }],
    ...rows.map((r, k) => [
      merge(k, (a) => a.level1 === r.level1, r.level1),
      merge(k, (a) => a.level1 === r.level1 && a.level2 === r.level2, r.level2),
      r.name, r.description, r.value, { text: r.basis, span: 2 },
    ]),
  ];
  return docxBytes([`${f.year}年部门预算绩效信息`, `${f.name}绩效目标表`, { table: [...header, ...indicators] }]);
}

/**
 * Makes (or reuses) the corpus of n forms in each format; returns { dir: { format: folder }, forms, rows }.
 * The JSON corpus needs the build (dist/): it is the Markdown read and written back by ptlint.
 */
export async function ensureCorpus(n, formats = FORMATS, log = () => {}) {
  const root = join(CORPUS_ROOT, String(n));
  const dirs = Object.fromEntries(FORMATS.map((f) => [f, join(root, f)]));
  let rows = 0;
  for (let i = 0; i < n; i++) rows += makeForm(i).rows.length;
  const need = formats.filter((f) => {
    const marker = join(dirs[f], '.complete');
    return !existsSync(marker) || readFileSync(marker, 'utf8') !== String(VERSION);
  });
  if (need.length > 0) {
    log(`generating ${n} forms (${need.join(', ')}) in ${root} …`);
    const toJson = need.includes('json') ? await jsonWriter() : undefined;
    for (const f of need) {
      rmSync(dirs[f], { recursive: true, force: true });
      mkdirSync(dirs[f], { recursive: true });
    }
    for (let i = 0; i < n; i++) {
      const form = makeForm(i);
      const base = `form-${String(i + 1).padStart(5, '0')}`;
      const md = toMarkdownForm(form);
      if (need.includes('md')) writeFileSync(join(dirs.md, `${base}.md`), md);
      if (toJson) writeFileSync(join(dirs.json, `${base}.json`), toJson(`${base}.md`, md));
      if (need.includes('docx')) writeFileSync(join(dirs.docx, `${base}.docx`), toDocxForm(form));
    }
    for (const f of need) writeFileSync(join(dirs[f], '.complete'), String(VERSION));
  }
  return { dirs, forms: n, rows };
}

async function jsonWriter() {
  const { markdownReader } = await import('../dist/src/readers/markdown.js');
  const { toJson } = await import('../dist/src/writers/json.js');
  return (path, text) => {
    const read = markdownReader.read({ path, bytes: new TextEncoder().encode(text) });
    if (!read.document) throw new Error(`bench corpus: ${path} did not read back: ${JSON.stringify(read.problems)}`);
    return toJson(read.document);
  };
}

export function parseList(value, fallback) {
  return value ? value.split(',').map((s) => s.trim()).filter(Boolean) : fallback;
}

export function argOf(argv, name) {
  const at = argv.findIndex((a) => a === name || a.startsWith(name + '='));
  if (at < 0) return undefined;
  return argv[at].includes('=') ? argv[at].slice(name.length + 1) : argv[at + 1];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = parseList(argOf(process.argv, '--sizes'), ['100', '1000', '10000']).map(Number);
  const formats = parseList(argOf(process.argv, '--formats'), FORMATS);
  for (const n of sizes) {
    const c = await ensureCorpus(n, formats, (m) => console.error(m));
    console.log(`${n} forms, ${c.rows} indicator rows: ${formats.map((f) => c.dirs[f]).join('  ')}`);
  }
}
