import type { Page } from 'playwright-core';

/**
 * Controls smaller than 24 × 24 CSS pixels that WCAG 2.2 (2.5.8, Target Size Minimum) does not
 * excuse, as "<tag> "text" w×h" lines. Excused, as the criterion says: a link inside a sentence or
 * a block of text (its size is set by the line of text), and a small target whose 24-pixel circle
 * touches no other target.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 24;
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    const targets = [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.checkVisibility({ visibilityProperty: true }))
      .map((element) => ({ element, rect: element.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > 0 && rect.height > 0);
    const blockOf = (element: HTMLElement) => {
      let block = element.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline'))
        block = block.parentElement;
      return block;
    };
    const inText = (element: HTMLElement) => {
      if (element.tagName !== 'A' || !getComputedStyle(element).display.startsWith('inline'))
        return false;
      // Words of the block outside its links and buttons: a sentence, not a row of controls.
      const block = blockOf(element)?.cloneNode(true) as HTMLElement | undefined;
      block?.querySelectorAll('a, button').forEach((control) => control.remove());
      return (block?.textContent?.match(/\p{L}/gu) ?? []).length >= 3;
    };
    const distance = (x: number, y: number, rect: DOMRect) =>
      Math.hypot(
        Math.max(rect.left - x, 0, x - rect.right),
        Math.max(rect.top - y, 0, y - rect.bottom),
      );
    return targets
      .filter(({ element, rect }) => {
        if (rect.width >= MIN && rect.height >= MIN) return false;
        if (inText(element)) return false;
        const x = rect.left + rect.width / 2;
        const y = rect.top + rect.height / 2;
        return targets.some(
          (other) =>
            other.element !== element &&
            !other.element.contains(element) &&
            !element.contains(other.element) &&
            distance(x, y, other.rect) < MIN / 2,
        );
      })
      .map(
        ({ element, rect }) =>
          `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}" ${Math.round(rect.width)}×${Math.round(rect.height)}`,
      );
  });
}
