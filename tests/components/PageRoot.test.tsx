import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useT } from '@/components/i18n';
import { startPage, usePageSettings, type PageEnv } from '@/components/page/PageRoot';
import { updateSettings } from '@/lib/settings/store';
import type { MessageTable } from '@/lib/i18n/messages';
import english from '@/public/_locales/en/messages.json';
import french from '@/public/_locales/fr/messages.json';

function Button() {
  const t = useT();
  return <button type="button">{t('flagThisAd')}</button>;
}

const read: string[] = [];
const env = (): PageEnv => ({
  area: fakeBrowser.storage.local,
  document,
  // The browser's own i18n in English (an empty string is how it says "no such message").
  getMessage: (key) => (key === 'uiLocale' ? 'en-GB' : ((english as MessageTable)[key]?.message ?? '')),
  readJson: async (path) => {
    read.push(path);
    if (path === '/_locales/fr/messages.json') return french;
    if (path === '/_locales/en/messages.json') return english;
    throw new Error(`${path}: 404`);
  },
});

beforeEach(() => {
  fakeBrowser.reset();
  read.length = 0;
  document.body.innerHTML = '<div id="root"></div>';
});
afterEach(() => {
  document.body.innerHTML = '';
});

it('opens in the language chosen in the settings, before the first render, and follows a change', async () => {
  await updateSettings(fakeBrowser.storage.local, {
    uiLanguage: 'fr',
    colors: { 'app-i': '#123456', 'app-ii': '#ffd43b', 'app-iii': '#74c0fc', trade: '#b197fc' },
  });
  await act(() => startPage(env(), 'dashTitle', <Button />));
  expect(await screen.findByRole('button', { name: 'Signaler cette annonce' })).toBeTruthy();
  // English behind it, read at once: no page bundles the English table.
  expect(read).toEqual(['/_locales/fr/messages.json', '/_locales/en/messages.json']);
  expect(document.documentElement.lang).toBe('fr');
  expect(document.title).toBe(french.dashTitle.message);
  // The researcher's colours, and a readable text colour on each.
  expect(document.documentElement.style.getPropertyValue('--cat-app-i')).toBe('#123456');
  expect(document.documentElement.style.getPropertyValue('--on-cat-app-i')).toBe('#ffffff');

  await act(() => updateSettings(fakeBrowser.storage.local, { uiLanguage: '' }));
  await waitFor(() => expect(screen.getByRole('button').textContent).toBe('Flag this ad'));
  expect(document.documentElement.lang).toBe('en-GB');
});

it('shows English for a message the chosen language lacks, from the English file read beside it', async () => {
  await updateSettings(fakeBrowser.storage.local, { uiLanguage: 'fr' });
  const { flagThisAd: _untranslated, ...frenchWithoutIt } = french;
  const source = env();
  const readJson = source.readJson;
  source.readJson = async (path) => (path === '/_locales/fr/messages.json' ? frenchWithoutIt : readJson(path));
  await act(() => startPage(source, 'dashTitle', <Button />));
  expect(await screen.findByRole('button', { name: 'Flag this ad' })).toBeTruthy();
  expect(document.documentElement.lang).toBe('fr');
});

it('falls back to the browser’s language when the chosen one is not in this build', async () => {
  await updateSettings(fakeBrowser.storage.local, { uiLanguage: 'pl' });
  await act(() => startPage(env(), 'dashTitle', <Button />));
  expect(await screen.findByRole('button', { name: 'Flag this ad' })).toBeTruthy();
  expect(read).toEqual(['/_locales/pl/messages.json', '/_locales/en/messages.json']);
});

it('renders first with the settings read before its script loaded, then with what storage holds', async () => {
  await updateSettings(fakeBrowser.storage.local, { researcherId: 'jan.n' });
  // The popup's first module read the settings before they changed.
  const stored = Promise.resolve({ settings: { researcherId: 'anna.k' } });
  const seen: (string | undefined)[] = [];
  function Researcher() {
    const settings = usePageSettings();
    seen.push(settings?.researcherId);
    return <p>{settings?.researcherId}</p>;
  }
  await act(() => startPage(env(), 'dashTitle', <Researcher />, stored));
  expect(seen[0]).toBe('anna.k');
  expect(await screen.findByText('jan.n')).toBeTruthy();
});

it('gives the page the settings it opened with from its first render, and follows a change', async () => {
  await updateSettings(fakeBrowser.storage.local, { researcherId: 'anna.k' });
  const seen: (string | undefined)[] = [];
  function Researcher() {
    const settings = usePageSettings();
    seen.push(settings?.researcherId);
    return <p>{settings?.researcherId}</p>;
  }
  await act(() => startPage(env(), 'dashTitle', <Researcher />));
  expect(seen[0]).toBe('anna.k');
  await act(() => updateSettings(fakeBrowser.storage.local, { researcherId: 'jan.n' }));
  expect(await screen.findByText('jan.n')).toBeTruthy();
});

it('has its first screen committed when startPage resolves, not in a later task of React’s scheduler', async () => {
  // Outside act(), which would hold every render until it ends: this is the page as the browser runs it.
  const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const actEnvironment = scope.IS_REACT_ACT_ENVIRONMENT;
  scope.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    await startPage(env(), 'dashTitle', <Button />);
    expect(screen.getByRole('button', { name: 'Flag this ad' })).toBeTruthy();
  } finally {
    scope.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  }
});
