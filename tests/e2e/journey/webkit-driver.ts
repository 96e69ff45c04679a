import type { ChildProcess } from 'node:child_process';
import { remote } from 'webdriverio';
import { freePort } from '../support/preview-server';
import { spawnGroup, stopGroup } from '../support/process-group';
import { waitUntil } from '../support/wait';
import { startForeignProxy } from './foreign-proxy';
import type { ForeignProxy } from './foreign-proxy';
import type { BrowserDriver, LaunchDriver } from './browser-driver';
import { webkitDriverPath } from './engine-paths';

/**
 * An X display for WebKitGTK, which has no headless mode: without one, a new session hangs with no
 * error. Xvfb picks a free display number and writes it to fd 3.
 */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawnGroup('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1280x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    xvfb.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    xvfb.stdio[3]?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it had a display:\n${err}`)));
    setTimeout(() => reject(new Error(`Xvfb gave no display in 10 s:\n${err}`)), 10_000).unref();
  });
  return { display, process: xvfb };
}

/** A display, a driver and a session; everything is torn down again if any part fails. */
async function startSession(foreign: ForeignProxy) {
  let xvfb: ChildProcess | undefined;
  let driverProcess: ChildProcess | undefined;
  const cleanUp = async (): Promise<void> => {
    // Each in its own process group: stopping the driver also stops the MiniBrowser it started.
    if (driverProcess) await stopGroup(driverProcess);
    if (xvfb) await stopGroup(xvfb);
  };
  try {
    const x = await startXvfb();
    xvfb = x.process;
    const port = await freePort();
    let driverLog = '';
    // NO_AT_BRIDGE: GTK would otherwise look for an accessibility bus that a test machine lacks.
    driverProcess = spawnGroup(webkitDriverPath(), [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: x.display, NO_AT_BRIDGE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    driverProcess.stdout?.on('data', (chunk: Buffer) => (driverLog += chunk.toString()));
    driverProcess.stderr?.on('data', (chunk: Buffer) => (driverLog += chunk.toString()));
    const started = driverProcess;
    await waitUntil(
      `WebKitWebDriver on port ${port}`,
      async () => {
        if (started.exitCode !== null) throw new Error(`WebKitWebDriver exited (${started.exitCode}):\n${driverLog}`);
        return fetch(`http://127.0.0.1:${port}/status`).then(
          (r) => r.ok,
          () => false,
        );
      },
      { timeoutMs: 10_000 },
    );

    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'silent',
      // WebKitWebDriver never answers if MiniBrowser dies while starting, so the request has its own limit.
      connectionRetryTimeout: 60_000,
      connectionRetryCount: 0,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        proxy: {
          proxyType: 'manual',
          httpProxy: foreign.address,
          sslProxy: foreign.address,
        },
      },
    }).catch((error: unknown) => {
      throw new Error(
        `no WebKit session on display ${x.display}: ${String(error)}\nWebKitWebDriver said:\n${driverLog || '(nothing)'}`,
      );
    });
    return {
      browser,
      close: async (): Promise<void> => {
        await browser.deleteSession().catch(() => undefined);
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/**
 * WebKitGTK (Safari's engine) through WebKitWebDriver and webdriverio in standalone mode, under our
 * own Xvfb. MiniBrowser is the browser name WebKitWebDriver matches; webdriverio must stay on
 * WebDriver Classic (WebKitGTK has no BiDi). One session per driver process; each session starts
 * with empty storage.
 */
export const launchWebKit: LaunchDriver = async ({ viewport }) => {
  const foreign = await startForeignProxy();
  let session: Awaited<ReturnType<typeof startSession>> | undefined;
  try {
    session = await startSession(foreign);
    const { browser } = session;
    await browser.setTimeout({ pageLoad: 15_000, script: 15_000 });
    // The window, not the viewport: WebKitGTK keeps a few pixels of it for its own frame.
    await browser.setWindowSize(viewport.width, viewport.height);
    const close = session.close;
    const driver: BrowserDriver = {
      engine: 'webkit',
      version: `WebKitGTK ${String(browser.capabilities.browserVersion ?? '?')}`,
      goto: async (url) => {
        await browser.url(url);
      },
      reload: async () => {
        await browser.refresh();
      },
      url: () => browser.getUrl(),
      evaluate: <T>(expression: string) => browser.execute(`return ${expression};`) as Promise<T>,
      click: async (selector) => {
        await browser.$(selector).click();
      },
      type: async (selector, text) => {
        await browser.$(selector).addValue(text);
      },
      takeProtocolErrors: () => undefined,
      takeRequests: () => foreign.take(),
      close: async () => {
        await close();
        await foreign.stop();
      },
    };
    return driver;
  } catch (error) {
    await session?.close();
    await foreign.stop();
    throw error;
  }
};
