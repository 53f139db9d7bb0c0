// The live event stream. EventSource reconnects by itself and resends Last-Event-ID; when the browser gives up
// (the connection is closed for good), a new EventSource resumes from the last id through ?lastEventId=.
// url() is asked again at each new connection: it carries the API token when reads need one.

const EVENTS = ['scanStarted', 'quickScanComplete', 'symbolAnalyzed', 'analysisProgress', 'deepAnalysisComplete',
  'scanSuperseded', 'scanFailed', 'alert', 'signalUpdated', 'resync'];

const RETRY_MS = [1000, 2000, 5000, 10000];

export function connect(url, handlers, onState) {
  let source = null;
  let lastId = null;
  let attempt = 0;
  let timer = null;

  const setState = (state) => onState(state, attempt);

  function open() {
    const base = url();
    const target = lastId === null
      ? base : `${base}${base.includes('?') ? '&' : '?'}lastEventId=${encodeURIComponent(lastId)}`;
    source = new EventSource(target);
    setState(attempt === 0 ? 'connecting' : 'reconnecting');

    source.addEventListener('connected', () => {
      attempt = 0;
      setState('live');
    });
    for (const name of EVENTS) {
      source.addEventListener(name, (event) => {
        if (event.lastEventId) lastId = event.lastEventId;
        const handler = handlers[name];
        if (!handler) return;
        let data = null;
        try {
          data = event.data ? JSON.parse(event.data) : null;
        } catch (e) {
          // a resync needs no data; other events without valid data are skipped
          if (name !== 'resync') return;
        }
        handler(data || {});
      });
    }
    // The service is going away: reconnect after the delay it suggests, to it once it is back or to another instance.
    source.addEventListener('shutdown', (event) => {
      let retry = RETRY_MS[0];
      try {
        retry = JSON.parse(event.data).retry || retry;
      } catch (e) {
        // keep the default delay
      }
      source.close();
      attempt = 1;
      setState('restarting');
      clearTimeout(timer);
      timer = setTimeout(open, retry);
    });
    // Both the browser's connection errors and the server's named "error" event (slow consumer) land here.
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        attempt += 1;
        setState('reconnecting');
        clearTimeout(timer);
        timer = setTimeout(open, RETRY_MS[Math.min(attempt - 1, RETRY_MS.length - 1)]);
      } else {
        attempt += 1;
        setState('reconnecting');
      }
    });
  }

  open();
  return {
    close() {
      clearTimeout(timer);
      if (source) source.close();
    },
    /** Connects again now (e.g. once the API token is known), resuming from the last event seen. */
    reconnect() {
      clearTimeout(timer);
      if (source) source.close();
      open();
    },
  };
}
