import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BatchActions } from '@/components/batch/BatchActions';
import { exportNewBatch, pendingFlagIds } from '@/lib/export/export-flow';
import { axeViolations } from './axe';
import { dbWithFlags, downloadTargets, testEnv } from './BatchTestEnv';
import { render } from './render';

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
      /^Table \(\.csv\)$/,
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
