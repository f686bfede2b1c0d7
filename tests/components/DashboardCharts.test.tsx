import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BarChart } from '@/components/dashboard/BarChart';
import { SummaryCharts } from '@/components/dashboard/SummaryCharts';
import { I18nProvider } from '@/components/i18n';
import { translateFrom } from '@/lib/i18n/english';
import french from '@/public/_locales/fr/messages.json';
import { row } from '../unit/dashboard/query-support';
import { render } from './render';

/** Each drawn bar: its key, its length as a share of the largest (CSS percent), and the text a pointer shows. */
const bars = (figure: HTMLElement) =>
  [...figure.querySelectorAll<HTMLElement>('[data-key]')].map((bar) => {
    const drawn = bar.classList.contains('chart__col') ? bar : bar.querySelector<HTMLElement>('.chart__bar')!;
    return {
      key: bar.getAttribute('data-key'),
      length: Number.parseFloat(drawn.style.inlineSize || drawn.style.blockSize),
      title: bar.getAttribute('title'),
    };
  });

describe('BarChart', () => {
  const tallies = [
    { key: 'I', ads: 4, specimens: 1 },
    { key: 'II', ads: 2, specimens: 8 },
    { key: '', ads: 1, specimens: 0 },
  ];

  it('draws one bar per tally, scaled to the largest, under an accessible title, each axis named once', () => {
    render(<BarChart title="By CITES Appendix" tallies={tallies} measure="ads" labelOf={(key) => key || 'none'} />);
    const figure = screen.getByRole('figure', { name: 'By CITES Appendix' });
    const drawn = bars(figure);
    expect(drawn.map((bar) => [bar.key, bar.title])).toEqual([
      ['I', 'I: 4'],
      ['II', 'II: 2'],
      ['', 'none: 1'],
    ]);
    expect(drawn.map((bar) => bar.length)).toEqual([100, 50, 25]);
    // The value axis is named once; the drawing is hidden from screen readers, who get the table.
    expect(within(figure).getAllByText('Ads', { selector: '.chart__axis-name' })).toHaveLength(1);
    expect(figure.querySelector('.chart__rows')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('uses a colour per category where given, the palette’s otherwise', () => {
    render(
      <BarChart
        title="By CITES Appendix"
        tallies={tallies}
        measure="ads"
        labelOf={(key) => key}
        colorOf={(key) => (key === 'I' ? 'var(--cat-app-i)' : undefined)}
      />,
    );
    const fills = [...document.querySelectorAll<HTMLElement>('.chart__bar')].map((bar) => bar.style.background);
    expect(fills).toEqual(['var(--cat-app-i)', '', '']);
  });

  it('labels a week chart’s first and last week once each, and a single week once', () => {
    const { unmount } = render(
      <BarChart title="By week" tallies={tallies} measure="ads" labelOf={(key) => key || 'W?'} layout="columns" />,
    );
    expect([...document.querySelectorAll('.chart__ticks span')].map((tick) => tick.textContent)).toEqual(['I', 'W?']);
    unmount();
    render(<BarChart title="By week" tallies={[tallies[0]!]} measure="ads" labelOf={(key) => key} layout="columns" />);
    expect([...document.querySelectorAll('.chart__ticks span')].map((tick) => tick.textContent)).toEqual(['I']);
  });

  it('gives screen readers a table with both counts', () => {
    render(<BarChart title="By CITES Appendix" tallies={tallies} measure="ads" labelOf={(key) => key || 'none'} />);
    const table = screen.getByRole('table', { name: 'By CITES Appendix' });
    const cells = within(table)
      .getAllByRole('row')
      .map((tr) => [...tr.children].map((cell) => cell.textContent));
    expect(cells).toEqual([
      ['Category', 'Ads', 'Specimens'],
      ['I', '4', '1'],
      ['II', '2', '8'],
      ['none', '1', '0'],
    ]);
  });

  it('draws specimens when asked, as columns for weeks', () => {
    render(<BarChart title="By week" tallies={tallies} measure="specimens" labelOf={(key) => key} layout="columns" />);
    const drawn = bars(screen.getByRole('figure', { name: 'By week' }));
    expect(drawn.map((bar) => bar.length)).toEqual([12.5, 100, 0]);
  });
});

describe('SummaryCharts', () => {
  const rows = [
    row(1, { groups: ['elephants'], specimens: 2, firstCapturedAt: '2026-03-02T10:00:00.000Z' }),
    row(2, {
      groups: ['elephants', 'birds'],
      specimens: 5,
      platform: 'leboncoin',
      country: 'FR',
      firstCapturedAt: '2026-03-17T10:00:00.000Z',
    }),
  ];

  it('charts the rows by group, Appendix, platform, country and week, and switches to specimens', async () => {
    render(<SummaryCharts rows={rows} />);
    const chart = (name: string) => bars(screen.getByRole('figure', { name }));
    expect(chart('By taxon group').map((bar) => bar.title)).toEqual(['elephants: 2', 'birds: 1']);
    expect(chart('By CITES Appendix').map((bar) => bar.title)).toEqual(['App. I/II: 2']);
    expect(chart('By platform').map((bar) => bar.title)).toEqual(['eBay: 1', 'leboncoin: 1']);
    expect(chart('By country').map((bar) => bar.title)).toEqual(['Germany: 1', 'France: 1']);
    expect(chart('By week of capture (ISO)').map((bar) => bar.title)).toEqual([
      '2026-W10: 1',
      '2026-W11: 0',
      '2026-W12: 1',
    ]);

    await userEvent.click(screen.getByRole('radio', { name: 'Specimens' }));
    expect(chart('By taxon group').map((bar) => bar.title)).toEqual(['elephants: 7', 'birds: 5']);
  });

  it('names trade groups and countries in the UI language', () => {
    render(
      <I18nProvider t={translateFrom(french)}>
        <SummaryCharts rows={rows} />
      </I18nProvider>,
    );
    const chart = (name: string) => bars(screen.getByRole('figure', { name }));
    expect(chart('Par groupe de taxons').map((bar) => bar.title)).toEqual(['éléphants: 2', 'oiseaux: 1']);
    expect(chart('Par pays').map((bar) => bar.title)).toEqual(['Allemagne: 1', 'France: 1']);
  });
});
