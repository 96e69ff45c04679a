import type { Page } from 'playwright-core';

export const MIN_TARGET_PX = 44;

export interface SmallTarget {
  readonly element: string;
  readonly width: number;
  readonly height: number;
}

/**
 * Every rendered button, link and form control must be at least 44×44 CSS px. Exempt: links inside
 * running text (a link in a paragraph, or an inline link in a block that also holds other text; WCAG
 * 2.5.8's inline exception) and visually hidden elements (e.g. the skip link until it is focused). A
 * radio or checkbox counts with its label, which is the target a finger actually hits.
 */
export async function findSmallTargets(page: Page): Promise<SmallTarget[]> {
  return page.evaluate(smallTargetsInPage, MIN_TARGET_PX);
}

/** The check itself, run inside the page; self-contained so any driver can ship it (tests/e2e/journey). */
export const smallTargetsInPage = (min: number): SmallTarget[] => {
  const describe = (el: Element): string => {
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const id = el.id ? `#${el.id}` : '';
    const type = el instanceof HTMLInputElement ? `[type=${el.type}]` : '';
    return `<${el.tagName.toLowerCase()}${id}${type}> "${name}"`;
  };
  // Only a link inside a sentence is exempt: a link alone on its line ("← Mine forberedelser") is a target.
  const isInlineTextLink = (el: Element): boolean => {
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
    const block = el.closest('p, li, dd, td') ?? el.parentElement;
    const blockText = (block?.textContent ?? '').replace(/\s+/g, '');
    const ownText = (el.textContent ?? '').replace(/\s+/g, '');
    return blockText.length > ownText.length;
  };
  const isHidden = (el: Element, rect: DOMRect): boolean => {
    if (!el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) return true;
    if (rect.width <= 1 || rect.height <= 1) return true;
    // Positioned off the page (a skip link waiting for focus).
    return rect.right + window.scrollX <= 0 || rect.bottom + window.scrollY <= 0;
  };
  const selector =
    'a[href], button, input:not([type=hidden]), select, textarea, [role=button], [role=link], [role=radio], [role=checkbox], [role=tab], summary';
  const small: { element: string; width: number; height: number }[] = [];
  for (const el of document.querySelectorAll(selector)) {
    let rect = el.getBoundingClientRect();
    if (isHidden(el, rect) || isInlineTextLink(el)) continue;
    if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
      const label = el.labels?.[0];
      if (label) {
        const l = label.getBoundingClientRect();
        const left = Math.min(rect.left, l.left);
        const top = Math.min(rect.top, l.top);
        rect = new DOMRect(left, top, Math.max(rect.right, l.right) - left, Math.max(rect.bottom, l.bottom) - top);
      }
    }
    // Half a pixel of slack for sub-pixel layout (43.99 px from rem maths is still 44 px on screen).
    if (rect.width < min - 0.5 || rect.height < min - 0.5) {
      small.push({
        element: describe(el),
        width: Math.round(rect.width * 10) / 10,
        height: Math.round(rect.height * 10) / 10,
      });
    }
  }
  return small;
};

export async function assertTouchTargets(page: Page, label: string): Promise<void> {
  const small = await findSmallTargets(page);
  if (small.length === 0) return;
  const list = small.map((t) => `  - ${t.element}: ${t.width}×${t.height} px`).join('\n');
  throw new Error(`Touch targets under ${MIN_TARGET_PX}×${MIN_TARGET_PX} px on ${label} (${page.url()}):\n${list}`);
}
