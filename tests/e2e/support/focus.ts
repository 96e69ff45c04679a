import type { Locator, Page } from 'playwright-core';

export interface FocusInfo {
  /** e.g. `button "Vis kortene"`; "(body)" when nothing is focused. */
  readonly description: string;
  readonly role: string;
  readonly name: string;
  readonly tag: string;
  readonly type: string;
  readonly checked: boolean;
  /** The name of the enclosing fieldset (legend) or radiogroup, '' if none. */
  readonly group: string;
  readonly focusVisible: boolean;
  /** Which element shows the ring, or '' when none does. */
  readonly ringOn: string;
}

/**
 * Describes the focused element and whether a focus indicator is painted: an outline (not `none`, wider
 * than 0, not transparent) or a box-shadow on the element, or on its label / parent for form controls
 * whose ring is drawn around the visible label.
 */
export function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) {
      return {
        description: '(body)',
        role: '',
        name: '',
        tag: 'body',
        type: '',
        checked: false,
        group: '',
        focusVisible: false,
        ringOn: '',
      };
    }
    const paints = (node: Element): boolean => {
      const style = getComputedStyle(node);
      const outline =
        style.outlineStyle !== 'none' &&
        parseFloat(style.outlineWidth) > 0 &&
        !/rgba\([^)]*,\s*0\)|transparent/.test(style.outlineColor);
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      return outline || shadow;
    };
    const candidates: Element[] = [el];
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
      candidates.push(...Array.from(el.labels ?? []));
      if (el.parentElement) candidates.push(el.parentElement);
    }
    const ring = candidates.find(paints);
    const tag = el.tagName.toLowerCase();
    const type = el instanceof HTMLInputElement ? el.type : '';
    const role =
      el.getAttribute('role') ??
      (tag === 'a' ? 'link' : tag === 'button' ? 'button' : type === 'radio' ? 'radio' : tag);
    // Visible text as a screen reader gets it: decorative glyphs are aria-hidden.
    const spoken = (node: Element): string => {
      const copy = node.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"], input, textarea, select').forEach((n) => n.remove());
      return copy.textContent ?? '';
    };
    const label = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.labels?.[0] : undefined;
    const labelled = el.getAttribute('aria-label') ?? (label ? spoken(label) : spoken(el));
    const name = labelled.trim().replace(/\s+/g, ' ');
    const groupEl = el.closest('fieldset, [role=radiogroup], [role=group]');
    const labelledBy = groupEl?.getAttribute('aria-labelledby');
    const groupName =
      groupEl?.getAttribute('aria-label') ??
      (labelledBy
        ? document.getElementById(labelledBy)?.textContent
        : groupEl?.querySelector(':scope > legend')?.textContent) ??
      '';
    return {
      description: `${role} "${name.slice(0, 60)}"`,
      role,
      name,
      tag,
      type,
      checked: el instanceof HTMLInputElement ? el.checked : el.getAttribute('aria-checked') === 'true',
      group: groupName.trim().replace(/\s+/g, ' '),
      focusVisible: el.matches(':focus-visible'),
      ringOn: ring ? ring.tagName.toLowerCase() : '',
    };
  });
}

/** Throws unless the focused element matches :focus-visible and paints a ring. */
export async function assertFocusVisible(page: Page, context: string): Promise<FocusInfo> {
  const info = await focusInfo(page);
  if (info.tag === 'body') throw new Error(`${context}: focus is on <body> (lost)`);
  if (!info.focusVisible || !info.ringOn) {
    throw new Error(
      `${context}: focus on ${info.description} is not visible (:focus-visible ${info.focusVisible}, ring ${info.ringOn || 'none'})`,
    );
  }
  return info;
}

/**
 * Presses Tab (or Shift+Tab) until `wanted` matches the focused element, checking after every step
 * that the focus is visible. Throws after `maxSteps`.
 */
export async function tabUntil(
  page: Page,
  what: string,
  wanted: (focus: FocusInfo) => boolean | Promise<boolean>,
  { backwards = false, maxSteps = 40 } = {},
): Promise<FocusInfo> {
  const seen: string[] = [];
  for (let step = 0; step < maxSteps; step += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const info = await assertFocusVisible(page, `Tab step ${step + 1} towards ${what}`).catch((error: unknown) => {
      throw new Error(
        `${error instanceof Error ? error.message : String(error)}; focus visited before:\n  ${seen.join('\n  ')}`,
      );
    });
    if (await wanted(info)) return info;
    seen.push(info.description);
  }
  throw new Error(
    `Never reached ${what} with ${backwards ? 'Shift+Tab' : 'Tab'}; focus visited:\n  ${seen.join('\n  ')}`,
  );
}

/** Whether the element `locator` finds (by role and accessible name) is the focused one. */
export async function isFocused(locator: Locator): Promise<boolean> {
  if ((await locator.count()) !== 1) return false;
  return locator.evaluate((el) => el === document.activeElement);
}
