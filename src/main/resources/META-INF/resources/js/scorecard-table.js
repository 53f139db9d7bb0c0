// The scorecard's numbers as tables: the buckets of one horizon (counts, values with their intervals, the baseline of
// the bucket's side, the difference, the p-value, the verdict and its sentence), and the baseline of each horizon.

import { el, pct, signedFraction, label } from './format.js';
import { bucketLabel, candlesText, pValueText, withInterval, VERDICTS } from './scorecard-data.js';

const signed = (v) => signedFraction(v, 3); // a candle's mean return is often a few thousandths of a percent
const percent = (v) => pct(v, 1);

/** A verdict badge; its title is the bucket's sentence. */
export function verdictBadge(verdict, summary) {
  return el('span', { class: `verdict-badge v-${verdict}`, title: summary || null }, VERDICTS[verdict] || verdict || '–');
}

/** The table of one group's buckets at one horizon; `field` names the bucket column ("strength", "opportunity"). */
export function bucketTable(buckets, field, caption) {
  const head = ['Signal', label(field), 'Signals', 'Hit rate (interval)', 'Baseline hit rate', 'Mean return (interval)',
    'Baseline mean return', 'Median return (interval)', 'Difference (interval)', 'p-value', 'Verdict', 'In words'];
  const numeric = new Set([2, 3, 4, 5, 6, 7, 8, 9]);
  return el('table', { class: 'scorecard-table' },
    el('caption', { class: 'visually-hidden' }, caption),
    el('thead', {}, el('tr', {}, head.map((h, i) => el('th', { scope: 'col', class: numeric.has(i) ? 'num' : null }, h)))),
    el('tbody', {}, buckets.map((b) => {
      const base = b.baseline || {};
      return el('tr', { class: `v-${b.verdict}`, dataset: { bucket: `${b.signal} ${bucketLabel(b)}` } },
        el('th', { scope: 'row' }, el('span', { class: `signal ${String(b.signal).toLowerCase()}` }, b.signal)),
        el('td', {}, bucketLabel(b)),
        el('td', { class: 'num' }, String(b.count ?? '–')),
        el('td', { class: 'num interval' }, withInterval(b.hitRate, percent)),
        el('td', { class: 'num muted' }, percent(base.hitRate)),
        el('td', { class: 'num interval' }, withInterval(b.meanReturn, signed)),
        el('td', { class: 'num muted' }, signed(base.meanReturn)),
        el('td', { class: 'num interval' }, withInterval(b.medianReturn, signed)),
        el('td', { class: 'num interval' }, withInterval(b.difference, signed)),
        el('td', { class: `num${b.significant ? ' significant' : ''}` }, pValueText(b.pValue),
          b.significant ? el('span', { class: 'visually-hidden' }, ' (significant)') : null),
        el('td', {}, verdictBadge(b.verdict, b.summary)),
        el('td', { class: 'summary' }, b.summary || ''),
      );
    })));
}

/** The baseline of every horizon: all candles, whatever the signal, as the buckets are compared with. */
export function baselineTable(baseline, chosen) {
  return el('table', { class: 'scorecard-table baseline-table' },
    el('caption', {}, 'Baseline: every candle of the period, whatever the signal'),
    el('thead', {}, el('tr', {}, ['Horizon', 'Candles', 'Hit rate (interval)', 'Mean return (interval)',
      'Median return (interval)'].map((h, i) => el('th', { scope: 'col', class: i ? 'num' : null }, h)))),
    el('tbody', {}, (baseline || []).map((b) => el('tr', { class: b.horizon === chosen ? 'chosen' : null,
      'aria-current': b.horizon === chosen ? 'true' : null },
    el('th', { scope: 'row' }, candlesText(b.horizon)),
    el('td', { class: 'num' }, String(b.count ?? '–')),
    el('td', { class: 'num interval' }, withInterval(b.hitRate, percent)),
    el('td', { class: 'num interval' }, withInterval(b.meanReturn, signed)),
    el('td', { class: 'num interval' }, withInterval(b.medianReturn, signed))))));
}
