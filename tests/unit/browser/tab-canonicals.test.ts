import { describe, expect, it } from 'vitest';
import { sessionCanonicals } from '@/lib/browser/tab-canonicals';

const PAGE = 'https://www.ebay.de/itm/123456?utm_source=mail';
const CANONICAL = 'https://www.ebay.de/itm/123456';

describe('sessionCanonicals', () => {
  it('keeps a canonical URL per tab and URL until the tab is cleared', async () => {
    const items: Record<string, unknown> = {};
    const area = {
      get: async (key: string) => (key in items ? { [key]: items[key] } : {}),
      set: async (change: Record<string, unknown>) => void Object.assign(items, change),
      remove: async (key: string) => void delete items[key],
    };
    const canonicals = sessionCanonicals(area);
    await canonicals.set(7, PAGE, CANONICAL);
    expect(await canonicals.get(7, PAGE)).toBe(CANONICAL);
    expect(await canonicals.get(7, 'https://www.ebay.de/itm/999')).toBeUndefined();
    expect(await canonicals.get(8, PAGE)).toBeUndefined();
    await canonicals.clearTab(7);
    expect(await canonicals.get(7, PAGE)).toBeUndefined();
  });
});
