// The scorecard's chart: one row per signal and bucket, its hit rate and its mean return each drawn as a point with
// its interval bar beside the baseline of the bucket's side, and the verdict at the end of the row. SVG, coloured by
// the page's CSS variables; the same numbers are in the table beside it (js/scorecard-table.js).

import { isNum, pct, signedFraction } from './format.js';
import { bucketLabel, VERDICTS } from './scorecard-data.js';

const NS = 'http://www.w3.org/2000/svg';
const WIDTH = 760;
const LABEL_W = 150;
const BADGE_W = 86;
const GAP = 22;
const ROW_H = 28;
const HEAD_H = 34;
const AXIS_H = 22;
const PLOT_W = (WIDTH - LABEL_W - BADGE_W - 2 * GAP) / 2;

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function niceStep(range, ticks) {
  const raw = range / Math.max(1, ticks);
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * power;
}

/** A linear scale over every value, interval end and baseline of one measure, with its ticks. */
function scale(values, x0, { include = [], clamp = null } = {}) {
  const all = [...values.filter(isNum), ...include];
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (!Number.isFinite(lo)) [lo, hi] = [0, 1];
  const pad = (hi - lo || Math.abs(hi) || 0.01) * 0.08;
  lo -= pad;
  hi += pad;
  if (clamp) [lo, hi] = [Math.max(clamp[0], lo), Math.min(clamp[1], hi)];
  const step = niceStep(hi - lo, Math.floor(PLOT_W / 70)); // room for a label such as +0.02% per tick
  const ticks = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  const at = (v) => x0 + ((v - lo) / (hi - lo)) * PLOT_W;
  return { at, ticks, step };
}

/** One measure of one row: the baseline mark, the interval bar and the point. */
function measure(stat, baseline, at, y, kind, verdict) {
  const parts = [];
  if (isNum(baseline)) {
    parts.push(svg('line', { class: 'sc-baseline', x1: at(baseline), x2: at(baseline), y1: y - 9, y2: y + 9 }));
  }
  if (stat && isNum(stat.low) && isNum(stat.high)) {
    parts.push(svg('line', { class: 'sc-interval', x1: at(stat.low), x2: at(stat.high), y1: y, y2: y }),
      svg('line', { class: 'sc-interval', x1: at(stat.low), x2: at(stat.low), y1: y - 4, y2: y + 4 }),
      svg('line', { class: 'sc-interval', x1: at(stat.high), x2: at(stat.high), y1: y - 4, y2: y + 4 }));
  }
  if (stat && isNum(stat.value)) {
    parts.push(svg('circle', { class: `sc-point v-${verdict}`, cx: at(stat.value), cy: y, r: 4.5, 'data-measure': kind }));
  }
  return parts;
}

function axis(sc, title, x0, top, bottom, format, reference) {
  const items = [svg('text', { class: 'sc-axis-title', x: x0 + PLOT_W / 2, y: 14, 'text-anchor': 'middle' }, title)];
  for (const v of sc.ticks) {
    const x = sc.at(v);
    if (x < x0 - 0.5 || x > x0 + PLOT_W + 0.5) continue;
    items.push(svg('line', { class: v === reference ? 'sc-reference' : 'sc-grid', x1: x, x2: x, y1: top, y2: bottom }),
      svg('text', { class: 'sc-tick', x, y: bottom + 15, 'text-anchor': 'middle' }, format(v, sc.step)));
  }
  return items;
}

const tickPct = (v, step) => pct(v, step >= 0.01 ? 0 : step >= 0.001 ? 1 : 2);
const tickSigned = (v, step) => signedFraction(v, step >= 0.01 ? 0 : step >= 0.001 ? 1 : 2);

/**
 * The chart of the buckets of one horizon (already sorted); `caption`: what it shows, for its accessible name.
 * Each row's <title> is its summary, the tooltip a pointer gets.
 */
export function scorecardChart(buckets, caption) {
  const hitX = LABEL_W;
  const meanX = LABEL_W + PLOT_W + GAP;
  const badgeX = meanX + PLOT_W + GAP;
  const height = HEAD_H + buckets.length * ROW_H + AXIS_H;
  const bottom = HEAD_H + buckets.length * ROW_H;
  const ends = (pick) => buckets.flatMap((b) => {
    const s = b[pick] || {};
    return [s.value, s.low, s.high, b.baseline && b.baseline[pick]];
  });
  const hit = scale(ends('hitRate'), hitX, { include: [0.5], clamp: [0, 1] });
  const mean = scale(ends('meanReturn'), meanX, { include: [0] });

  const rows = buckets.map((b, i) => {
    const y = HEAD_H + i * ROW_H + ROW_H / 2;
    const verdict = b.verdict || 'no_edge';
    const base = b.baseline || {};
    const name = `${b.signal} ${bucketLabel(b)}`;
    return svg('g', { class: `sc-row v-${verdict}`, 'data-bucket': name },
      svg('title', {}, `${name}: ${b.summary || VERDICTS[verdict] || verdict}`),
      svg('rect', { class: 'sc-band', x: 0, y: y - ROW_H / 2, width: WIDTH, height: ROW_H }),
      svg('text', { class: `sc-label ${String(b.signal).toLowerCase()}`, x: 4, y: y + 4 }, b.signal),
      svg('text', { class: 'sc-label-bucket', x: 52, y: y + 4 }, bucketLabel(b)),
      svg('text', { class: 'sc-count', x: LABEL_W - 10, y: y + 4, 'text-anchor': 'end' }, `n=${b.count ?? '–'}`),
      measure(b.hitRate, base.hitRate, hit.at, y, 'hitRate', verdict),
      measure(b.meanReturn, base.meanReturn, mean.at, y, 'meanReturn', verdict),
      svg('rect', { class: `sc-badge v-${verdict}`, x: badgeX, y: y - 9, width: BADGE_W - 4, height: 18, rx: 9 }),
      svg('text', { class: `sc-badge-text v-${verdict}`, x: badgeX + (BADGE_W - 4) / 2, y: y + 4, 'text-anchor': 'middle' },
        VERDICTS[verdict] || verdict));
  });

  return svg('svg', {
    class: 'sc-chart', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': caption,
    preserveAspectRatio: 'xMinYMin meet',
  },
  axis(hit, 'Hit rate', hitX, HEAD_H - 6, bottom, tickPct, 0.5),
  axis(mean, 'Mean return', meanX, HEAD_H - 6, bottom, tickSigned, 0),
  svg('text', { class: 'sc-axis-title', x: badgeX + (BADGE_W - 4) / 2, y: 14, 'text-anchor': 'middle' }, 'Verdict'),
  rows);
}

/** The chart's key: { mark, text } for a point with its interval, and for the baseline. */
export function chartKey() {
  const mark = (cls, attrs) => svg('svg', { class: 'sc-key-mark', viewBox: '0 0 22 14', 'aria-hidden': 'true' },
    svg('line', { class: cls, ...attrs }));
  const point = svg('svg', { class: 'sc-key-mark', viewBox: '0 0 22 14', 'aria-hidden': 'true' },
    svg('line', { class: 'sc-interval', x1: 2, x2: 20, y1: 7, y2: 7 }), svg('circle', { class: 'sc-point v-no_edge', cx: 11, cy: 7, r: 4 }));
  return [{ mark: point, text: 'value with its interval' },
    { mark: mark('sc-baseline', { x1: 11, x2: 11, y1: 1, y2: 13 }), text: 'baseline of the side (every candle)' }];
}
