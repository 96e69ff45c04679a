import { launchBrowser } from '../support/chromium';
import type { BrowserDriver, LaunchDriver } from './browser-driver';

/** Chromium through playwright-core, on the same fresh persistent profile the other specs use. */
export const launchChromium: LaunchDriver = async ({ viewport }) => {
  const session = await launchBrowser({ viewport });
  try {
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    const requests: string[] = [];
    // The context's requests include the service worker's (the precache).
    session.context.on('request', (request) => requests.push(request.url()));
    const agent = await page.evaluate(() => navigator.userAgent);
    const driver: BrowserDriver = {
      engine: 'chromium',
      version: `Chromium ${/Chrome\/([\d.]+)/.exec(agent)?.[1] ?? '?'}`,
      goto: async (url) => {
        await page.goto(url, { waitUntil: 'load' });
      },
      reload: async () => {
        await page.reload({ waitUntil: 'load' });
      },
      url: async () => page.url(),
      evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
      click: (selector) => page.click(selector),
      type: (selector, text) => page.locator(selector).pressSequentially(text),
      takeProtocolErrors: () => errors.splice(0),
      takeRequests: () => requests.splice(0),
      close: () => session.close(),
    };
    return driver;
  } catch (error) {
    await session.close();
    throw error;
  }
};
