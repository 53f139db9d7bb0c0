// The Alert rules panel put together: the rules (js/rules.js) with their form (js/rule-form.js) and the
// notification channels (js/channels.js). Shown when the service has alert rules.

import * as api from './api.js';
import { createChannels } from './channels.js';
import { createRuleForm } from './rule-form.js';
import { createRules } from './rules.js';

export function createAlerting($) {
  const form = createRuleForm({
    editor: $('rule-editor'),
    summary: $('rule-editor-summary'),
    form: $('rule-form'),
    inputs: {
      name: $('rule-name'), kind: $('rule-kind'), symbols: $('rule-symbols'), exchange: $('rule-exchange'),
      timeframe: $('rule-timeframe'), trigger: $('rule-trigger'), cooldown: $('rule-cooldown'), once: $('rule-once'),
      enabled: $('rule-enabled'),
    },
    expressionField: $('rule-expression-field'),
    editorParts: {
      input: $('rule-expression'), list: $('rule-suggestions'), status: $('rule-check'), caret: $('rule-caret'),
    },
    channelList: $('rule-channels'),
    channelsEmpty: $('rule-channels-empty'),
    submit: $('rule-submit'),
    cancel: $('rule-cancel'),
    check: api.checkScreen,
    onSubmit: (editing) => rules.save(editing),
  });

  const rules = createRules({
    body: $('rules-body'),
    empty: $('rules-empty'),
    message: $('rules-message'),
    error: $('rules-error'),
    deliveries: {
      section: $('deliveries'), heading: $('deliveries-heading'), body: $('deliveries-body'),
      empty: $('deliveries-empty'), refresh: $('deliveries-refresh'), close: $('deliveries-close'),
    },
    form,
  });

  const channels = createChannels({
    list: $('channels'),
    empty: $('channels-empty'),
    message: $('channels-message'),
    error: $('channels-error'),
    editor: $('channel-editor'),
    summary: $('channel-editor-summary'),
    form: $('channel-form'),
    inputs: {
      name: $('channel-name'), kind: $('channel-kind'), url: $('channel-url'), secret: $('channel-secret'),
      botToken: $('channel-bot-token'), chatId: $('channel-chat-id'), webhookUrl: $('channel-webhook-url'),
      template: $('channel-template'),
    },
    notes: {
      secret: $('channel-secret-note'),
      botToken: $('channel-bot-token-note'),
      webhookUrl: $('channel-webhook-url-note'),
    },
    submit: $('channel-submit'),
    cancel: $('channel-cancel'),
    onChange: (list) => {
      form.setChannels(list);
      rules.setChannels(list);
    },
  });

  return {
    /** Shows the panel when the service has alert rules, and loads them with the channels. */
    async start() {
      if (!await api.offers('/api/scanner/alert-rules')) return;
      $('rules-panel').hidden = false;
      await Promise.all([channels.load(), rules.load()]);
      try {
        form.setFields((await api.screenFields()).fields);
      } catch (e) {
        // the form still checks screens; it only suggests nothing
      }
    },
    /** The exchanges of GET /api/scanner/exchanges, for the rule form's choice. */
    setExchanges: (answer) => form.setExchanges((answer.exchanges || []).map((s) => s.exchange)),
  };
}
