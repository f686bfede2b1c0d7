import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PausedSites } from '@/components/settings/PausedSites';
import { defaultSettings, SETTINGS_KEY } from '@/lib/settings/schema';
import { readSettings } from '@/lib/settings/store';
import { render } from './render';

beforeEach(() => fakeBrowser.reset());
const local = () => fakeBrowser.storage.local;
const pausedSites = async () => (await readSettings(local())).pausedSites;

it('adds a site typed as an address, and removes it again', async () => {
  const user = userEvent.setup();
  render(<PausedSites area={local()} />);
  expect(await screen.findByText('Spoor is not paused on any site.')).toBeTruthy();

  await user.type(screen.getByRole('textbox', { name: 'Site' }), 'https://www.ebay.de/itm/123');
  await user.click(screen.getByRole('button', { name: 'Pause on this site' }));
  await waitFor(async () => expect(await pausedSites()).toEqual(['ebay.de']));
  expect(await screen.findByRole('list', { name: 'Paused sites' })).toBeTruthy();

  await user.click(screen.getByRole('button', { name: 'Remove ebay.de' }));
  await waitFor(async () => expect(await pausedSites()).toEqual([]));
});

it('shows sites paused from the popup and refuses what is not a site', async () => {
  await local().set({ [SETTINGS_KEY]: { ...defaultSettings, pausedSites: ['avito.ru'] } });
  const user = userEvent.setup();
  render(<PausedSites area={local()} />);
  expect(await screen.findByText(/avito\.ru/)).toBeTruthy();

  await user.type(screen.getByRole('textbox', { name: 'Site' }), 'not a site');
  await user.click(screen.getByRole('button', { name: 'Pause on this site' }));
  expect((await screen.findByRole('alert')).textContent).toBe('“not a site” is not a site name or address.');
  expect(await pausedSites()).toEqual(['avito.ru']);
});
