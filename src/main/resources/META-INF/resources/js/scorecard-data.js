// The scorecard's answers read for display, without the DOM: the bucket groups of an answer and their order, the words
// of a verdict, and a past signal's outcomes in plain words with where it sits on a chart's candles.

import { isNum, signedFraction } from './format.js';

export const VERDICTS = { edge: 'edge', worse: 'worse', no_edge: 'no edge', too_few: 'too few' };

const SIGNAL_ORDER = { BUY: 0, SELL: 1, HOLD: 2 };
const LABEL_FIELDS = ['strength', 'opportunity', 'bucket', 'label'];
const GROUP_TITLES = { buckets: 'By signal and strength', opportunity: 'By signal and opportunity score' };

/** The bucket of a row: its strength, its opportunity score bucket, or whatever label the answer gives it. */
export function bucketLabel(bucket) {
  const field = LABEL_FIELDS.find((f) => bucket[f] !== undefined && bucket[f] !== null);
  return field ? String(bucket[field]) : '';
}

/** The name of the field that labels a group's buckets ("strength", "opportunity", ...). */
export function labelField(buckets) {
  const first = buckets.find(Boolean);
  return (first && LABEL_FIELDS.find((f) => first[f] !== undefined && first[f] !== null)) || 'bucket';
}

const looksLikeBuckets = (v) => Array.isArray(v) && v.length > 0
  && v.every((b) => b && typeof b === 'object' && 'signal' in b && 'horizon' in b);

/** The answer's groups of buckets: `buckets` first, then any other array of bucket objects (`opportunity`, ...). */
export function bucketGroups(answer) {
  const keys = Object.keys(answer || {}).filter((k) => k !== 'baseline' && looksLikeBuckets(answer[k]));
  keys.sort((a, b) => (a === 'buckets' ? -1 : b === 'buckets' ? 1 : 0));
  return keys.map((key) => ({
    key,
    title: GROUP_TITLES[key] || `By signal and ${key.replace(/_/g, ' ')}`,
    field: labelField(answer[key]),
    buckets: answer[key],
  }));
}

/** The buckets of one horizon: BUY, SELL, HOLD, each from its lowest bucket up. */
export function bucketsAt(buckets, horizon) {
  const lower = (b) => {
    const n = parseFloat(bucketLabel(b));
    return Number.isNaN(n) ? Infinity : n;
  };
  return buckets.filter((b) => b.horizon === horizon).sort((a, b) => (SIGNAL_ORDER[a.signal] ?? 9)
    - (SIGNAL_ORDER[b.signal] ?? 9) || lower(a) - lower(b) || bucketLabel(a).localeCompare(bucketLabel(b)));
}

/** "1 candle", "24 candles". */
export function candlesText(horizon) {
  return `${horizon} candle${horizon === 1 ? '' : 's'}`;
}

/** "52.1% (48.0% to 56.2%)" with the given formatter. */
export function withInterval(stat, format) {
  if (!stat || !isNum(stat.value)) return '–';
  return isNum(stat.low) && isNum(stat.high)
    ? `${format(stat.value)} (${format(stat.low)} to ${format(stat.high)})` : format(stat.value);
}

/** A p-value the way a reader takes it: "0.003", "< 0.001", or "–". */
export function pValueText(p) {
  if (!isNum(p)) return '–';
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

const LEVELS = {
  TARGET_FIRST: 'take profit reached first',
  STOP_FIRST: 'stop loss reached first',
  NEITHER: 'neither level reached',
  NO_LEVELS: 'no levels',
};

/** One line per horizon: what the signal returned, its best and worst within the horizon, its levels; or pending. */
export function outcomeLines(signal) {
  const done = (signal.outcomes || []).map((o) => ({
    horizon: o.horizon,
    text: `${candlesText(o.horizon)}: ${signedFraction(o.forwardReturn)} · best ${signedFraction(o.maxFavourable)}`
      + ` · worst ${signedFraction(o.maxAdverse)}`
      + `${o.levelHit && o.levelHit !== 'NO_LEVELS' ? ` · ${LEVELS[o.levelHit] || o.levelHit}` : ''}`
      + `${o.bothInOneCandle ? ' (both in one candle: counted as the stop)' : ''}`,
    forwardReturn: o.forwardReturn,
  }));
  const pending = (signal.pendingHorizons || []).map((h) => ({ horizon: h, text: `${candlesText(h)}: pending`, pending: true }));
  return [...done, ...pending].sort((a, b) => a.horizon - b.horizon);
}

/**
 * The past signals that fall on the chart's candles (by the candle's open time), as markers: { index, signal, recorded }.
 * A recorded signal on a candle that also has a replayed one keeps both: they are drawn on either side.
 */
export function placeMarkers(candles, replayed, recorded) {
  const times = candles.map((c) => c.t);
  const indexOf = (iso) => {
    const t = Date.parse(iso);
    let lo = 0;
    let hi = times.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid] === t) return mid;
      if (times[mid] < t) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const place = (signals, isRecorded) => (signals || [])
    .map((signal) => ({ index: indexOf(signal.candleTime), signal, recorded: isRecorded }))
    .filter((m) => m.index >= 0);
  return [...place(replayed, false), ...place(recorded, true)].sort((a, b) => a.index - b.index);
}
