import { render, screen, within } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DetectedTaxa, DetectedTaxaList } from '@/components/DetectedTaxa';
import { sortForDisplay } from '@/lib/detect/aggregate';
import type { DetectionsSource } from '@/lib/browser/detections-source';
import { createTabStore, readTabDetections, watchTabReport } from '@/lib/browser/tab-store';
import type { ReportEntry } from '@/lib/detect/report';
import { defaultSettings } from '@/lib/settings/schema';

const parrot: ReportEntry = {
  entryId: 'psittacus-erithacus',
  kind: 'taxon',
  label: 'Psittacus erithacus',
  appendix: 'I',
  euAnnex: 'A',
  taxa: ['psittacus-erithacus'],
  category: 'app-i',
  count: 3,
  matched: ['Graupapagei', 'Grey parrot'],
  langs: ['de', 'en'],
};
const ivory: ReportEntry = {
  entryId: 'ivory',
  kind: 'trade',
  label: 'Ivory',
  appendix: 'I/II',
  euAnnex: 'A/B',
  taxa: ['loxodonta-africana'],
  category: 'trade',
  count: 7,
  matched: ['Elfenbein'],
  langs: ['de'],
};
const colors = defaultSettings.colors;

/** The background's own store over a fake storage.session, read the way the background answers. */
const session = () => fakeBrowser.storage.session;
const storeSource: DetectionsSource = {
  load: async (tabId) => sortForDisplay(await readTabDetections(session(), tabId)),
  watch: (tabId, onChange) => watchTabReport(session(), tabId, onChange),
};

beforeEach(() => fakeBrowser.reset());

const rows = () =>
  within(screen.getByRole('table', { name: 'Detected taxa' }))
    .getAllByRole('row')
    .slice(1);
const cells = () =>
  rows().map((row) =>
    within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  );

it('lists each entry with its Appendix, EU Annex, count and the words matched', () => {
  render(<DetectedTaxaList entries={[parrot, ivory]} colors={colors} />);
  expect(cells()).toEqual([
    ['Psittacus erithacus', 'I', 'A', '3', 'Graupapagei, Grey parrot'],
    ['Ivory (trade term)', 'I/II', 'A/B', '7', 'Elfenbein'],
  ]);
});

it('says so when nothing was found', () => {
  render(<DetectedTaxaList entries={[]} colors={colors} />);
  expect(screen.getByText(/Nothing CITES-related/)).toBeTruthy();
});

it('shows the tab’s findings sorted by Appendix, and refreshes when a frame reports', async () => {
  const store = createTabStore(session());
  await store.saveFrame(12, 0, 'https://shop.example/', [ivory]);
  render(<DetectedTaxa tabId={12} source={storeSource} colors={colors} />);
  expect(await screen.findByText('Ivory')).toBeTruthy();

  await store.saveFrame(12, 4, 'https://frame.example/', [parrot]);
  expect(await screen.findByText('Psittacus erithacus')).toBeTruthy();
  expect(cells().map((row) => row[0])).toEqual(['Psittacus erithacus', 'Ivory (trade term)']);
});

it('ignores other tabs', async () => {
  render(<DetectedTaxa tabId={1} source={storeSource} colors={colors} />);
  expect(await screen.findByText(/Nothing CITES-related/)).toBeTruthy();
  const store = createTabStore(session());
  await store.saveFrame(2, 0, 'https://other.example/', [parrot]);
  await store.saveFrame(1, 0, 'https://shop.example/', [ivory]);
  expect(await screen.findByText('Ivory')).toBeTruthy();
  expect(screen.queryByText('Psittacus erithacus')).toBeNull();
});

it('shows an error the background returns', async () => {
  const failing: DetectionsSource = { load: () => Promise.reject(new Error('tab gone')), watch: () => () => {} };
  render(<DetectedTaxa tabId={3} source={failing} colors={colors} />);
  expect((await screen.findByRole('alert')).textContent).toMatch(/tab gone/);
});
