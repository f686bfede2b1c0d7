import { Blob as NodeBlob } from 'node:buffer';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import type { SpoorDb } from '@/lib/storage/db';
import { flag, observation } from '../unit/export/builder';
import { freshDb } from '../unit/flags/support';
import { dashboardBackground } from './DashboardTestBackground';
import { render } from './render';

// jsdom's Blob does not survive structured cloning into fake-indexeddb (a browser's does): use Node's.
globalThis.Blob = NodeBlob as unknown as typeof Blob;

const hostileTitle = '<img src=x onerror="alert(1)"> Elfenbein';
let db: SpoorDb;

beforeEach(async () => {
  db = await freshDb();
  const titles = [hostileTitle, 'Statuette en ivoire', 'Netsuke'];
  for (const [index, title] of titles.entries()) {
    const seen = await observation({ n: index + 1, capturedAt: `2026-03-1${index}T09:00:00.000Z` });
    await db.put(
      'flags',
      flag({ n: index + 1, url: `https://www.ebay.de/itm/${index + 1}`, ad: { title }, observations: [seen] }),
    );
  }
  render(<Dashboard send={await dashboardBackground(db)} />);
  await screen.findByText('Showing 3 of 3 flags');
});

const table = () => screen.getByRole('region', { name: 'Flags' });
const bulk = () => screen.getByRole('region', { name: 'Selected flags' });
const statusCells = () =>
  [...table().querySelectorAll('tbody tr[aria-rowindex]')].map((tr) => tr.querySelectorAll('td')[12]!.textContent);

describe('the dashboard with the real background handlers', () => {
  it('shows page strings as text, never as markup', () => {
    expect(within(table()).getByRole('link', { name: hostileTitle })).toBeTruthy();
    expect(document.querySelectorAll('img[src="x"]')).toHaveLength(0);
  });

  it('marks the selected flags reviewed, each change in the audit log', async () => {
    await userEvent.click(within(table()).getByRole('checkbox', { name: 'Select Netsuke' }));
    await userEvent.click(within(table()).getByRole('checkbox', { name: 'Select Statuette en ivoire' }));
    await userEvent.click(within(bulk()).getByRole('button', { name: 'Mark reviewed' }));

    expect(await within(bulk()).findByText('2 flags marked reviewed.')).toBeTruthy();
    // The table reloads after the action: wait for it rather than for a time.
    await waitFor(() => expect(statusCells()).toEqual(['reviewed', 'reviewed', 'new']));
    const audit = await db.getAll('audit');
    expect(audit.map((entry) => [entry.action, entry.by, entry.changes])).toEqual([
      ['edit', 'coord.lena', [{ path: 'status', from: 'new', to: 'reviewed' }]],
      ['edit', 'coord.lena', [{ path: 'status', from: 'new', to: 'reviewed' }]],
    ]);
  });

  it('deletes the selected flags with a reason; the audit log keeps them and the selection empties', async () => {
    await userEvent.click(within(table()).getByRole('checkbox', { name: 'Select all filtered flags' }));
    await userEvent.click(within(table()).getByRole('checkbox', { name: 'Select Netsuke' }));
    await userEvent.click(within(bulk()).getByRole('button', { name: 'Delete selected…' }));
    await userEvent.type(within(bulk()).getByLabelText('Reason for deleting'), 'not wildlife');
    await userEvent.click(within(bulk()).getByRole('button', { name: 'Delete 2 flags' }));

    // One flag: the plural form for one.
    expect(await screen.findByText('Showing 1 of 1 flag')).toBeTruthy();
    expect(within(bulk()).getByText('0 selected')).toBeTruthy();
    expect((await db.getAll('flags')).map((stored) => stored.ad.title)).toEqual(['Netsuke']);
    const audit = await db.getAll('audit');
    expect(
      audit.map((entry) => [entry.action, entry.note, (entry.changes[0]?.from as { ad: { title: string } }).ad.title]),
    ).toEqual([
      // In table order: newest capture first.
      ['delete', 'not wildlife', 'Statuette en ivoire'],
      ['delete', 'not wildlife', hostileTitle],
    ]);
  });

  it('opens a flag in the side panel, and reloads the table after an edit there', async () => {
    const link = within(table()).getByRole('link', { name: 'Netsuke' });
    expect(link.getAttribute('href')).toMatch(/^\/record\.html\?id=/);
    await userEvent.click(link);
    const panel = await screen.findByRole('complementary', { name: 'Flag record' });
    expect(await within(panel).findByRole('heading', { level: 1, name: 'Netsuke' })).toBeTruthy();
    expect(within(panel).getByRole('region', { name: 'Observations' })).toBeTruthy();
    expect(within(panel).getByRole('link', { name: 'Open in a new tab' }).getAttribute('href')).toMatch(
      /^\/record\.html\?id=/,
    );

    const title = within(panel).getByLabelText('Title');
    await userEvent.clear(title);
    await userEvent.type(title, 'Netsuke, ivory');
    await userEvent.click(within(panel).getByRole('button', { name: 'Save changes' }));
    expect(await within(table()).findByRole('link', { name: 'Netsuke, ivory' })).toBeTruthy();

    await userEvent.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('complementary', { name: 'Flag record' })).toBeNull();
    // Focus goes back to the title that opened the panel.
    expect(document.activeElement).toBe(within(table()).getByRole('link', { name: 'Netsuke, ivory' }));
  });
});
