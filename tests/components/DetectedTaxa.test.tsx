import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DetectedTaxa, DetectedTaxaList } from '@/components/DetectedTaxa';
import { I18nProvider } from '@/components/i18n';
import { translateFrom } from '@/lib/i18n/english';
import french from '@/public/_locales/fr/messages.json';
import { sortForDisplay } from '@/lib/detect/aggregate';
import type { DetectionsSource } from '@/lib/browser/detections-source';
import { createTabStore, readTabDetections } from '@/lib/browser/tab-store';
import { watchTabReport } from '@/lib/browser/tab-report-watch';
import type { ReportEntry } from '@/lib/detect/report';
import { render } from './render';
import { ivoryEntry, parrotEntry } from '../support/report-entries';

const parrot = parrotEntry({ count: 3, matched: ['Graupapagei', 'Grey parrot'], langs: ['de', 'en'] });
const ivory = ivoryEntry({ count: 7, matched: ['Elfenbein'], langs: ['de'] });

/** The background's own store over a fake storage.session, read the way the background answers. */
const session = () => fakeBrowser.storage.session;
const storeSource: DetectionsSource = {
  load: async (tabId) => sortForDisplay(await readTabDetections(session(), tabId)),
  watch: (tabId, onChange) => watchTabReport(session(), tabId, onChange),
};

beforeEach(() => fakeBrowser.reset());

const items = () =>
  within(screen.getByRole('list', { name: 'Detected taxa' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);
const names = (label = 'Detected taxa') =>
  within(screen.getByRole('list', { name: label }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.taxa__name')!.textContent);

it('lists each entry once with its Appendix in its colour, the count, the words matched and the EU Annex', () => {
  render(<DetectedTaxaList entries={[parrot, ivory]} />);
  expect(items()).toEqual([
    'App. IPsittacus erithacus3 timesGraupapagei, Grey parrot · EU Annex A',
    'App. I/IIIvory · trade term7 timesElfenbein · EU Annex A/B',
  ]);
  const [parrotTag, ivoryTag] = document.querySelectorAll('.tag');
  expect(parrotTag!.className).toBe('tag tag--app-i');
  // A trade term is painted in the trade colour whatever its implied listing.
  expect(ivoryTag!.className).toBe('tag tag--trade');
});

it('puts taxa before trade terms, shows four, and the rest on request', async () => {
  const more = Array.from({ length: 4 }, (_, n) => ({ ...ivory, entryId: `term-${n}`, label: `Term ${n}` }));
  render(<DetectedTaxaList entries={[...more, parrot]} />);
  expect(names()).toEqual(['Psittacus erithacus', 'Term 0 · trade term', 'Term 1 · trade term', 'Term 2 · trade term']);
  const showAll = screen.getByRole('button', { name: 'Show all (5)' });
  expect(showAll.getAttribute('aria-expanded')).toBe('false');
  await userEvent.click(showAll);
  expect(names()).toHaveLength(5);
});

it('shows fewer rows beside a flag’s summary', () => {
  render(<DetectedTaxaList entries={[parrot, ivory, { ...ivory, entryId: 'x', label: 'X' }]} compact />);
  expect(names()).toHaveLength(1);
});

it('names trade terms in the UI language; scientific names stay as they are', () => {
  render(
    <I18nProvider t={translateFrom(french)}>
      <DetectedTaxaList entries={[parrot, ivory, { ...ivory, entryId: 'custom-1', label: 'zorblax' }]} />
    </I18nProvider>,
  );
  expect(names('Taxons détectés')).toEqual([
    'Psittacus erithacus',
    'Ivoire · terme commercial',
    'zorblax · terme commercial',
  ]);
});

it('gives the verdict first: how many listed taxa and the strictest Appendix', async () => {
  const source: DetectionsSource = { load: async () => [ivory, parrot], watch: () => () => {} };
  render(<DetectedTaxa tabId={3} source={source} />);
  expect(await screen.findByRole('heading', { level: 1, name: '1 CITES-listed taxon · Appendix I' })).toBeTruthy();
  expect(screen.getByText('and 1 trade term or code word')).toBeTruthy();
});

it('gives the verdict on findings already read in its first render, then follows its source', async () => {
  let reported!: (entries: ReportEntry[]) => void;
  const source: DetectionsSource = {
    load: () => new Promise((resolve) => (reported = resolve)),
    watch: () => () => {},
  };
  render(<DetectedTaxa tabId={3} source={source} initial={[ivory, parrot]} />);
  // No await: the popup's opening read them before React rendered.
  expect(screen.getByRole('heading', { level: 1, name: '1 CITES-listed taxon · Appendix I' })).toBeTruthy();
  reported([ivory]);
  expect(await screen.findByRole('heading', { level: 1, name: '1 trade term · implies Appendix I' })).toBeTruthy();
});

it('says so when nothing was found', async () => {
  const source: DetectionsSource = { load: async () => [], watch: () => () => {} };
  render(<DetectedTaxa tabId={3} source={source} />);
  expect(await screen.findByRole('heading', { level: 1, name: 'No CITES-listed species found' })).toBeTruthy();
});

it('shows the tab’s findings sorted by Appendix, and refreshes when a frame reports', async () => {
  const store = createTabStore(session());
  await store.saveFrame(12, 0, 'https://shop.example/', [ivory]);
  render(<DetectedTaxa tabId={12} source={storeSource} />);
  expect(await screen.findByText('Ivory')).toBeTruthy();

  await store.saveFrame(12, 4, 'https://frame.example/', [parrot]);
  expect(await screen.findByText('Psittacus erithacus')).toBeTruthy();
  expect(names()).toEqual(['Psittacus erithacus', 'Ivory · trade term']);
});

it('shows the latest reply when an older one, read before the tab reported, arrives after it', async () => {
  let change!: () => void;
  const replies: Array<(entries: ReportEntry[]) => void> = [];
  const source: DetectionsSource = {
    load: () => new Promise((resolve) => replies.push(resolve)),
    watch: (_tabId, onChange) => ((change = onChange), () => {}),
  };
  render(<DetectedTaxa tabId={5} source={source} />);
  change();
  expect(replies).toHaveLength(2);
  replies[1]!([ivory]);
  expect(await screen.findByText('Ivory')).toBeTruthy();
  replies[0]!([]);
  // Let the stale reply settle: it must not replace the findings.
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(names()).toEqual(['Ivory · trade term']);
});

it('ignores other tabs', async () => {
  render(<DetectedTaxa tabId={1} source={storeSource} />);
  expect(await screen.findByText('No CITES-listed species found')).toBeTruthy();
  const store = createTabStore(session());
  await store.saveFrame(2, 0, 'https://other.example/', [parrot]);
  await store.saveFrame(1, 0, 'https://shop.example/', [ivory]);
  expect(await screen.findByText('Ivory')).toBeTruthy();
  expect(screen.queryByText('Psittacus erithacus')).toBeNull();
});

it('shows an error the background returns', async () => {
  const failing: DetectionsSource = { load: () => Promise.reject(new Error('tab gone')), watch: () => () => {} };
  render(<DetectedTaxa tabId={3} source={failing} />);
  expect((await screen.findByRole('alert')).textContent).toMatch(/tab gone/);
});

it('mentions names found only in attributes in one line, outside the list and the verdict', async () => {
  const inAlt: ReportEntry = { ...ivory, count: 2, inAttributes: true };
  const parrotInTitle: ReportEntry = { ...parrot, count: 1, inAttributes: true };
  const source: DetectionsSource = { load: async () => [parrot, inAlt, parrotInTitle], watch: () => () => {} };
  render(<DetectedTaxa tabId={3} source={source} />);
  expect(
    await screen.findByText('Also in image descriptions, titles and form fields: Ivory, Psittacus erithacus'),
  ).toBeTruthy();
  expect(names()).toEqual(['Psittacus erithacus']);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('1 CITES-listed taxon · Appendix I');
});

it('mentions names found only in text the page hides in a line of their own, outside the list and the verdict', async () => {
  const stuffed: ReportEntry = { ...ivory, count: 5, inHidden: true };
  const source: DetectionsSource = { load: async () => [parrot, stuffed], watch: () => () => {} };
  render(<DetectedTaxa tabId={3} source={source} />);
  expect(await screen.findByText('Also in text the page hides (not highlighted, not counted): Ivory')).toBeTruthy();
  expect(names()).toEqual(['Psittacus erithacus']);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('1 CITES-listed taxon · Appendix I');
});

it('marks the matched words with their language when it is not the interface’s, for screen readers', () => {
  const english = { ...ivoryEntry({ count: 1, matched: ['ivory'], langs: ['en'] }), entryId: 'ivory-en' };
  render(<DetectedTaxaList entries={[parrot, ivory, english]} />);
  const wordsOf = (text: string) => screen.getByText(text);
  // German words in an English interface: lang="de"; English ones need none; words of two languages get none.
  expect(wordsOf('Elfenbein').getAttribute('lang')).toBe('de');
  expect(wordsOf('ivory').hasAttribute('lang')).toBe(false);
  expect(wordsOf('Graupapagei, Grey parrot').hasAttribute('lang')).toBe(false);
});
