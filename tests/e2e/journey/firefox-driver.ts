import puppeteer from 'puppeteer-core';
import type { BrowserDriver, LaunchDriver } from './browser-driver';
import { firefoxPath } from './engine-paths';

/**
 * Firefox through puppeteer-core over WebDriver BiDi (no geckodriver). Puppeteer gives it a fresh
 * temporary profile per launch, so storage and service workers start empty.
 */
export const launchFirefox: LaunchDriver = async ({ viewport }) => {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocolTimeout: 30_000,
    extraPrefsFirefox: {
      'intl.accept_languages': 'da-DK, da',
      // The app's own origin only: no update checks, telemetry or safe-browsing lists from the runner.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  try {
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.setViewport(viewport);
    page.setDefaultTimeout(10_000);
    page.setDefaultNavigationTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (error) =>
      errors.push(`${page.url()}: ${error instanceof Error ? error.message : String(error)}`),
    );
    const requests: string[] = [];
    page.on('request', (request) => {
      requests.push(request.url());
    });
    const driver: BrowserDriver = {
      engine: 'firefox',
      version: `Firefox ${(await browser.version()).replace(/^firefox\//i, '')}`,
      goto: async (url) => {
        await page.goto(url, { waitUntil: 'load' });
      },
      reload: async () => {
        await page.reload({ waitUntil: 'load' });
      },
      url: async () => page.url(),
      evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
      click: (selector) => page.click(selector),
      type: (selector, text) => page.type(selector, text),
      takeProtocolErrors: () => errors.splice(0),
      takeRequests: () => requests.splice(0),
      close: () => browser.close(),
    };
    return driver;
  } catch (error) {
    await browser.close();
    throw error;
  }
};
