import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Welcome } from '@/components/welcome/Welcome';
import { readSettings } from '@/lib/settings/store';
import { render } from './render';
import { statusWithText } from './status-text';

beforeEach(() => fakeBrowser.reset());
const local = () => fakeBrowser.storage.local;

it('asks who the researcher is first, and stores the id and survey that every flag will carry', async () => {
  render(<Welcome area={local()} />);
  expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Spoor' })).toBeTruthy();
  const form = await screen.findByRole('form', { name: 'Researcher' });
  await userEvent.type(within(form).getByLabelText('Researcher id'), 'anna.k');
  await userEvent.type(within(form).getByLabelText('Survey or case'), 'Ivory online 2026');
  await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
  expect((await statusWithText(within(form))).textContent).toBe('Saved: new flags will carry these.');
  expect(await readSettings(local())).toMatchObject({ researcherId: 'anna.k', survey: 'Ivory online 2026' });
});

it('lets the researcher choose the interface language, each named in its own language', async () => {
  render(<Welcome area={local()} />);
  const menu = screen.getByLabelText('Interface language');
  expect(
    within(menu)
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual([
    'Same as the browser',
    'English',
    'français',
    'Deutsch',
    'Nederlands',
    'español',
    'italiano',
    'polski',
    'русский',
  ]);
  await userEvent.selectOptions(menu, 'pl');
  await waitFor(async () => expect((await readSettings(local())).uiLanguage).toBe('pl'));
});

it('explains the four colours with example words, and what Spoor never sends', () => {
  render(<Welcome area={local()} />);
  const colours = screen.getByRole('region', { name: 'What the colours mean' });
  const marks = [...colours.querySelectorAll('mark')].map((mark) => [mark.className, mark.textContent]);
  expect(marks).toEqual([
    ['welcome__mark welcome__mark--app-i', 'Grey parrot, Psittacus erithacus'],
    ['welcome__mark welcome__mark--app-ii', 'ball python, Python regius'],
    ['welcome__mark welcome__mark--app-iii', 'walrus, Odobenus rosmarus'],
    ['welcome__mark welcome__mark--trade', 'ivory, rhino horn, shahtoosh'],
  ]);
  const privacy = screen.getByRole('region', { name: 'What Spoor never sends' });
  expect(privacy.textContent).toMatch(/makes no network request/);
  expect(privacy.textContent).toMatch(/stay in this browser until you export/);
});
