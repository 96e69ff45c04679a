/*
 * What the bench installs in every page before the app's own scripts run. Interactions are timed
 * inside the page, not from Node: a round trip over the DevTools protocol would cost more than
 * the interactions themselves.
 */

export interface BenchHarness {
  /** performance.now() when the app first rendered the start page (the end of a cold start). */
  appAt?: number;
  /** How many interactions were timed: the N of the trace marks bench-start-N / bench-end-N. */
  count: number;
  /**
   * Runs `act` (a click, a keystroke) and resolves with the milliseconds until `done()` holds and
   * the browser has computed style and layout for the result: the main-thread work of one
   * interaction, the part that must fit in a 16 ms frame. React's deferred renders and effects
   * that run in the tasks right after the event are included.
   */
  time(act: () => void, done: () => boolean, timeoutMs?: number): Promise<number>;
  /** Types into a React-controlled input as a keystroke would (native value setter + input event). */
  type(input: HTMLInputElement, value: string): void;
}

declare global {
  interface Window {
    __bench: BenchHarness;
  }
}

/** Source of the init script (a string: it runs in the page, not in Node). */
export const HARNESS_SCRIPT = `
(() => {
  // Waits for done() without polling the main thread: a mutation observer checks after each DOM
  // change (so the end is the commit that satisfied it); a slow interval covers property-only changes.
  const until = (done, timeoutMs) => new Promise((resolve, reject) => {
    const check = () => {
      if (!done()) return;
      stop();
      resolve();
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const interval = setInterval(check, 8);
    const deadline = setTimeout(() => {
      stop();
      reject(new Error('bench: interaction did not finish in time'));
    }, timeoutMs);
    const stop = () => {
      observer.disconnect();
      clearInterval(interval);
      clearTimeout(deadline);
    };
  });
  const bench = {
    appAt: undefined,
    count: 0,
    async time(act, done, timeoutMs = 30000) {
      const n = (bench.count += 1);
      // Marks for the trace: the bench adds up the main thread's CPU time between them.
      performance.mark('bench-start-' + n);
      const start = performance.now();
      act();
      if (!done()) await until(done, timeoutMs);
      void document.body.offsetHeight;
      const ms = performance.now() - start;
      performance.mark('bench-end-' + n);
      return ms;
    },
    type(input, value) {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      setter.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
  };
  window.__bench = bench;
  const observer = new MutationObserver(() => {
    if (document.querySelector('.deck-picker')) {
      bench.appAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();
`;
