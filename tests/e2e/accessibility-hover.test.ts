import { describe, expect, it } from 'vitest';
import { withServedExtension } from './support/served-extension';
import { hoverFirstHighlight } from './support/hover-highlight';
import { openScanned } from './support/surfaces';

/*
 * The hover card as WCAG 1.4.13 asks of content shown on hover: the pointer can move onto it without it going
 * (hoverable), and Escape closes it without the pointer moving (dismissible).
 */

const setup = withServedExtension();

describe('the hover card opened by the pointer', () => {
  it('stays while the pointer moves from its word onto it, and Escape closes it where the pointer is', async () => {
    const { page } = await openScanned(setup.extension, setup.server.url('/flag/ad-showcase.html'));
    await page.bringToFront();
    await hoverFirstHighlight(page);
    const card = page.locator('spoor-hover-card');
    const box = await card.boundingBox();
    const start = await page.evaluate(() => {
      const range = [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith('spoor-'))
        .flatMap(([, highlight]) => [...(highlight as unknown as Iterable<Range>)])[0]!;
      const { left, width, top, height } = range.getBoundingClientRect();
      return { x: left + width / 2, y: top + height / 2 };
    });
    // Straight down from the word's middle to the card's, across the gap between them, a few pixels a step.
    const onCard = { x: Math.min(start.x, box!.x + box!.width / 2), y: box!.y + box!.height / 2 };
    await page.mouse.move(onCard.x, start.y);
    await page.mouse.move(onCard.x, onCard.y, { steps: 12 });
    // Two frames for the watcher to look where the pointer came to rest.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await card.count()).toBe(1);
    // The same card, where it was (another word's card would stand elsewhere).
    expect(await card.boundingBox()).toEqual(box);

    await page.keyboard.press('Escape');
    expect(await card.count()).toBe(0);
    // Back on its word, the card stays closed: it opens again once the pointer has left the word.
    await page.mouse.move(onCard.x, start.y);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await card.count()).toBe(0);
    await page.close();
  });
});
