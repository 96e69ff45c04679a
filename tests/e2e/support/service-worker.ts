import type { Page } from 'playwright-core';

/**
 * With `registerType: 'prompt'` the first load is not controlled by the service worker: wait until
 * one is active (return a plain value, not the registration), then reload until it controls the page.
 */
export async function waitForServiceWorkerControl(page: Page, { maxReloads = 5 } = {}): Promise<void> {
  const scope = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.scope;
  });
  for (let attempt = 0; attempt <= maxReloads; attempt += 1) {
    if (await page.evaluate(() => navigator.serviceWorker.controller !== null)) return;
    await page.reload({ waitUntil: 'load' });
  }
  throw new Error(`The service worker (scope ${scope}) never took control after ${maxReloads} reloads`);
}

export function isControlled(page: Page): Promise<boolean> {
  return page.evaluate(() => navigator.serviceWorker.controller !== null);
}
