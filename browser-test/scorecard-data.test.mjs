// The dashboard's reading of scorecard answers (js/scorecard-data.js), without a browser: the groups of buckets and
// their order, intervals and p-values in words, a past signal's outcomes in words, and where signals sit on candles.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bucketGroups, bucketsAt, bucketLabel, withInterval, pValueText, outcomeLines, placeMarkers,
} from '../src/main/resources/META-INF/resources/js/scorecard-data.js';
import { pct } from '../src/main/resources/META-INF/resources/js/format.js';

const bucket = (signal, strength, horizon) => ({ signal, strength, horizon, count: 10 });

test('buckets of one horizon come BUY, SELL, HOLD, each from its lowest strength up', () => {
  const buckets = [bucket('HOLD', '0-24', 4), bucket('SELL', '50-74', 4), bucket('BUY', '75-100', 4),
    bucket('BUY', '25-49', 4), bucket('BUY', '25-49', 24), bucket('SELL', '0-24', 4)];
  assert.deepEqual(bucketsAt(buckets, 4).map((b) => `${b.signal} ${bucketLabel(b)}`),
    ['BUY 25-49', 'BUY 75-100', 'SELL 0-24', 'SELL 50-74', 'HOLD 0-24']);
  assert.deepEqual(bucketsAt(buckets, 1), []);
});

test('every array of buckets in an answer is a group, the strength buckets first, labelled by their own field', () => {
  const answer = {
    success: true, horizons: [1], baseline: [{ horizon: 1, count: 5 }],
    opportunity: [{ signal: 'BUY', opportunity: '60-79', horizon: 1 }],
    buckets: [bucket('BUY', '25-49', 1)],
  };
  const groups = bucketGroups(answer);
  assert.deepEqual(groups.map((g) => [g.key, g.field, g.title]), [
    ['buckets', 'strength', 'By signal and strength'],
    ['opportunity', 'opportunity', 'By signal and opportunity score'],
  ]);
  assert.equal(bucketLabel(answer.opportunity[0]), '60-79');
  assert.deepEqual(bucketGroups({ buckets: [] }), []);
});

test('a value is shown with its interval when it has one', () => {
  assert.equal(withInterval({ value: 0.521, low: 0.48, high: 0.562 }, (v) => pct(v, 1)), '52.1% (48.0% to 56.2%)');
  assert.equal(withInterval({ value: 0.5, low: null, high: null }, (v) => pct(v, 1)), '50.0%');
  assert.equal(withInterval(null, (v) => pct(v, 1)), '–');
  assert.equal(pValueText(0.0004), '< 0.001');
  assert.equal(pValueText(0.0312), '0.031');
  assert.equal(pValueText(null), '–');
});

test('outcomes read per horizon, pending horizons included, in horizon order', () => {
  const lines = outcomeLines({
    outcomes: [
      { horizon: 4, forwardReturn: -0.003, maxFavourable: 0.004, maxAdverse: -0.006, levelHit: 'STOP_FIRST',
        bothInOneCandle: true },
      { horizon: 1, forwardReturn: 0.0021, maxFavourable: 0.004, maxAdverse: -0.001, levelHit: 'NO_LEVELS',
        bothInOneCandle: false },
    ],
    pendingHorizons: [24],
  });
  assert.deepEqual(lines.map((l) => l.text), [
    '1 candle: +0.21% · best +0.40% · worst -0.10%',
    '4 candles: -0.30% · best +0.40% · worst -0.60% · stop loss reached first (both in one candle: counted as the stop)',
    '24 candles: pending',
  ]);
  assert.equal(lines[2].pending, true);
});

test('signals are placed on the candle they were computed on; those off the chart are left out', () => {
  const candles = [0, 1, 2, 3].map((i) => ({ t: Date.parse('2026-04-21T00:00:00Z') + i * 3600000 }));
  const at = (hour, signal) => ({ candleTime: `2026-04-21T0${hour}:00:00Z`, signal });
  const markers = placeMarkers(candles, [at(3, 'SELL'), at(1, 'BUY'), { candleTime: '2026-04-20T23:00:00Z' }],
    [at(1, 'BUY')]);
  assert.deepEqual(markers.map((m) => [m.index, m.signal.signal, m.recorded]),
    [[1, 'BUY', false], [1, 'BUY', true], [3, 'SELL', false]]);
});
