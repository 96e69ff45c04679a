/**
 * What the core journey needs from a browser, and nothing more. Each engine gets a thin adapter
 * (chromium-driver.ts, firefox-driver.ts, webkit-driver.ts); the journey itself (core-journey.ts)
 * is written once against this interface, so a step that passes in one engine and fails in another
 * points at the engine, not at three diverging copies of a test.
 */
import type { Viewport } from '../support/chromium';

export type EngineName = 'chromium' | 'firefox' | 'webkit';

export interface BrowserDriver {
  readonly engine: EngineName;
  /** e.g. "Chromium 140.0.7339.185", "Firefox 153.7.0esr", "WebKitGTK 2.50.6". */
  readonly version: string;
  /** Navigates and waits for the load event. */
  goto(url: string): Promise<void>;
  /** Reloads and waits for the load event. */
  reload(): Promise<void>;
  url(): Promise<string>;
  /**
   * Evaluates a JavaScript expression in the page and returns its JSON-able value; a promise is
   * awaited. Expressions, not functions: the three protocols agree on strings, not on how they
   * ship a function and its arguments (in-page.ts builds the strings).
   */
  evaluate<T>(expression: string): Promise<T>;
  /** A real pointer click (the engine's input pipeline, not element.click()) in the element's centre. */
  click(selector: string): Promise<void>;
  /** Real key presses into the element, after focusing it. */
  type(selector: string, text: string): Promise<void>;
  /**
   * Uncaught page errors the protocol reported since the last call, or undefined when the engine
   * cannot report them (WebKitWebDriver sends no console or error events; in-page.ts traps what
   * happens after each load in every engine).
   */
  takeProtocolErrors(): string[] | undefined;
  /**
   * URLs of the requests the engine reported since the last call: Chromium's include the service
   * worker's, Firefox's the page's; WebKitWebDriver reports none, so its adapter sends every request
   * through a proxy that passes loopback and records and refuses the rest (foreign-proxy.ts). The journey
   * also reads each document's resource timing, the same in every engine.
   */
  takeRequests(): string[];
  close(): Promise<void>;
}

export type LaunchDriver = (options: { readonly viewport: Viewport }) => Promise<BrowserDriver>;
