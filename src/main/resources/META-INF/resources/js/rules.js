// The Alert rules panel (/api/scanner/alert-rules): every rule with its condition, scope, trigger, cooldown,
// channels and whether it is enabled (a checkbox that changes it at once), created and edited in the rule form
// (js/rule-form.js), deleted, and the deliveries of a rule's alerts to its channels (status, attempts, reason, time).

import * as api from './api.js';
import { el, utc, exchangeName, actionButton } from './format.js';

const KIND_TEXT = {
  signal_flip: 'signal flips', strength_change: 'strength changes by 20+', price_move: 'price moves 3 %+',
  rsi_cross: 'RSI crosses 30 or 70', regime_change: 'regime changes',
};
const TRIGGER_TEXT = { enters: 'when it starts matching', every: 'every time' };

export function createRules({ body, empty, message, error, deliveries, form }) {
  let rules = [];
  let channelNames = new Map();
  let shown = null; // the rule whose deliveries are shown, or null

  deliveries.refresh.addEventListener('click', () => showDeliveries(shown));
  deliveries.close.addEventListener('click', () => {
    shown = null;
    deliveries.section.hidden = true;
  });

  function say(text) {
    message.textContent = text;
    error.hidden = true;
  }

  function fail(text) {
    error.textContent = text;
    error.hidden = false;
  }

  function render() {
    body.replaceChildren(...rules.map((r) => el('tr', { dataset: { id: r.id } },
      el('th', { scope: 'row' }, r.name),
      el('td', { class: 'condition' }, r.expression ? el('code', {}, r.expression) : KIND_TEXT[r.kind] || r.kind),
      el('td', {}, scope(r)),
      el('td', {}, TRIGGER_TEXT[r.trigger] || r.trigger,
        r.oncePerCandle ? el('small', { class: 'sub' }, 'once per candle') : null),
      el('td', {}, r.cooldownSeconds ? cooldown(r.cooldownSeconds) : 'none'),
      el('td', {}, r.channels.length ? r.channels.map((id) => channelNames.get(id) || id).join(', ') : 'feed only'),
      el('td', {}, enabledBox(r)),
      el('td', {}, el('div', { class: 'row-actions' },
        actionButton('Deliveries', `Deliveries of ${r.name}`, () => showDeliveries(r)),
        actionButton('Edit', `Edit rule ${r.name}`, () => form.edit(r)),
        actionButton('Delete', `Delete rule ${r.name}`, () => remove(r)))))));
    empty.hidden = rules.length > 0;
  }

  function enabledBox(rule) {
    const box = el('input', { type: 'checkbox', checked: rule.enabled, 'aria-label': `${rule.name} enabled` });
    box.addEventListener('change', async () => {
      try {
        await api.updateRule(rule.id, { enabled: box.checked });
        say(`Rule “${rule.name}” ${box.checked ? 'enabled' : 'disabled'}.`);
        await load();
      } catch (e) {
        box.checked = !box.checked;
        fail(`Rule “${rule.name}” could not be changed: ${e.message}`);
      }
    });
    return box;
  }

  async function remove(rule) {
    try {
      await api.deleteRule(rule.id);
      if (shown && shown.id === rule.id) deliveries.close.click();
      say(`Rule “${rule.name}” deleted.`);
      await load();
    } catch (e) {
      fail(`Rule “${rule.name}” could not be deleted: ${e.message}`);
    }
  }

  async function showDeliveries(rule) {
    if (!rule) return;
    shown = rule;
    deliveries.section.hidden = false;
    deliveries.heading.textContent = `Deliveries of “${rule.name}”`;
    try {
      const list = (await api.deliveries(rule.id)).deliveries || [];
      if (shown !== rule) return;
      deliveries.body.replaceChildren(...list.map((d) => el('tr', {},
        el('td', {}, utc(d.updatedAt, true).replace(' UTC', '')),
        el('td', {}, channelNames.get(d.channelId) || d.channelId),
        el('td', {}, el('span', { class: `status ${d.status === 'sent' ? 'complete' : d.status}` }, d.status)),
        el('td', { class: 'num' }, String(d.attempts)),
        el('td', {}, [d.reason, d.lastHttpStatus ? `HTTP ${d.lastHttpStatus}` : null,
          d.nextAttemptAt ? `next attempt ${utc(d.nextAttemptAt, true)}` : null].filter(Boolean).join(' · ') || '–'))));
      deliveries.empty.hidden = list.length > 0;
      deliveries.heading.focus();
    } catch (e) {
      fail(`The deliveries could not be loaded: ${e.message}`);
    }
  }

  async function load() {
    try {
      rules = (await api.rules()).rules || [];
      render();
    } catch (e) {
      fail(`The alert rules could not be loaded: ${e.message}`);
    }
  }

  /** Sends the form: a new rule, or the changes of the rule being edited. */
  async function save(editing) {
    const rule = form.body();
    if (!rule.name) {
      fail('Give the rule a name.');
      form.focusName();
      return;
    }
    try {
      const answer = editing ? await api.updateRule(editing.id, rule) : await api.createRule(rule);
      form.reset();
      say(`Rule “${answer.rule.name}” ${editing ? 'saved' : 'created'}.`);
      await load();
    } catch (e) {
      fail(`The rule could not be saved: ${e.message}`);
      if (e.code === 'INVALID_EXPRESSION') form.focusExpression();
    }
  }

  return {
    load,
    save,
    /** The channels' names, to show a rule's channels by name. */
    setChannels(list) {
      channelNames = new Map(list.map((c) => [c.id, c.name]));
      render();
    },
  };
}

/** "every symbol", or "BTC/USDT, ETH/USDT on Binance, 1h". */
function scope(rule) {
  const symbols = rule.symbols && rule.symbols.length ? rule.symbols.join(', ') : 'every symbol';
  return `${symbols}${rule.exchange ? ` on ${exchangeName(rule.exchange)}` : ''}`
    + `${rule.timeframe ? `, ${rule.timeframe}` : ''}`;
}

/** 90 -> "90 s", 3600 -> "1 h", 5400 -> "90 min". */
function cooldown(seconds) {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}
