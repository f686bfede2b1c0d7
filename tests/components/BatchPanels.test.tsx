import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BatchActions } from '@/components/batch/BatchActions';
import { exportNewBatch, pendingFlagIds } from '@/lib/export/export-flow';
import { createFlagService } from '@/lib/flags/service';
import { axeViolations } from './axe';
import { dbWithFlags, downloadTargets, testEnv } from './BatchTestEnv';
import { render } from './render';
import { captureOf, steppingClock } from '../unit/flags/support';

// A saved batch is read back from fake IndexedDB, which keeps Node's Blobs, not jsdom's.
beforeEach(() => vi.stubGlobal('Blob', NodeBlob));
afterEach(() => vi.unstubAllGlobals());

/** The batch actions over one flagged ad, exported once, with that flag shown in the table. */
async function actionsWithABatch() {
  const db = await dbWithFlags('https://shop.example/ad/1');
  const saved = downloadTargets();
  const env = testEnv(db, saved.targets);
  const flagIds = await pendingFlagIds(db);
  const first = await exportNewBatch(
    { db, save: saved.targets, extensionVersion: '0.1.0', taxa: env.taxa, clock: env.clock },
    flagIds,
    'json',
    { researcher: 'anna.k', survey: 'Ivory 2026' },
  );
  if (first.status !== 'saved') throw new Error('not saved');
  render(<BatchActions selection={[]} filteredIds={flagIds} env={env} />);
}

describe('the Past batches and Hand-off panels', () => {
  it.each([
    ['Past batches', 'Past batches', ['Past batches'], /^Export again /],
    [
      'Takedown lists and information logs',
      'Takedown lists and information logs',
      ['Takedown lists per platform', 'Information log for one country'],
      /^Table \(\.csv\) /,
    ],
  ])(
    '%s: a region named by its headings, no axe violation; Escape from inside closes it, focus back on its button',
    async (opener, region, headings, control) => {
      await actionsWithABatch();
      const button = screen.getByRole('button', { name: opener });
      await userEvent.click(button);
      const panel = await screen.findByRole('region', { name: region });
      const inside = await within(panel).findAllByRole('button', { name: control });

      expect(
        within(panel)
          .getAllByRole('heading', { level: 2 })
          .map((heading) => heading.textContent),
      ).toEqual(headings);
      expect(button.getAttribute('aria-expanded')).toBe('true');
      expect(await axeViolations()).toEqual([]);

      inside[0]!.focus();
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('region', { name: region })).toBeNull();
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(document.activeElement).toBe(button);
    },
  );
});

describe('the Hand-off panel', () => {
  it('names each takedown button with its platform, so no two buttons share a name', async () => {
    const db = await dbWithFlags();
    const flags = createFlagService(db, steppingClock());
    for (const host of ['allegro.pl', 'avito.ru']) {
      await flags.record(await captureOf(`https://${host}/ad/1`, { platform: { id: host, name: host, host } }), 'ask');
    }
    const env = testEnv(db, downloadTargets().targets);
    render(<BatchActions selection={[]} filteredIds={await pendingFlagIds(db)} env={env} />);
    await userEvent.click(screen.getByRole('button', { name: 'Takedown lists and information logs' }));
    const panel = await screen.findByRole('region', { name: 'Takedown lists and information logs' });
    // The panel reads its flags after it opens.
    const rows = await waitFor(() => {
      const items = within(within(panel).getAllByRole('list')[0]!).getAllByRole('listitem');
      expect(items).toHaveLength(2);
      return items;
    });

    // The visible label first in each name (WCAG 2.5.3), then the row's platform: one button per name in the panel.
    for (const [row, host] of [
      [rows[0]!, 'allegro.pl'],
      [rows[1]!, 'avito.ru'],
    ] as const) {
      for (const label of ['URL list (.txt)', 'Table (.csv)']) {
        expect(
          within(panel)
            .getByRole('button', { name: `${label} ${host}: 1 ad` })
            .closest('li'),
        ).toBe(row);
      }
    }
    expect(await axeViolations()).toEqual([]);
  });
});
