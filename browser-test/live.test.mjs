// The dashboard's live-data functions (js/live.js), without a browser: how a signalUpdated event merges into the row
// the table shows, and how an exchange's streams are summed up in the exchange selector.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeLive, keepNewest, changeNote, streamHealth } from '../src/main/resources/META-INF/resources/js/live.js';

const ROW = {
  symbol: 'BTC/USDT', exchange: 'binance', timeframe: '1h', price: 75000, change24h: 1.2, volume24h: 1e9,
  signal: 'HOLD', strength: 40, rating: 0.1, rsi: 52.4, macd: 'neutral', emaTrend: 'up', status: 'complete',
  reason: null, candleTime: '2026-04-21T13:00:00Z', candleCloseTime: '2026-04-21T14:00:00Z', stale: false,
  opportunityScore: 61, data: 'rest',
};

function event(signal, extra = {}) {
  return {
    scanId: 'scan-1', timestamp: '2026-04-21T15:00:01Z', exchange: 'binance', symbol: 'BTC/USDT', timeframe: '1h',
    candleTime: '2026-04-21T14:00:00Z', candleCloseTime: '2026-04-21T15:00:00Z',
    signal: {
      ...ROW, status: 'quick_scan', opportunityScore: 12, candleTime: '2026-04-21T14:00:00Z',
      candleCloseTime: '2026-04-21T15:00:00Z', data: 'live', ...signal,
    },
    previous: { signal: 'HOLD', strength: 40 },
    ...extra,
  };
}

test('a candle close updates the values a candle changes and keeps the status and the opportunity score', () => {
  const merged = mergeLive(ROW, event({ signal: 'BUY', strength: 72, price: 75500, rsi: 61.2, macd: 'bullish' }));
  assert.equal(merged.signal, 'BUY');
  assert.equal(merged.strength, 72);
  assert.equal(merged.price, 75500);
  assert.equal(merged.rsi, 61.2);
  assert.equal(merged.macd, 'bullish');
  assert.equal(merged.candleTime, '2026-04-21T14:00:00Z');
  assert.equal(merged.data, 'live');
  assert.equal(merged.status, 'complete');
  assert.equal(merged.opportunityScore, 61);
  assert.equal(merged.change24h, 1.2);
  assert.deepEqual(merged.changedFrom, { signal: 'HOLD', strength: 40, at: '2026-04-21T15:00:00Z' });
  assert.equal(changeNote(merged), 'BUY since the candle closed 2026-04-21 15:00 UTC, was HOLD (strength 40)');
  assert.equal(ROW.signal, 'HOLD', 'the row given is not changed');
});

test('events about another row, another timeframe or an older candle change nothing', () => {
  assert.equal(mergeLive(ROW, event({}, { symbol: 'ETH/USDT' })), null);
  assert.equal(mergeLive(ROW, event({}, { exchange: 'okx' })), null);
  assert.equal(mergeLive(ROW, event({}, { timeframe: '4h' })), null);
  assert.equal(mergeLive(ROW, event({ candleTime: '2026-04-21T12:00:00Z' })), null);
  assert.equal(mergeLive(undefined, event({})), null);
  assert.equal(mergeLive(ROW, { ...event({}), signal: null }), null);
});

test('the change is kept while the signal stays, and dropped when the signal moves on', () => {
  const changed = mergeLive(ROW, event({ signal: 'BUY', strength: 72 }));
  const next = { candleTime: '2026-04-21T15:00:00Z', candleCloseTime: '2026-04-21T16:00:00Z' };
  const same = mergeLive(changed,
    event({ signal: 'BUY', strength: 75, ...next }, { ...next, previous: { signal: 'BUY', strength: 72 } }));
  assert.equal(same.strength, 75);
  assert.deepEqual(same.changedFrom, changed.changedFrom);
  const unchanged = mergeLive(ROW, event({ strength: 45 }));
  assert.equal(unchanged.changedFrom, undefined);
  assert.equal(changeNote(unchanged), null);
});

test('without the event\'s previous signal, the row\'s own is the one before', () => {
  const merged = mergeLive(ROW, event({ signal: 'SELL', strength: 66 }, { previous: null }));
  assert.deepEqual(merged.changedFrom, { signal: 'HOLD', strength: 40, at: '2026-04-21T15:00:00Z' });
});

test('an older signal from elsewhere (a deep analysis) keeps the later candle\'s values', () => {
  const live = mergeLive(ROW, event({ signal: 'BUY', strength: 72, price: 75500 }));
  const analyzed = { ...ROW, status: 'complete', opportunityScore: 70 };
  const kept = keepNewest(live, analyzed);
  assert.equal(kept.signal, 'BUY');
  assert.equal(kept.price, 75500);
  assert.equal(kept.data, 'live');
  assert.equal(kept.opportunityScore, 70);
  assert.deepEqual(kept.changedFrom, live.changedFrom);
  const later = { ...ROW, candleTime: '2026-04-21T15:00:00Z', signal: 'SELL' };
  assert.equal(keepNewest(live, later).signal, 'SELL');
  assert.equal(keepNewest(live, later).changedFrom, undefined);
  assert.equal(keepNewest(undefined, ROW), ROW);
});

test('stream health: nothing without streams, the lag when live, a warning naming the reason when not', () => {
  assert.equal(streamHealth(undefined), null);
  assert.equal(streamHealth([]), null);
  const live = { connection: 'binance-1', connected: true, streams: 800, lagMs: 120, reconnects: 0, state: 'live' };
  assert.deepEqual(streamHealth([live]), { warn: false, text: 'stream live, lag 120 ms' });
  assert.deepEqual(streamHealth([{ ...live, lagMs: null }]), { warn: false, text: 'stream live' });
  assert.deepEqual(streamHealth([live, { ...live, connection: 'binance-2', lagMs: 1500 }]),
    { warn: false, text: '2 of 2 streams live, lag up to 1.5 s' });
  assert.deepEqual(streamHealth([{ ...live, connected: false, state: 'reconnecting', reason: 'read timeout' }]),
    { warn: true, text: 'stream reconnecting: read timeout · REST takes over' });
  const stopped = { ...live, connection: 'binance-2', connected: false, state: 'stopped', reason: null };
  assert.deepEqual(streamHealth([live, stopped]),
    { warn: true, text: '1 of 2 streams live, lag 120 ms · stream binance-2 stopped · REST takes over' });
});
