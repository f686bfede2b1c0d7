import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { ResearcherSettings } from '@/components/ResearcherSettings';
import { readSettings, type KeyValueArea } from '@/lib/settings/store';
import { render } from './render';
import { statusWithText } from './status-text';

function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea {
  const items = { ...initial };
  return {
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (changes) => void Object.assign(items, changes),
  };
}

it('stores the researcher id and survey that new flags carry', async () => {
  const area = memoryArea({ settings: { researcherId: 'anna.k', paused: true } });
  render(<ResearcherSettings area={area} />);

  const survey = await screen.findByLabelText('Survey or case');
  expect((screen.getByLabelText('Researcher id') as HTMLInputElement).value).toBe('anna.k');
  await userEvent.type(survey, '  Ivory online 2026 ');
  await userEvent.click(screen.getByRole('button', { name: 'Save' }));

  expect((await statusWithText(screen)).textContent).toMatch('Saved');
  expect(await readSettings(area)).toMatchObject({ researcherId: 'anna.k', survey: 'Ivory online 2026', paused: true });
});
