// The dashboard's screen-editing functions (js/screen-text.js), without a browser: suggestions at the caret, where an
// error points, and the caret line under a screen.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completions, errorPosition, caretLines, describe }
  from '../src/main/resources/META-INF/resources/js/screen-text.js';

const FIELDS = [
  { name: 'symbol', type: 'text', values: [], source: 'row', description: 'The pair' },
  { name: 'signal', type: 'text', values: ['BUY', 'SELL', 'HOLD'], source: 'row', description: 'The verdict' },
  { name: 'strength', type: 'number', values: [], source: 'row', description: 'Agreement' },
  { name: 'stale', type: 'boolean', values: [], source: 'row', description: 'Old candle' },
  { name: 'rsi', type: 'number', values: [], source: 'row', description: 'RSI' },
  { name: 'rsi14', type: 'number', values: [], source: 'indicators', description: 'RSI(14)' },
  { name: 'regime', type: 'text', values: ['bull', 'bear', 'ranging', 'volatile'], source: 'deep', description: 'Regime' },
];

const labels = (c) => c.items.map((i) => i.label);

test('a word at the caret is completed with the fields that start with it, then those that contain it', () => {
  const c = completions(FIELDS, 'rsi14 < 30 and s');
  assert.deepEqual(labels(c), ['symbol', 'signal', 'strength', 'stale']);
  assert.deepEqual([c.from, c.to], [15, 16]);
  assert.deepEqual(labels(completions(FIELDS, 'rsi14 < 30 and Reg')), ['regime']);
  assert.deepEqual(labels(completions(FIELDS, 'ime')), ['regime']);
  assert.equal(completions(FIELDS, 'st').items[0].detail, 'number · row · Agreement');
});

test('the caret inside a word replaces the whole word; a complete name is not suggested again', () => {
  const c = completions(FIELDS, 'sig == "BUY"', 2);
  assert.deepEqual(labels(c), ['signal']);
  assert.deepEqual([c.from, c.to], [0, 3]);
  assert.deepEqual(labels(completions(FIELDS, 'rsi')), ['rsi14']);
  assert.deepEqual(labels(completions(FIELDS, 'rsi14')), []);
});

test('keywords, numbers and empty places after no field suggest nothing', () => {
  for (const text of ['rsi14 < 30 and', 'rsi14 < 3', 'rsi14 < 30 ', '', 'not']) {
    assert.deepEqual(completions(FIELDS, text).items, [], text);
  }
});

test('inside quotes after an enumerated field, its values; the closing quote is added when missing', () => {
  const c = completions(FIELDS, 'signal == "b');
  assert.deepEqual(c.items, [{ label: 'BUY', insert: 'BUY"', detail: 'signal' }]);
  assert.deepEqual([c.from, c.to], [11, 12]);
  const closed = completions(FIELDS, "regime != 'r'", 12);
  assert.deepEqual(closed.items.map((i) => i.insert), ['ranging']);
  assert.deepEqual(labels(completions(FIELDS, 'signal in ("BUY", "')), ['BUY', 'SELL', 'HOLD']);
  assert.deepEqual(labels(completions(FIELDS, 'regime not in (\'')), ['bull', 'bear', 'ranging', 'volatile']);
  assert.deepEqual(completions(FIELDS, 'symbol == "BT').items, [], 'symbol takes any text');
  assert.deepEqual(completions(FIELDS, 'signal == "BUY" and symbol == "x\\"').items, []);
});

test('after an enumerated field and its operator, its values in quotes', () => {
  assert.deepEqual(completions(FIELDS, 'signal == ').items.map((i) => i.insert), ['"BUY"', '"SELL"', '"HOLD"']);
  assert.deepEqual(completions(FIELDS, 'strength == ').items, []);
});

test('an error points at its position, or at the position its message names', () => {
  assert.equal(errorPosition({ code: 'INVALID_SCREEN', message: 'x at position 3', position: 6 }), 6);
  assert.equal(errorPosition({ code: 'INVALID_SCREEN', message: 'expected a value at position 12, found "x"' }), 12);
  assert.equal(errorPosition({ code: 'INVALID_SCREEN', message: 'something else' }), null);
  assert.equal(errorPosition(null), null);
});

test('the caret line lines up under the position, also in a long screen shown around it', () => {
  assert.deepEqual(caretLines('rsi14 30', 6), ['rsi14 30', '      ^']);
  assert.deepEqual(caretLines('rsi14\t30', 8), ['rsi14 30', '        ^']);
  const long = `${'a'.repeat(100)}#${'b'.repeat(100)}`;
  const [line, caret] = caretLines(long, 100, 40);
  assert.equal(line[caret.length - 1], '#');
  assert.ok(line.startsWith('…') && line.endsWith('…'));
  const [end, endCaret] = caretLines(long, long.length, 40);
  assert.ok(end.startsWith('…') && !end.endsWith('…'));
  assert.equal(endCaret.length - 1, end.length);
});

test('a field is described by its type, source and description', () => {
  assert.equal(describe(FIELDS[6]), 'text · deep analysis · Regime');
});
