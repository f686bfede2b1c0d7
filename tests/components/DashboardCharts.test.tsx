import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BarChart } from '@/components/dashboard/BarChart';
import { SummaryCharts } from '@/components/dashboard/SummaryCharts';
import { row } from '../unit/dashboard/query-support';

const bars = (figure: HTMLElement) =>
  [...figure.querySelectorAll('g[data-key]')].map((g) => ({
    key: g.getAttribute('data-key'),
    width: Number(g.querySelector('rect')!.getAttribute('width')),
    height: Number(g.querySelector('rect')!.getAttribute('height')),
    title: g.querySelector('title')!.textContent,
  }));

describe('BarChart', () => {
  const tallies = [
    { key: 'I', ads: 4, specimens: 1 },
    { key: 'II', ads: 2, specimens: 8 },
    { key: '', ads: 1, specimens: 0 },
  ];

  it('draws one bar per tally, scaled to the largest, under an accessible title', () => {
    render(<BarChart title="By CITES Appendix" tallies={tallies} measure="ads" labelOf={(key) => key || 'none'} />);
    const figure = screen.getByRole('figure', { name: 'By CITES Appendix' });
    const drawn = bars(figure);
    expect(drawn.map((bar) => [bar.key, bar.title])).toEqual([
      ['I', 'I: 4'],
      ['II', 'II: 2'],
      ['', 'none: 1'],
    ]);
    expect(drawn[1]!.width / drawn[0]!.width).toBeCloseTo(0.5);
    expect(drawn[2]!.width / drawn[0]!.width).toBeCloseTo(0.25);
    expect(within(figure).getByRole('img', { name: 'By CITES Appendix' })).toBeTruthy();
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
    expect(drawn.map((bar) => bar.height)).toEqual([17.5, 140, 0]);
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
    expect(chart('By country').map((bar) => bar.title)).toEqual(['DE: 1', 'FR: 1']);
    expect(chart('By week of capture (ISO)').map((bar) => bar.title)).toEqual([
      '2026-W10: 1',
      '2026-W11: 0',
      '2026-W12: 1',
    ]);

    await userEvent.click(screen.getByRole('radio', { name: 'Specimens' }));
    expect(chart('By taxon group').map((bar) => bar.title)).toEqual(['elephants: 7', 'birds: 5']);
  });
});
