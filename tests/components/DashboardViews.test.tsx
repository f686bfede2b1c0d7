import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import type { ArchiveRow } from '@/lib/dashboard/row';
import { row } from '../unit/dashboard/query-support';
import { sendThrough } from './send-through';
import { render } from './render';

const dashboardOf = async (rows: ArchiveRow[]) => {
  render(<Dashboard send={sendThrough({ 'dashboard/list': () => ({ rows, unreadable: 0 }) })} />);
  await screen.findByText(/^Showing /);
};
const table = () => screen.getByRole('region', { name: 'Flags' });
const column = (header: string) => {
  const headers = [...table().querySelectorAll('thead th')].map((th) => th.textContent);
  const index = headers.findIndex((text) => text?.startsWith(header));
  return [...table().querySelectorAll('tbody tr[aria-rowindex]')].map((tr) => tr.children[index]!.textContent);
};

it('says there is nothing yet, and how flags arrive, when there are no flags', async () => {
  await dashboardOf([]);
  expect(screen.getByText('No flags yet')).toBeTruthy();
  expect(screen.queryByRole('search')).toBeNull();
  expect(screen.queryByRole('region', { name: 'Flags' })).toBeNull();
});

it('says when the filters let nothing through, with a way back', async () => {
  await dashboardOf([row(1), row(2)]);
  await userEvent.type(screen.getByLabelText(/^Search/), 'zebra');
  expect(screen.getByText('No flag matches these filters')).toBeTruthy();
  const clear = screen.getAllByRole('button', { name: 'Clear filters' }).at(-1)!;
  await userEvent.click(clear);
  expect(screen.queryByText('No flag matches these filters')).toBeNull();
  expect(column('Title')).toHaveLength(2);
});

it('shows each price as the ad gave it with its euro value, and sorts them in euros', async () => {
  await dashboardOf([
    row(1, { title: 'Zloty', price: { amount: 1200, currency: 'PLN' } }),
    row(2, { title: 'Euro', price: { amount: 850, currency: 'EUR' } }),
    row(3, { title: 'Rouble', price: { amount: 90000, currency: 'RUB' } }),
  ]);
  await userEvent.click(within(table()).getByRole('button', { name: 'Price' }));
  expect(column('Title')).toEqual(['Zloty', 'Euro', 'Rouble']);
  // Intl puts a no-break space between a currency code and its amount.
  expect(column('Price').map((text) => text?.replaceAll('\u00a0', ' '))).toEqual([
    'PLN 1,200.00 ≈ €282',
    '€850.00',
    'RUB 90,000.00',
  ]);
});

it('names countries and links each title to its record', async () => {
  await dashboardOf([row(1, { country: 'PL', title: 'Ad one' })]);
  expect(column('Country')).toEqual(['Poland']);
  expect(within(table()).getByRole('link', { name: 'Ad one' }).getAttribute('href')).toBe(
    `/record.html?id=${row(1).id}`,
  );
});
