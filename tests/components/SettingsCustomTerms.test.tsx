import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CustomTerms } from '@/components/settings/CustomTerms';
import type { ActiveStatus } from '@/lib/active-dictionary/status';
import { readCustomTerms } from '@/lib/dictionary/custom-terms-store';
import { render } from './render';

// Each of these compiles the bundled dictionary (seconds of CPU): the timeout follows that work on a busy machine.
const COMPILE_TIMEOUT = 30_000;

beforeEach(() => fakeBrowser.reset());
const local = () => fakeBrowser.storage.local;

/** Counts the recompiles asked for, as the background would answer them. */
function fakeApply() {
  const calls: number[] = [];
  const status: ActiveStatus = {
    source: 'bundled',
    listingsAsOf: '2023-02-23',
    activatedAt: '',
    counts: { taxa: 1, names: 1, synonyms: 0, tradeTerms: 0 },
    storedChars: 1,
  };
  return { calls, apply: async () => (calls.push(calls.length + 1), status) };
}

it(
  'adds a taxon term with its listing, compiles it in, and removes it',
  async () => {
    const user = userEvent.setup();
    const { calls, apply } = fakeApply();
    render(<CustomTerms area={local()} apply={apply} />);
    await screen.findByText('You have not added any terms.');

    await user.type(screen.getByRole('textbox', { name: 'Term' }), 'Graupi');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    await user.type(screen.getByRole('textbox', { name: 'Scientific name' }), 'Psittacus erithacus');
    await user.selectOptions(screen.getByRole('combobox', { name: 'CITES Appendix' }), 'I');
    await user.selectOptions(screen.getByRole('combobox', { name: 'EU annex' }), 'A');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Group' }), 'birds');
    await user.click(screen.getByRole('button', { name: 'Add term' }));

    // "Updating the active list…" comes first; the list is compiled once it says "Saved.".
    expect(await screen.findByText(/^Saved\. /, {}, { timeout: COMPILE_TIMEOUT })).toBeTruthy();
    expect(await readCustomTerms(local())).toMatchObject([
      {
        text: 'Graupi',
        lang: 'de',
        match: 'word',
        target: { kind: 'taxon', scientificName: 'Psittacus erithacus', appendix: 'I', euAnnex: 'A', group: 'birds' },
      },
    ]);
    const row = within(screen.getByRole('table')).getByText('Graupi').closest('tr')!;
    expect(row.textContent).toContain('Psittacus erithacus · Appendix I · EU annex A');
    expect(calls).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Remove “Graupi”' }));
    await waitFor(async () => expect(await readCustomTerms(local())).toEqual([]), { timeout: COMPILE_TIMEOUT });
    expect(calls).toHaveLength(2);
  },
  COMPILE_TIMEOUT,
);

it(
  'adds a code word pointing at species, with its match mode and exclusions',
  async () => {
    const user = userEvent.setup();
    render(<CustomTerms area={local()} apply={fakeApply().apply} />);
    await user.type(await screen.findByRole('textbox', { name: 'Term' }), 'white gold');
    await user.selectOptions(screen.getByRole('combobox', { name: 'What it names' }), 'code');
    await user.type(
      screen.getByRole('textbox', { name: /^Species it points at/ }),
      'Loxodonta africana, Elephas maximus',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Matching' }), 'compound');
    await user.type(screen.getByRole('textbox', { name: /^Exclusions/ }), 'white gold ring{enter}white gold chain');
    await user.click(screen.getByRole('button', { name: 'Add term' }));

    await waitFor(async () =>
      expect(await readCustomTerms(local())).toMatchObject([
        {
          text: 'white gold',
          match: 'compound',
          exclude: ['white gold ring', 'white gold chain'],
          target: { kind: 'code', taxa: ['Loxodonta africana', 'Elephas maximus'] },
        },
      ]),
    );
  },
  COMPILE_TIMEOUT,
);

it(
  'names the fields to fix and stores nothing',
  async () => {
    const user = userEvent.setup();
    const { calls, apply } = fakeApply();
    render(<CustomTerms area={local()} apply={apply} />);
    await user.type(await screen.findByRole('textbox', { name: 'Term' }), 'x');
    await user.click(screen.getByRole('button', { name: 'Add term' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Please check: Term, Scientific name');
    expect(await readCustomTerms(local())).toEqual([]);
    expect(calls).toEqual([]);
  },
  COMPILE_TIMEOUT,
);
