import type { Page } from 'playwright-core';

/**
 * Points at the first word Spoor highlighted (in one category, else any colour) and waits for its
 * hover card, the one piece of Spoor's own UI inside a web page.
 */
export async function hoverFirstHighlight(page: Page, category?: string): Promise<void> {
  const point = await page.evaluate(
    (prefix) => {
      const ranges = [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith(prefix))
        .flatMap(([, highlight]) => [...(highlight as unknown as Iterable<Range>)]);
      const box = ranges[0]!.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    `spoor-${category ?? ''}`,
  );
  await page.mouse.move(point.x, point.y);
  await page.waitForSelector('spoor-hover-card', { state: 'attached' });
}
