import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ClaimUnnamed } from '@/components/settings/ClaimUnnamed';
import { SigningKey } from '@/components/settings/SigningKey';
import { flagHandlers } from '@/lib/browser/flag-handlers';
import { readHistory } from '@/lib/flags/history-store';
import { FlagSchema } from '@/lib/records/flag';
import { createFlagService } from '@/lib/flags/service';
import { readableFingerprint, signingKeyOf } from '@/lib/signing/keys';
import { signingHandlers } from '@/lib/browser/signing-handlers';
import { updateSettings } from '@/lib/settings/store';
import type { SpoorDb } from '@/lib/storage/db';
import { MemoryArea } from '../fixtures/checklist/memory-area';
import { captureOf, depsWith, freshDb } from '../unit/flags/support';
import { sendThrough } from './send-through';
import { render } from './render';
import { statusWithText } from './status-text';

let db: SpoorDb;
let area: MemoryArea;

beforeEach(async () => {
  db = await freshDb();
  area = new MemoryArea();
});

const background = async () => {
  const { deps } = await depsWith({ researcher: async () => ({ researcherId: 'anna.k', survey: 'Ivory 2026' }) }, db);
  return sendThrough({
    ...flagHandlers({ deps: Promise.resolve(deps), onFlagged: async () => undefined }),
    ...signingHandlers(Promise.resolve(db), area),
  });
};

describe('the signing key in settings', () => {
  it('asks for a researcher id first: the key is made with it', async () => {
    render(<SigningKey send={await background()} />);
    expect(await screen.findByText('Set your researcher id above: your signing key is made with it.')).toBeTruthy();
    expect(await db.count('keys')).toBe(0);
  });

  it('shows the fingerprint of the researcher’s key, to read out to the coordinator', async () => {
    await updateSettings(area, { researcherId: 'anna.k' });
    render(<SigningKey send={await background()} />);
    // Named by a term a screen reader reads, not by an aria-label on <code>, which no screen reader speaks.
    expect((await screen.findByRole('term')).textContent).toBe('Key fingerprint');
    const fingerprint = screen.getByRole('definition');
    const key = (await signingKeyOf(db, 'anna.k'))!;
    expect(fingerprint.textContent).toBe(readableFingerprint(key.fingerprint));
    expect(fingerprint.textContent).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    expect(screen.getByText(/made for anna\.k on/)).toBeTruthy();
    // The private key cannot be read out, not even by Spoor.
    expect(key.privateKey.extractable).toBe(false);
  });
});

describe('claiming unnamed flags', () => {
  it('shows nothing when every flag names its researcher', async () => {
    await createFlagService(db).record(await captureOf('https://shop.example/ad/1'), 'ask');
    const { container } = render(<ClaimUnnamed send={await background()} />);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(container.textContent).toBe('');
  });

  it('claims flags captured before an id was set: audited, the captures untouched', async () => {
    const unnamed = { researcher: { researcherId: '', survey: '' } };
    const { flag } = await createFlagService(db).record(await captureOf('https://shop.example/ad/1', unnamed), 'ask');
    render(<ClaimUnnamed send={await background()} />);
    expect(
      (await screen.findByText(/^1 flags hold captures made before a researcher id was set/)).textContent,
    ).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Claim them as mine' }));

    expect((await statusWithText(screen)).textContent).toBe('1 flags claimed.');
    const claimed = FlagSchema.parse(await db.get('flags', flag.id));
    expect(claimed.observations).toEqual(flag.observations);
    expect(claimed.claims).toEqual([
      { observationId: flag.observations[0]!.id, researcherId: 'anna.k', survey: 'Ivory 2026', at: expect.any(String) },
    ]);
    const { history } = await readHistory(db, flag.id);
    expect(history.problems).toEqual([]);
    expect(history.entries.at(-1)).toMatchObject({ action: 'claim', by: 'anna.k' });
  });
});
