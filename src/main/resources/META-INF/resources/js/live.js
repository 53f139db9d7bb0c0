// Live data: a signalUpdated event (a candle of a watched timeframe closed, its signal computed from the candles the
// service holds from the exchange's stream) merged into the row the table shows, and the health of an exchange's
// streams in a few words. No DOM here: the table, the detail panel and the exchange selector draw what this returns.

import { isNum, duration, rowKey, utc } from './format.js';

/** What a closed candle changes in a row; its status, opportunity score and deep analysis stay as they were. */
const LIVE_FIELDS = ['signal', 'strength', 'rating', 'price', 'rsi', 'macd', 'emaTrend', 'candleTime',
  'candleCloseTime', 'stale', 'data'];

const STATE_TEXT = { connecting: 'connecting', reconnecting: 'reconnecting', stopped: 'stopped' };

/**
 * The row updated by a signalUpdated event, or null when the event is not about it: another (exchange, symbol),
 * another timeframe than the row's scan, or a candle older than the one shown. When the signal changed, the row
 * keeps what it was (changedFrom: the signal and strength before, the close time of the candle that changed it)
 * until the next change; the event's `previous` tells it, or else the row itself.
 */
export function mergeLive(row, event) {
  const update = event && event.signal;
  if (!row || !update || rowKey(row) !== rowKey(event) || event.timeframe !== row.timeframe) return null;
  const shown = Date.parse(row.candleTime);
  const next = Date.parse(update.candleTime || event.candleTime);
  if (next < shown) return null;

  const merged = { ...row };
  for (const key of LIVE_FIELDS) if (update[key] !== undefined) merged[key] = update[key];
  const previous = event.previous || { signal: row.signal, strength: row.strength };
  if (previous.signal && previous.signal !== merged.signal) {
    merged.changedFrom = { signal: previous.signal, strength: previous.strength, at: merged.candleCloseTime };
  } else if (row.signal !== merged.signal) {
    delete merged.changedFrom;
  }
  return merged;
}

/**
 * A newer signal for a row from elsewhere (its deep analysis, a scan's answer): the fields a closed candle changes
 * stay those of the newer candle when the row already shows a later one than the incoming signal's, and the change
 * kept with the row stays while the signal is the same.
 */
export function keepNewest(row, incoming) {
  if (!row) return incoming;
  const merged = { ...incoming };
  if (Date.parse(row.candleTime) > Date.parse(incoming.candleTime)) {
    for (const key of LIVE_FIELDS) if (row[key] !== undefined) merged[key] = row[key];
  }
  if (row.changedFrom && !merged.changedFrom && merged.signal === row.signal) merged.changedFrom = row.changedFrom;
  return merged;
}

/** "BUY since the candle closed 2026-04-21 14:00 UTC, was SELL (strength 60)", or null when no change is kept. */
export function changeNote(row) {
  const from = row && row.changedFrom;
  if (!from) return null;
  const strength = isNum(from.strength) ? ` (strength ${from.strength})` : '';
  return `${row.signal} since the candle closed ${utc(from.at)}, was ${from.signal}${strength}`;
}

/** The title of the live marker. */
export const LIVE_TITLE = 'Live: computed from candles streamed by the exchange, not fetched over REST';

/**
 * An exchange's streams (the `streams` of GET /api/scanner/exchanges) in a few words, or null when it has none.
 * warn: a stream is not live. Its symbols are then fetched over REST: a warning, not an error.
 */
export function streamHealth(streams) {
  if (!Array.isArray(streams) || streams.length === 0) return null;
  const several = streams.length > 1;
  const up = streams.filter((s) => s.state === 'live' && s.connected !== false);
  const down = streams.filter((s) => !up.includes(s));
  const lags = up.map((s) => s.lagMs).filter(isNum);
  const parts = [];
  if (up.length) {
    const lag = lags.length ? `, lag ${several && lags.length > 1 ? 'up to ' : ''}${duration(Math.max(...lags))}` : '';
    parts.push(`${several ? `${up.length} of ${streams.length} streams` : 'stream'} live${lag}`);
  }
  for (const s of down) {
    const state = STATE_TEXT[s.state] || (s.state === 'live' ? 'disconnected' : s.state || 'down');
    parts.push(`${several ? `stream ${s.connection}` : 'stream'} ${state}${s.reason ? `: ${s.reason}` : ''}`);
  }
  if (down.length) parts.push('REST takes over');
  return { warn: down.length > 0, text: parts.join(' · ') };
}
