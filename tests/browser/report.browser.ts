// The HTML report in Chromium: a report of the repository's examples/ made by the built CLI, and a large made-up
// one, opened from file:// with nothing else allowed to load. Run by `npm run test:browser` (after a build).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic, FileResult } from '../../src/engine/diagnostic.js';
import { html } from '../../src/formatters/html.js';

const ROOT = join(import.meta.dirname, '..', '..');
/** Where the screenshots are kept for a person to look at: PTLINT_ARTIFACTS, else a temporary folder. */
const ARTIFACTS = process.env.PTLINT_ARTIFACTS ?? mkdtempSync(join(tmpdir(), 'ptlint-browser-'));
const INJECTION = '</script><img src=x onerror="window.pwned=1"><b>粗</b>';

/** What the page-side callbacks use of the browser's globals (this Node test is compiled without the DOM types). */
interface PageGlobals {
  Image: new () => { src: string; width: number; height: number; decode(): Promise<void> };
  document: { createElement(tag: 'canvas'): { width: number; height: number; getContext(kind: '2d'): {
    drawImage(image: unknown, x: number, y: number): void;
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  } | null } };
  pwned?: number;
}

interface JsonFile { filePath: string; messages: Array<{ ruleId: string; severity: string }> }

let work: string;
let browser: Browser;
let expected: Array<{ ruleId: string; severity: string }>;
let page: Page;
let problems: string[];

function cli(...args: string[]): string {
  const run = spawnSync(process.execPath, ['dist/src/cli/bin.cjs', ...args], { cwd: ROOT, encoding: 'utf8' });
  // 1: the examples have errors, which is what they are for.
  expect(run.status, run.stderr).toBe(1);
  return run.stdout;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ptlint-report-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  cli('examples', '--format', 'html', '-o', join(work, 'examples.html'));
  expected = (JSON.parse(cli('examples', '--format', 'json')) as JsonFile[]).flatMap((f) => f.messages);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens a report; every console error, page error and request other than file: is kept in `problems`. */
async function open(file: string): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
  p.setDefaultTimeout(30000);
  p.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console: ${m.text()}`); });
  p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  p.on('request', (r) => { if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`); });
  await p.goto(pathToFileURL(join(work, file)).href);
  await p.waitForSelector('#findings tbody tr');
  return p;
}

const rows = () => page.locator('#findings tbody tr.finding');
const matching = async () => Number(await page.locator('#count').getAttribute('data-matching'));

/** Share of the screenshot's pixels near each colour, as the browser decodes the PNG. */
async function colourShares(png: Buffer, colours: Record<string, [number, number, number]>): Promise<Record<string, number>> {
  const canvas = await browser.newPage();
  try {
    return await canvas.evaluate(async ({ src, colours }) => {
      const { Image, document } = globalThis as unknown as PageGlobals;
      const image = new Image();
      image.src = src;
      await image.decode();
      const c = document.createElement('canvas');
      c.width = image.width; c.height = image.height;
      const g = c.getContext('2d')!;
      g.drawImage(image, 0, 0);
      const { data } = g.getImageData(0, 0, c.width, c.height);
      const counts: Record<string, number> = Object.fromEntries(Object.keys(colours).map((k) => [k, 0]));
      const seen = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
        seen.set(key, (seen.get(key) ?? 0) + 1);
        for (const [name, [r, gr, b]] of Object.entries(colours)) {
          if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - gr) + Math.abs(data[i + 2] - b) < 24) counts[name]++;
        }
      }
      const pixels = data.length / 4;
      const out: Record<string, number> = { commonest: Math.max(...seen.values()) / pixels };
      for (const name of Object.keys(colours)) out[name] = counts[name] / pixels;
      return out;
    }, { src: `data:image/png;base64,${png.toString('base64')}`, colours });
  } finally {
    await canvas.close();
  }
}

beforeEach(() => { problems = []; });
afterEach(async () => {
  await page?.close();
  expect(problems).toEqual([]);
});

describe('the report of examples/', () => {
  beforeEach(async () => { page = await open('examples.html'); });

  it('shows the totals and a chart by department, rule and severity', async () => {
    const errors = expected.filter((m) => m.severity === 'error').length;
    await expect(page.locator('.summary').textContent()).resolves.toContain(`${expected.length} 个问题：${errors} 个错误`);
    expect(await page.locator('svg.chart').count()).toBe(3);
    const sumOf = async (selector: string) => (await page.locator(selector).allTextContents()).reduce((n, c) => n + Number(c), 0);
    expect(await sumOf('#by-severity .bar .count')).toBe(expected.length);
    for (const id of ['by-department', 'by-rule']) expect(await sumOf(`#${id} details tbody td:last-child`), id).toBe(expected.length);
    // More rules than a chart has bars: the rest are counted in a note.
    const rules = new Set(expected.map((m) => m.ruleId)).size;
    expect(rules).toBeGreaterThan(12);
    expect(await page.locator('#by-rule .bar').count()).toBe(12);
    await expect(page.locator('#by-rule .note').textContent()).resolves.toMatch(new RegExp(`^另有 ${rules - 12} 条规则，`));
    expect(await sumOf('#by-rule .bar .count') + Number(/(\d+) 个问题/.exec(await page.locator('#by-rule .note').textContent() ?? '')?.[1]))
      .toBe(expected.length);
    await expect(page.locator('#by-department .bar .label').allTextContents()).resolves.toContain('某市某区某街道办事处');
    expect(await rows().count()).toBe(expected.length);
    expect(await matching()).toBe(expected.length);
  });

  it('filters by severity, by text and by a click on a chart bar, and counts what is left', async () => {
    const warnings = expected.filter((m) => m.severity === 'warning').length;
    await page.selectOption('#severity', 'warning');
    await expect.poll(matching).toBe(warnings);
    expect(await rows().count()).toBe(warnings);
    expect(new Set(await page.locator('#findings tbody .sev').allTextContents())).toEqual(new Set(['警告']));
    await page.selectOption('#severity', '');

    await page.fill('#search', 'value-vague');
    const vague = expected.filter((m) => m.ruleId === 'value-vague').length;
    await expect.poll(matching).toBe(vague);
    expect(await rows().count()).toBe(vague);
    await page.fill('#search', '没有这样的文字');
    await expect.poll(matching).toBe(0);
    await expect(page.locator('#findings tbody').textContent()).resolves.toContain('没有符合条件的问题');
    await page.fill('#search', '');

    await page.locator('#by-rule .bar[data-value="copied-indicator"]').click();
    await expect.poll(() => page.inputValue('#rule')).toBe('copied-indicator');
    await expect.poll(matching).toBe(expected.filter((m) => m.ruleId === 'copied-indicator').length);
  });

  it('sorts by a column, both ways', async () => {
    const header = page.locator('#findings th button[data-sort="rule"]');
    const ruleColumn = () => page.locator('#findings tbody tr.finding td:last-child').allTextContents();
    const ids = expected.map((m) => m.ruleId).sort();
    await header.click();
    await expect.poll(ruleColumn).toEqual(ids);
    await expect(page.locator('#findings th:has(button[data-sort="rule"])').getAttribute('aria-sort')).resolves.toBe('ascending');
    await header.click();
    await expect.poll(ruleColumn).toEqual([...ids].reverse());
  });

  it('opens a finding on its indicator row, the field it is about marked, with the rule explained', async () => {
    await page.selectOption('#rule', 'description-copies-name');
    await rows().first().click();
    const detail = page.locator('#findings tbody tr.detail');
    await expect(detail.locator('.context th').allTextContents()).resolves
      .toEqual(['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据']);
    // The description copies the name, so the marked cell is the description and reads like the name.
    const cells = await detail.locator('.context td').allTextContents();
    await expect(detail.locator('.context td.hit').textContent()).resolves.toBe(cells[3]);
    expect(cells[3]).toBe(cells[2]);
    await expect(detail.locator('h4').last().textContent()).resolves.toMatch(/^description-copies-name · /);
    await expect(detail.locator('.why').textContent()).resolves.toMatch(/^为什么重要：.{10,}/);
    await expect(detail.locator('dl').textContent()).resolves.toContain('examples/problems/');
    await rows().first().click();
    await expect.poll(() => page.locator('#findings tbody tr.detail').count()).toBe(0);
  });

  it('paints the charts and the severities: a screenshot that is not blank and shows the severity colours', async () => {
    const png = await page.screenshot({ fullPage: true, path: join(ARTIFACTS, 'report-examples.png') });
    const shares = await colourShares(png, { error: [0xc6, 0x28, 0x28], warning: [0xe0, 0x86, 0x00] });
    expect(shares.commonest).toBeLessThan(0.9);
    expect(shares.error).toBeGreaterThan(0.001);
    expect(shares.warning).toBeGreaterThan(0.001);
  });
});

describe('a large report, with text that tries to break out of the page', () => {
  const FINDINGS = 12000;
  beforeAll(() => {
    const departments = ['财政局', '教育局', '卫健委', INJECTION];
    const results: FileResult[] = Array.from({ length: 400 }, (_, i) => ({
      filePath: join(work, `dept${i % 4}`, `form-${i}.md`),
      department: departments[i % 4],
      diagnostics: Array.from({ length: FINDINGS / 400 }, (_, j): Diagnostic => ({
        ruleId: j % 3 ? 'value-vague' : 'basis-empty', severity: j % 3 ? 'warning' : 'error',
        message: `问题 ${i}-${j} ${INJECTION}`, loc: { line: j + 1, column: 1, endLine: j + 1, endColumn: 2 },
        form: INJECTION, indicator: '指标', category: null, pointer: `/forms/0/indicators/${j}/value`,
        row: { level1: '产出指标', level2: '数量指标', name: '指标', value: INJECTION },
      })),
    }));
    writeFileSync(join(work, 'large.html'), html(results, { cwd: work, locale: 'zh-CN', color: false }));
  });
  beforeEach(async () => { page = await open('large.html'); });

  it('shows the first rows of many, more on request, and filters all of them', async () => {
    expect(await matching()).toBe(FINDINGS);
    expect(await rows().count()).toBe(200);
    await page.click('#more');
    await expect.poll(() => rows().count()).toBe(400);
    await page.selectOption('#severity', 'error');
    await expect.poll(matching).toBe(FINDINGS / 3);
    await page.fill('#search', '问题 7-');
    await expect.poll(matching).toBe(10);
  });

  it('shows the hostile text as text: no element, no script run', async () => {
    await expect(page.locator('#findings tbody tr.finding').first().locator('td').nth(3).textContent()).resolves.toContain(INJECTION);
    await rows().first().click();
    await expect(page.locator('tr.detail .context td.hit').textContent()).resolves.toBe(INJECTION);
    expect(await page.locator('img, main b').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).pwned)).toBeUndefined();
    await expect(page.locator('#by-department .bar title').allTextContents()).resolves.toContainEqual(expect.stringContaining(INJECTION));
  });
});
