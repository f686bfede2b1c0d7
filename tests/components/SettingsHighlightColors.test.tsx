import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HighlightColors } from '@/components/settings/HighlightColors';
import { DEFAULT_COLORS } from '@/lib/settings/schema';
import { readSettings } from '@/lib/settings/store';
import { render } from './render';

beforeEach(() => fakeBrowser.reset());
const local = () => fakeBrowser.storage.local;
const colors = async () => (await readSettings(local())).colors;

it('stores a colour per category and resets them all to the defaults', async () => {
  const user = userEvent.setup();
  render(<HighlightColors area={local()} />);
  const reset = screen.getByRole<HTMLButtonElement>('button', { name: 'Reset to defaults' });
  expect(reset.disabled).toBe(true);

  fireEvent.input(screen.getByLabelText('CITES Appendix I'), { target: { value: '#112233' } });
  await waitFor(async () => expect(await colors()).toEqual({ ...DEFAULT_COLORS, 'app-i': '#112233' }));
  fireEvent.input(screen.getByLabelText('Trade term, code word or unlisted'), { target: { value: '#445566' } });
  await waitFor(async () =>
    expect(await colors()).toEqual({ ...DEFAULT_COLORS, 'app-i': '#112233', trade: '#445566' }),
  );
  await waitFor(() => expect(reset.disabled).toBe(false));

  await user.click(reset);
  await waitFor(async () => expect(await colors()).toEqual(DEFAULT_COLORS));
  await waitFor(() =>
    expect(screen.getByLabelText<HTMLInputElement>('CITES Appendix I').value).toBe(DEFAULT_COLORS['app-i']),
  );
});
