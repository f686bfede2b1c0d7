import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { ROW_HEIGHT } from '@/components/dashboard/FlagTable';
import type { ArchiveRow } from '@/lib/dashboard/row';
import { row } from '../unit/dashboard/query-support';
import { axeViolations } from './axe';
import { sendThrough } from './send-through';
import { render } from './render';

const PLATFORMS = ['eBay', 'leboncoin', 'Kleinanzeigen'];
/** 10,000 rows: every third on leboncoin, every seventh reviewed, titles numbered so sorting is visible. */
const manyRows: ArchiveRow[] = Array.from({ length: 10_000 }, (_, n) =>
  row(n, {
    title: `Ad ${String(n).padStart(5, '0')}`,
    platform: PLATFORMS[n % 3]!,
    status: n % 7 === 0 ? 'reviewed' : 'new',
    firstCapturedAt: new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString(),
  }),
);
const send = sendThrough({ 'dashboard/list': () => ({ rows: manyRows, unreadable: 0 }) });

const table = () => screen.getByRole('region', { name: 'Flags' });
const bodyRows = () => table().querySelectorAll('tbody tr[aria-rowindex]');
const titles = () => [...bodyRows()].map((tr) => tr.querySelectorAll('td')[3]!.textContent);
const showing = () => screen.getByText(/^Showing [\d,]+ of [\d,]+ flags$/).textContent;

beforeEach(async () => {
  render(<Dashboard send={send} />);
  await screen.findByText('Showing 10,000 of 10,000 flags');
});

describe('the flag table with 10,000 flags', () => {
  it('renders only a window of rows, newest capture first', () => {
    expect(bodyRows().length).toBeGreaterThan(10);
    expect(bodyRows().length).toBeLessThan(40);
    expect(table().querySelector('table')!.getAttribute('aria-rowcount')).toBe('10001');
    expect(titles()[0]).toBe('Ad 09999');
  });

  it('shows later rows on scrolling, still only a window of them', () => {
    fireEvent.scroll(table(), { target: { scrollTop: 5000 * ROW_HEIGHT } });
    expect(titles()).toContain('Ad 04999');
    expect(titles()).not.toContain('Ad 09999');
    expect(bodyRows().length).toBeLessThan(40);
    const spacerAbove = table().querySelector<HTMLElement>('tbody tr[aria-hidden]')!;
    expect(Number.parseInt(spacerAbove.style.height, 10)).toBeGreaterThan(4900 * ROW_HEIGHT);
  });

  it('keeps the row holding focus when it scrolls out of view (PageDown, the wheel), so focus stays on it', () => {
    const link = within(table()).getByRole('link', { name: 'Ad 09999' });
    link.focus();
    fireEvent.scroll(table(), { target: { scrollTop: 5000 * ROW_HEIGHT } });
    expect(document.activeElement).toBe(link);
    expect(titles()).toContain('Ad 04999');
    // Its row keeps its place: the rows between it and the window are one spacer as tall as them.
    const spacers = [...table().querySelectorAll<HTMLElement>('tbody tr[aria-hidden]')];
    const heights = spacers.map((spacer) => Number.parseInt(spacer.style.height, 10));
    expect(heights.reduce((sum, height) => sum + height, 0)).toBe((10_000 - bodyRows().length) * ROW_HEIGHT);
    expect(heights[0]).toBeGreaterThan(4900 * ROW_HEIGHT);
    link.blur();
    fireEvent.scroll(table(), { target: { scrollTop: 5001 * ROW_HEIGHT } });
    expect(titles()).not.toContain('Ad 09999');
  });

  it('sorts by a column header, and reverses on a second click', async () => {
    const header = within(table()).getByRole('button', { name: 'Title' });
    await userEvent.click(header);
    expect(titles().slice(0, 2)).toEqual(['Ad 00000', 'Ad 00001']);
    expect(header.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    await userEvent.click(header);
    expect(titles()[0]).toBe('Ad 09999');
    expect(header.closest('th')!.getAttribute('aria-sort')).toBe('descending');
  });

  it('says a new order and a new selection in polite live regions, as they happen', async () => {
    const said = (text: string) => screen.getByText(text).closest('[aria-live="polite"]');
    expect(said('Sorted by Captured, newest first')).not.toBeNull();
    await userEvent.click(within(table()).getByRole('button', { name: 'Title' }));
    expect(said('Sorted by Title, ascending')).not.toBeNull();
    await userEvent.click(within(table()).getByRole('button', { name: 'Captured' }));
    expect(said('Sorted by Captured, oldest first')).not.toBeNull();
    await userEvent.click(within(table()).getByRole('checkbox', { name: 'Select Ad 00000' }));
    expect(said('1 selected')).not.toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('filters with the search box and the menus', async () => {
    const filters = screen.getByRole('search', { name: 'Filters' });
    await userEvent.type(within(filters).getByLabelText(/^Search/), 'ad 0012');
    // Ads 00120–00129, and 00012 (its title holds "0012" too).
    expect(showing()).toBe('Showing 11 of 10,000 flags');
    await userEvent.selectOptions(within(filters).getByLabelText('Platform'), 'leboncoin');
    expect(titles()).toEqual(['Ad 00127', 'Ad 00124', 'Ad 00121']);
    await userEvent.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    await userEvent.selectOptions(within(filters).getByLabelText('Status'), 'reviewed');
    expect(showing()).toBe(`Showing ${Math.ceil(10_000 / 7).toLocaleString('en')} of 10,000 flags`);
    fireEvent.change(within(filters).getByLabelText('Captured from'), { target: { value: '2026-01-02' } });
    fireEvent.change(within(filters).getByLabelText('to'), { target: { value: '2026-01-02' } });
    expect(titles()).toEqual(['Ad 00042', 'Ad 00035', 'Ad 00028']);
  });

  it('selects rows one by one and all filtered rows at once', async () => {
    const bulk = screen.getByRole('region', { name: 'Selected flags' });
    await userEvent.click(within(table()).getByRole('checkbox', { name: 'Select Ad 09999' }));
    await userEvent.click(within(table()).getByRole('checkbox', { name: 'Select Ad 09998' }));
    expect(within(bulk).getByText('2 selected')).toBeTruthy();

    await userEvent.selectOptions(screen.getByLabelText('Platform'), 'Kleinanzeigen');
    const selectAll = within(table()).getByRole('checkbox', { name: 'Select all filtered flags' });
    await userEvent.click(selectAll);
    // 3,333 Kleinanzeigen rows plus the ticked 09998 (eBay) kept outside the filter; 09999 is Kleinanzeigen itself.
    expect(within(bulk).getByText('3,334 selected')).toBeTruthy();
    expect((selectAll as HTMLInputElement).checked).toBe(true);
    await userEvent.click(selectAll);
    expect(within(bulk).getByText('1 selected')).toBeTruthy();
  });
});

it('measures the table again once the flags have loaded, so its window fills the box it grew to', async () => {
  cleanup();
  // The box is as tall as its rows, up to 630 px: one header row's height while the flags load.
  const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
  Object.defineProperty(Element.prototype, 'clientHeight', {
    configurable: true,
    get(this: Element) {
      if (!this.classList.contains('flag-table')) return 0;
      return this.querySelector('tbody tr') ? 630 : ROW_HEIGHT;
    },
  });
  try {
    render(<Dashboard send={send} />);
    await screen.findByText('Showing 10,000 of 10,000 flags');
    // The rows in 630 px, one more, and the overscan below them.
    expect(bodyRows().length).toBeGreaterThanOrEqual(Math.ceil(630 / ROW_HEIGHT) + 1 + 8);
  } finally {
    Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
  }
});
