// Past signals drawn on the candle chart: a BUY as an up-arrow below its candle, a SELL as a down-arrow above it, a
// HOLD (the end of a BUY or a SELL) as a dot below it. Signals replayed on the recorded candles are filled in the
// signal's colour; those the service really gave are hollow, outlined in the accent colour, one step further out.
// Every marker of a kind goes into one path, so hundreds of them cost a handful of fills.

const MAX_HALF = 7;
const GAP = 4;

/** The pixels the markers need above the highest high and below the lowest low. */
export const MARKER_ROOM = 2 * (2 * MAX_HALF + GAP) + GAP;

export const MARKER_STYLES = {
  replayed: { BUY: '--up', SELL: '--down', HOLD: '--hold' },
  recorded: '#4f8cff',
};

function cssColor(name, fallback) {
  const v = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return v || fallback;
}

function arrow(ctx, cx, tip, half, up) {
  const base = up ? tip + half * 1.6 : tip - half * 1.6;
  ctx.moveTo(cx, tip);
  ctx.lineTo(cx + half, base);
  ctx.lineTo(cx - half, base);
  ctx.closePath();
}

function dot(ctx, cx, cy, r) {
  ctx.moveTo(cx + r, cy);
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
}

/** Draws the markers ([{ index, signal, recorded }]) with the chart's scales x(i), y(price). */
export function drawMarkers(ctx, markers, { x, y, candles, step, colors }) {
  if (!markers.length) return;
  const half = Math.max(3, Math.min(MAX_HALF, step * 0.45));
  const out = 2 * half + GAP; // a recorded marker sits this much further from the candle
  const paths = new Map(); // "recorded|BUY" -> Path2D
  const path = (key) => {
    if (!paths.has(key)) paths.set(key, new Path2D());
    return paths.get(key);
  };
  for (const { index, signal, recorded } of markers) {
    const c = candles[index];
    if (!c) continue;
    const cx = x(index);
    const shift = recorded ? out : 0;
    const p = path(`${recorded ? 'recorded' : 'replayed'}|${signal.signal}`);
    if (signal.signal === 'BUY') arrow(p, cx, y(c.l) + GAP + shift, half, true);
    else if (signal.signal === 'SELL') arrow(p, cx, y(c.h) - GAP - shift, half, false);
    else dot(p, cx, y(c.l) + GAP + half / 2 + shift, Math.max(2, half / 2.5));
  }
  ctx.save();
  for (const [key, p] of paths) {
    const [kind, signal] = key.split('|');
    if (kind === 'recorded') {
      ctx.fillStyle = colors.bg;
      ctx.strokeStyle = MARKER_STYLES.recorded;
      ctx.lineWidth = 1.6;
      ctx.fill(p);
      ctx.stroke(p);
    } else {
      ctx.fillStyle = cssColor(MARKER_STYLES.replayed[signal] || '--hold', '#9aa5b4');
      ctx.fill(p);
    }
  }
  ctx.restore();
}
