// The form of an alert rule: a screen (checked and completed as it is typed, like the Screens panel's) or a change
// kind, its scope (symbols, exchange, timeframe), trigger, cooldown, once-per-candle, channels and whether it is
// enabled. Filled from a rule to edit it; read into the body of POST or PUT /api/scanner/alert-rules.

import { el, exchangeName } from './format.js';
import { createScreenEditor } from './screen-editor.js';
import { KIND_NAMES } from './channels.js';

export function createRuleForm({ editor, summary, form, inputs, expressionField, editorParts, channelList,
  channelsEmpty, submit, cancel, check, onSubmit }) {
  const screen = createScreenEditor({ ...editorParts, check });
  let editing = null;
  let channels = [];

  inputs.kind.addEventListener('change', () => {
    showKind();
    // the defaults of the kind, for a new rule: a screen tells when a symbol enters it, once per candle
    if (!editing) setDefaults();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit(editing);
  });
  cancel.addEventListener('click', () => reset());

  function isScreen() {
    return inputs.kind.value === 'screen_match';
  }

  function showKind() {
    expressionField.hidden = !isScreen();
  }

  function setDefaults() {
    inputs.trigger.value = isScreen() ? 'enters' : 'every';
    inputs.once.checked = isScreen();
  }

  function renderChannels(chosen = checkedChannels()) {
    channelList.replaceChildren(...channels.map((c) => el('li', {}, el('label', { class: 'picker-option' },
      el('input', { type: 'checkbox', value: c.id, checked: chosen.includes(c.id) }),
      el('span', {}, c.name), ' ', el('span', { class: 'muted' }, KIND_NAMES[c.kind] || c.kind)))));
    channelsEmpty.hidden = channels.length > 0;
  }

  function checkedChannels() {
    return [...channelList.querySelectorAll('input:checked')].map((input) => input.value);
  }

  function reset() {
    editing = null;
    form.reset();
    screen.set('');
    setDefaults();
    showKind();
    renderChannels([]);
    summary.textContent = 'New rule';
    submit.textContent = 'Create rule';
    editor.open = false;
  }

  showKind();
  setDefaults();
  return {
    /** Opens the form on a rule to change it. */
    edit(rule) {
      editing = rule;
      inputs.name.value = rule.name;
      inputs.kind.value = rule.kind;
      screen.set(rule.expression || '');
      inputs.symbols.value = (rule.symbols || []).join(', ');
      inputs.exchange.value = rule.exchange || '';
      inputs.timeframe.value = rule.timeframe || '';
      inputs.trigger.value = rule.trigger;
      inputs.cooldown.value = String(rule.cooldownSeconds ?? 0);
      inputs.once.checked = rule.oncePerCandle;
      inputs.enabled.checked = rule.enabled;
      renderChannels(rule.channels || []);
      showKind();
      summary.textContent = `Edit rule “${rule.name}”`;
      submit.textContent = 'Save changes';
      editor.open = true;
      inputs.name.focus();
    },
    reset,
    /** The body the form describes; on an edit, "" clears the exchange and the timeframe. */
    body() {
      return {
        name: inputs.name.value.trim(),
        kind: inputs.kind.value,
        ...(isScreen() ? { expression: screen.value } : {}),
        symbols: inputs.symbols.value.split(/[\s,;]+/).filter(Boolean),
        exchange: inputs.exchange.value,
        timeframe: inputs.timeframe.value,
        trigger: inputs.trigger.value,
        cooldownSeconds: Number(inputs.cooldown.value || 0),
        oncePerCandle: inputs.once.checked,
        channels: checkedChannels(),
        enabled: inputs.enabled.checked,
      };
    },
    /** The channels a rule can send to, as GET /api/scanner/channels lists them. */
    setChannels(list) {
      channels = list;
      renderChannels();
    },
    /** The exchanges a rule can be limited to (GET /api/scanner/exchanges), after "Any". */
    setExchanges(ids) {
      const chosen = inputs.exchange.value;
      inputs.exchange.replaceChildren(el('option', { value: '' }, 'Any'),
        ...ids.map((id) => el('option', { value: id }, exchangeName(id))));
      inputs.exchange.value = chosen;
    },
    setFields: (fields) => screen.setFields(fields),
    focusExpression: () => screen.focus(),
    focusName: () => inputs.name.focus(),
  };
}
