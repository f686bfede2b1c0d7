import { act, fireEvent, screen } from '@testing-library/react';
import { beforeEach, expect, it, vi } from 'vitest';
import type { PopupOpening } from '@/lib/browser/popup-opening';
import { PopupApp } from '@/entrypoints/popup/PopupApp';
import { render } from './render';

/** What the popup loaded after its first screen: the whole protocol's client and the legend's chunk. */
const loaded = vi.hoisted(() => ({ client: 0, legend: 0 }));
// This project runs without WXT's plugin (wxt/browser would load the real one). Spoor may read every site here.
vi.mock('wxt/browser', () => {
  const event = { addListener: () => undefined, removeListener: () => undefined };
  return { browser: { permissions: { contains: async () => true, onAdded: event, onRemoved: event }, storage: {} } };
});
vi.mock('@/lib/browser/client-later', () => ({
  loadClient: async () => void (loaded.client += 1),
  sendToBackgroundLater: async () => ({}),
}));
vi.mock('@/components/Legend', async (original) => {
  loaded.legend += 1;
  return original();
});

// jsdom has no idle callbacks: an idle page is one whose queued tasks have run.
vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run));
vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));

const opening: PopupOpening = {
  tab: Promise.resolve({}),
  detections: { load: async () => [], watch: () => () => undefined },
  status: Promise.resolve({ flag: null }),
  read: Promise.resolve({}),
};

/** The popup about a page that is not a web page, its first screen shown and the page idle a few times over. */
async function openedAndIdle() {
  render(<PopupApp tab={{}} opening={opening} />);
  screen.getByText('Spoor reads web pages only', { exact: false });
  for (let task = 0; task < 5; task++) await act(() => new Promise((done) => setTimeout(done)));
}

beforeEach(() => {
  loaded.client = 0;
  loaded.legend = 0;
});

it('loads neither the client nor the legend while the popup opens and idles, only at the user’s first move', async () => {
  await openedAndIdle();
  expect(loaded).toEqual({ client: 0, legend: 0 });
  fireEvent.pointerMove(document.body);
  await screen.findByText('CITES Appendix I');
  expect(loaded).toEqual({ client: 1, legend: 1 });
});

it('loads them when the legend is opened without the pointer (a keyboard or a screen reader)', async () => {
  await openedAndIdle();
  const legend = screen.getByText('Highlight colours').closest('details')!;
  expect(loaded.client).toBe(0);
  fireEvent(legend, new Event('toggle'));
  // The legend's module was loaded once for the whole file (the first test): here it shows from React's cache.
  await screen.findByText('CITES Appendix I');
  expect(loaded.client).toBe(1);
});

it('on a page Spoor cannot read (chrome://), says so as its heading, with no verdict of nothing found', async () => {
  render(<PopupApp tab={{ id: 7, url: 'chrome://extensions/' }} opening={opening} />);
  for (let task = 0; task < 3; task++) await act(() => new Promise((done) => setTimeout(done)));
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
    'Spoor reads web pages only: open an ad to flag it.',
  );
  expect(screen.queryByText('No CITES-listed species found')).toBeNull();
});
