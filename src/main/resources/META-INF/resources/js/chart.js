// A candlestick chart on a <canvas>: candles, volume, EMA lines, stop-loss / take-profit / entry levels, a
// price axis, a time axis, a crosshair readout and past signals as markers (js/signal-markers.js). Redraws itself when
// its box is resized.

import { price } from './format.js';
import { drawMarkers, MARKER_ROOM } from './signal-markers.js';

const AXIS_W = 78;
const TIME_H = 22;
const PAD = 8;
const VOLUME_SHARE = 0.16;

export const EMA_STYLES = [
  { key: 'ema21', label: 'EMA 21', color: '#f5b84a' },
  { key: 'ema50', label: 'EMA 50', color: '#5aa9ff' },
  { key: 'ema200', label: 'EMA 200', color: '#d77cf5' },
];

function cssVar(name, fallback) {
  const v = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return v || fallback;
}

function niceStep(range, ticks) {
  const raw = range / Math.max(1, ticks);
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * power;
}

function timeLabel(t, timeframe) {
  const s = new Date(t).toISOString();
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const day = `${months[Number(s.slice(5, 7)) - 1]} ${Number(s.slice(8, 10))}`;
  return timeframe === '1d' || timeframe === '1w' ? day : `${day} ${s.slice(11, 16)}`;
}

/** onHover(index, x, step): the candle under the pointer (or highlighted), its x in the canvas (null: none), and the
 * width of a candle. */
export function createChart(canvas, readout, onHover = () => {}) {
  let data = null;
  let hover = null;
  let geometry = null;
  let markers = [];

  const observer = new ResizeObserver(() => draw());
  observer.observe(canvas);

  canvas.addEventListener('pointermove', (event) => {
    if (!geometry) return;
    const rect = canvas.getBoundingClientRect();
    const i = Math.floor((event.clientX - rect.left - PAD) / geometry.step);
    hover = i >= 0 && i < data.candles.length ? i : null;
    draw();
  });
  canvas.addEventListener('pointerleave', () => {
    hover = null;
    draw();
  });

  function showReadout(i) {
    if (!readout || !data) return;
    const c = data.candles[i ?? data.candles.length - 1];
    if (!c) {
      readout.textContent = '';
      return;
    }
    const change = ((c.c - c.o) / c.o) * 100;
    readout.textContent = `${timeLabel(c.t, data.timeframe)} UTC  O ${price(c.o)}  H ${price(c.h)}  L ${price(c.l)}`
      + `  C ${price(c.c)}  (${change >= 0 ? '+' : ''}${change.toFixed(2)}%)`;
  }

  function draw() {
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    if (!data || width === 0 || height === 0) return;
    const dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
    }
    const ctx = canvas.getContext('2d');
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);

    const colors = {
      bg: cssVar('--chart-bg', '#0f1520'),
      grid: cssVar('--chart-grid', 'rgba(255,255,255,0.06)'),
      text: cssVar('--muted', '#8b97a8'),
      up: cssVar('--up', '#26a69a'),
      down: cssVar('--down', '#ef5350'),
    };
    ctx.fillStyle = colors.bg;
    ctx.fillRect(0, 0, width, height);

    const { candles, ema, levels } = data;
    const n = candles.length;
    const plotW = width - AXIS_W - PAD;
    const plotH = height - TIME_H - PAD;
    const step = plotW / n;
    geometry = { step };

    let lo = Infinity;
    let hi = -Infinity;
    for (const c of candles) {
      lo = Math.min(lo, c.l);
      hi = Math.max(hi, c.h);
    }
    for (const style of EMA_STYLES) {
      for (const v of ema[style.key] || []) {
        if (v !== null) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    for (const level of levels) {
      lo = Math.min(lo, level.value);
      hi = Math.max(hi, level.value);
    }
    const span = hi - lo || Math.abs(hi) * 0.01 || 1;
    const priceH = plotH * (1 - VOLUME_SHARE);
    const room = markers.length ? MARKER_ROOM / priceH : 0; // the markers' share of the height, above and below
    lo -= span * (0.06 + room);
    hi += span * (0.04 + room);
    const y = (v) => PAD + (hi - v) / (hi - lo) * priceH;
    const x = (i) => PAD + i * step + step / 2;

    // grid and price axis
    ctx.font = '11px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    const tick = niceStep(hi - lo, Math.max(3, Math.floor(priceH / 48)));
    ctx.strokeStyle = colors.grid;
    ctx.lineWidth = 1;
    ctx.fillStyle = colors.text;
    for (let v = Math.ceil(lo / tick) * tick; v <= hi; v += tick) {
      const yy = Math.round(y(v)) + 0.5;
      ctx.beginPath();
      ctx.moveTo(PAD, yy);
      ctx.lineTo(PAD + plotW, yy);
      ctx.stroke();
      ctx.fillText(price(v), PAD + plotW + 8, yy);
    }

    // time axis
    ctx.textBaseline = 'alphabetic';
    ctx.textAlign = 'center';
    const every = Math.max(1, Math.ceil(n / Math.max(2, Math.floor(plotW / 110))));
    for (let i = n - 1; i >= 0; i -= every) {
      const xx = Math.round(x(i)) + 0.5;
      ctx.beginPath();
      ctx.moveTo(xx, PAD);
      ctx.lineTo(xx, PAD + plotH);
      ctx.stroke();
      if (xx > PAD + 40) ctx.fillText(timeLabel(candles[i].t, data.timeframe), xx, height - 6);
    }
    ctx.textAlign = 'left';

    // volume
    const maxVolume = Math.max(...candles.map((c) => c.v)) || 1;
    const volumeBase = PAD + plotH;
    const body = Math.max(1, step * 0.7);
    ctx.globalAlpha = 0.28;
    candles.forEach((c, i) => {
      const h = (c.v / maxVolume) * plotH * VOLUME_SHARE;
      ctx.fillStyle = c.c >= c.o ? colors.up : colors.down;
      ctx.fillRect(x(i) - body / 2, volumeBase - h, body, h);
    });
    ctx.globalAlpha = 1;

    // candles
    candles.forEach((c, i) => {
      const color = c.c >= c.o ? colors.up : colors.down;
      ctx.strokeStyle = color;
      ctx.fillStyle = color;
      const xx = Math.round(x(i)) + 0.5;
      ctx.beginPath();
      ctx.moveTo(xx, y(c.h));
      ctx.lineTo(xx, y(c.l));
      ctx.stroke();
      const top = y(Math.max(c.o, c.c));
      const h = Math.max(1, y(Math.min(c.o, c.c)) - top);
      ctx.fillRect(x(i) - body / 2, top, body, h);
    });

    // EMA lines
    ctx.lineWidth = 1.5;
    for (const style of EMA_STYLES) {
      const values = ema[style.key] || [];
      ctx.strokeStyle = style.color;
      ctx.beginPath();
      let pen = false;
      values.forEach((v, i) => {
        if (v === null) {
          pen = false;
        } else if (pen) {
          ctx.lineTo(x(i), y(v));
        } else {
          ctx.moveTo(x(i), y(v));
          pen = true;
        }
      });
      ctx.stroke();
    }

    // risk levels with their axis tags
    const last = candles[n - 1];
    const tags = [...levels, { label: '', value: last.c, color: last.c >= last.o ? colors.up : colors.down, solid: true }];
    for (const level of tags) {
      const yy = Math.round(y(level.value)) + 0.5;
      ctx.strokeStyle = level.color;
      ctx.lineWidth = 1;
      ctx.setLineDash(level.solid ? [1, 3] : [6, 4]);
      ctx.beginPath();
      ctx.moveTo(PAD, yy);
      ctx.lineTo(PAD + plotW, yy);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = level.color;
      ctx.fillRect(PAD + plotW + 2, yy - 9, AXIS_W - 4, 18);
      ctx.fillStyle = '#0b0f16';
      ctx.textBaseline = 'middle';
      ctx.font = '600 11px system-ui, sans-serif';
      ctx.fillText(price(level.value), PAD + plotW + 6, yy);
      if (level.label) {
        const w = ctx.measureText(level.label).width + 10;
        const above = yy - 20 > PAD;
        const top = above ? yy - 19 : yy + 3;
        ctx.fillStyle = colors.bg;
        ctx.globalAlpha = 0.85;
        ctx.fillRect(PAD + plotW - w - 2, top, w, 16);
        ctx.globalAlpha = 1;
        ctx.fillStyle = level.color;
        ctx.fillText(level.label, PAD + plotW - w + 3, top + 8);
      }
      ctx.font = '11px system-ui, sans-serif';
    }

    drawMarkers(ctx, markers, { x, y, candles, step, hover, colors });

    // crosshair
    if (hover !== null) {
      const xx = Math.round(x(hover)) + 0.5;
      ctx.strokeStyle = colors.text;
      ctx.setLineDash([3, 3]);
      ctx.beginPath();
      ctx.moveTo(xx, PAD);
      ctx.lineTo(xx, PAD + plotH);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    showReadout(hover);
    onHover(hover, hover === null ? null : x(hover), step);
    canvas.dataset.drawn = String(n);
    canvas.dataset.markers = String(markers.length);
  }

  return {
    /** levels: [{label, value, color}] drawn as dashed horizontal lines. */
    set(next) {
      data = next && next.candles && next.candles.length ? next : null;
      hover = null;
      if (data) {
        draw();
      } else {
        delete canvas.dataset.drawn;
      }
    },
    /** Past signals on the candles: [{ index, signal, recorded }] (js/scorecard-data.js placeMarkers). */
    setMarkers(next) {
      markers = next || [];
      draw();
    },
    /** Puts the crosshair on a candle, as the pointer would (null: none). */
    highlight(index) {
      hover = data && index !== null && index >= 0 && index < data.candles.length ? index : null;
      draw();
    },
    setLevels(levels) {
      if (!data) return;
      data = { ...data, levels };
      draw();
    },
    destroy() {
      observer.disconnect();
    },
  };
}
