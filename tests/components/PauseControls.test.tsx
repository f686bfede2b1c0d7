import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PauseControls } from '@/components/PauseControls';
import { useSettings } from '@/components/useSettings';
import { defaultSettings, SETTINGS_KEY } from '@/lib/settings/schema';
import { readSettings, updateSettings } from '@/lib/settings/store';
import { render } from './render';

beforeEach(() => fakeBrowser.reset());

const local = () => fakeBrowser.storage.local;
const stored = () => readSettings(local());

/** Wired as the popup wires it, over a fake storage.local. */
function Wired({ host }: { host?: string }) {
  const settings = useSettings(local());
  return <PauseControls host={host} settings={settings} onChange={(change) => void updateSettings(local(), change)} />;
}

it('pauses and resumes the current site', async () => {
  const user = userEvent.setup();
  render(<Wired host="www.marktplaats.nl" />);
  const site = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Pause on marktplaats.nl' });
  await user.click(site);
  await waitFor(async () => expect((await stored()).pausedSites).toEqual(['marktplaats.nl']));
  await waitFor(() => expect(site.checked).toBe(true));
  await user.click(site);
  await waitFor(async () => expect((await stored()).pausedSites).toEqual([]));
});

it('shows a site paused through its parent domain, and resumes it', async () => {
  await local().set({ [SETTINGS_KEY]: { ...defaultSettings, pausedSites: ['ebay.de', 'avito.ru'] } });
  const user = userEvent.setup();
  render(<Wired host="shop.ebay.de" />);
  const site = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Pause on shop.ebay.de' });
  await waitFor(() => expect(site.checked).toBe(true));
  await user.click(site);
  await waitFor(async () => expect((await stored()).pausedSites).toEqual(['avito.ru']));
});

it('pauses everywhere, and offers no site switch where Spoor does not run', async () => {
  const user = userEvent.setup();
  render(<Wired />);
  expect(screen.getAllByRole('checkbox')).toHaveLength(1);
  await user.click(screen.getByRole('checkbox', { name: 'Pause everywhere' }));
  await waitFor(async () => expect((await stored()).paused).toBe(true));
  await waitFor(() =>
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Pause everywhere' }).checked).toBe(true),
  );
});
