// Horizontal bar charts as inline SVG for the HTML report: a bar per department, rule or severity, split by
// severity. A few dozen lines do what is needed, and the page must load nothing, so no chart library.
import type { Severity } from '../engine/rule.js';
import { escapeHtml } from './html-page.js';

export interface Bar {
  label: string;
  /** What clicking the bar filters the findings table by. */
  filter: { key: 'department' | 'rule' | 'severity'; value: string };
  counts: Record<Severity, number>;
  /** Shown on hover: the full label and counts. */
  tooltip: string;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const ROW = 26, BAR = 18, COUNT_WIDTH = 60;

/** The label cut to what fits in `width` pixels at 13px: a CJK character is about 13px wide, a Latin one half that. */
function fitLabel(label: string, width: number): string {
  const room = Math.floor(width / 6.5) - 1;
  let units = 0, out = '';
  for (const ch of label) {
    units += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
    if (units > room) return out + '…';
    out += ch;
  }
  return out;
}

/** The chart; `note` is a last line under the bars (how many were left out). Sizes are in pixels. */
export function barChart(bars: Bar[], title: string, { note = '', width = 640, labelWidth = 210 } = {}): string {
  const max = Math.max(1, ...bars.map((b) => SEVERITIES.reduce((n, s) => n + b.counts[s], 0)));
  const scale = (width - labelWidth - COUNT_WIDTH) / max;
  const height = bars.length * ROW + (note ? ROW : 0) + 4;
  const rows = bars.map((bar, i) => {
    const y = i * ROW + 4;
    let x = labelWidth;
    const segments = SEVERITIES.filter((s) => bar.counts[s] > 0).map((s) => {
      const w = Math.max(2, bar.counts[s] * scale);
      const rect = `<rect class="sev-${s}" x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR}" rx="2"/>`;
      x += w;
      return rect;
    }).join('');
    const total = SEVERITIES.reduce((n, s) => n + bar.counts[s], 0);
    return `<g class="bar" role="button" tabindex="0" data-filter="${bar.filter.key}" data-value="${escapeHtml(bar.filter.value)}">`
      + `<title>${escapeHtml(bar.tooltip)}</title>`
      + `<text class="label" x="${labelWidth - 8}" y="${y + 13}" text-anchor="end">${escapeHtml(fitLabel(bar.label, labelWidth - 8))}</text>`
      + segments
      + `<text class="count" x="${(x + 6).toFixed(1)}" y="${y + 13}">${total}</text></g>`;
  });
  if (note) rows.push(`<text class="note" x="${labelWidth}" y="${bars.length * ROW + 17}">${escapeHtml(note)}</text>`);
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}">`
    + rows.join('') + '</svg>';
}
