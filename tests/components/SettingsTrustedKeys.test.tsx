import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImportReport } from '@/components/batch/ImportReport';
import { TrustedKeys } from '@/components/settings/TrustedKeys';
import type { FileReport } from '@/lib/import/import-flow';
import { SignerSchema, type Signer } from '@/lib/records/signing';
import { createSigningKey, ensureSigningKey, readableFingerprint } from '@/lib/signing/keys';
import { revocationListText } from '@/lib/signing/revocation-list';
import { revokeSigner } from '@/lib/signing/revoke';
import type { SpoorDb } from '@/lib/storage/db';
import { freshDb } from '../unit/flags/support';
import { downloadTargets } from './BatchTestEnv';
import { render } from './render';

/* A coordinator revokes a researcher's lost key in settings, and an import report says why a file was refused. */

/** A real key: a list of revoked keys is refused when a fingerprint is not its key's. */
const annaKey = await createSigningKey('anna.k', new Date('2026-03-01T10:00:00.000Z'));
const anna: Signer = {
  fingerprint: annaKey.fingerprint,
  researcher: 'anna.k',
  publicKey: annaKey.publicKey,
  keyCreatedAt: '2026-03-01T10:00:00.000Z',
  firstSeen: '2026-03-02T10:00:00.000Z',
  accepted: { at: '2026-03-02T10:00:00.000Z', by: 'coord' },
};
const revokedAt = new Date('2026-04-05T09:00:00.000Z');

let db: SpoorDb;
beforeEach(async () => {
  db = await freshDb();
  await db.put('signers', anna);
});

const saved = downloadTargets();
const renderKeys = (on = db, by = 'coord') =>
  render(<TrustedKeys db={async () => on} by={async () => by} save={saved.targets} clock={() => revokedAt} />);

describe('the researchers’ keys in settings', () => {
  it('revokes an accepted key with the reason given, and lists it as revoked', async () => {
    renderKeys();
    const key = readableFingerprint(anna.fingerprint);
    expect(await screen.findByText(`anna.k, key ${key}…, accepted on 2 Mar 2026.`)).toBeTruthy();
    const revoke = screen.getByRole('button', { name: 'Revoke key' });
    expect(revoke).toHaveProperty('disabled', true);

    await userEvent.type(screen.getByLabelText('Why revoke anna.k’s key'), 'laptop stolen');
    await userEvent.click(revoke);

    expect(
      await screen.findByText(`anna.k, key ${key}…: revoked on 5 Apr 2026 by coord (laptop stolen).`),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Revoke key' })).toBeNull();
    // The button pressed is gone with its form: focus goes to the key's line, not back to the page's start.
    expect(document.activeElement!.localName).toBe('li');
    expect(document.activeElement!.textContent).toContain('revoked on 5 Apr 2026');
    expect(SignerSchema.parse(await db.get('signers', anna.fingerprint)).revoked).toEqual({
      at: revokedAt.toISOString(),
      by: 'coord',
      reason: 'laptop stolen',
    });
  });

  it('says when no key was accepted yet', async () => {
    await db.clear('signers');
    renderKeys();
    expect(await screen.findByText('You have not accepted any researcher’s key yet.')).toBeTruthy();
  });
});

describe('lists of revoked keys in settings', () => {
  it('saves this coordinator’s revocations signed, and another coordinator’s import lists what it revoked there', async () => {
    await revokeSigner(db, anna.fingerprint, { at: revokedAt, by: 'coord', reason: 'laptop stolen' });
    const { unmount } = renderKeys();
    await userEvent.click(await screen.findByRole('button', { name: 'Save revoked keys' }));
    expect(await screen.findByText('Saved spoor-revoked-keys-2026-04-05.json.')).toBeTruthy();
    const list = saved.files.at(-1)!;
    unmount();

    const other = await freshDb();
    renderKeys(other, 'lyon');
    await userEvent.upload(screen.getByLabelText('List of revoked keys (JSON)'), list);
    await userEvent.click(screen.getByRole('button', { name: 'Import list' }));

    const key = readableFingerprint(anna.fingerprint);
    expect(await screen.findByText(/^List signed by coord, key [0-9a-f ]+…, made on 5 Apr 2026\.$/)).toBeTruthy();
    const revokedNow = `Now refused here: anna.k, key ${key}… (revoked on 5 Apr 2026 by coord: laptop stolen).`;
    expect(screen.getByText(revokedNow)).toBeTruthy();
    // The card lists the key as revoked, from a list, though this coordinator never saw it.
    expect(
      await screen.findByText(`anna.k, key ${key}…: revoked on 5 Apr 2026 by coord (laptop stolen).`),
    ).toBeTruthy();
    expect(SignerSchema.parse(await other.get('signers', anna.fingerprint)).accepted).toBeUndefined();
  });

  it('refuses a list changed after signing, saying where, and writes nothing', async () => {
    await revokeSigner(db, anna.fingerprint, { at: revokedAt, by: 'coord', reason: 'laptop stolen' });
    const text = await revocationListText(db, await ensureSigningKey(db, 'coord'), revokedAt);
    const forged = new File([text.replace('laptop stolen', 'laptop found')], 'revoked.json');
    const other = await freshDb();
    renderKeys(other, 'lyon');

    await userEvent.upload(screen.getByLabelText('List of revoked keys (JSON)'), forged);
    await userEvent.click(screen.getByRole('button', { name: 'Import list' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This list was not imported; nothing changed:');
    expect(alert.textContent).toContain('revoked.json › signature: the signature does not match');
    expect(await other.count('signers')).toBe(0);
  });
});

describe('the import report of a file signed with a revoked key', () => {
  it('says it was not imported, who revoked the key, when and why, and offers no way to accept it', () => {
    const report: FileReport = {
      fileName: 'anna-april.zip',
      status: 'revoked-key',
      batch: {
        id: '30000000-0000-4000-8000-000000000001',
        createdAt: '2026-04-01T10:00:00.000Z',
        researcher: 'anna.k',
        survey: 'Ivory 2026',
        extensionVersion: '0.1.0',
        dateRange: { from: '2026-03-30T10:00:00.000Z', to: '2026-03-31T10:00:00.000Z' },
        counts: { flags: 1, observations: 1, artifacts: 0 },
      },
      signedBy: anna,
      trust: { status: 'revoked', revoked: { at: revokedAt.toISOString(), by: 'coord', reason: 'laptop stolen' } },
    };
    render(<ImportReport id="report" reports={[report]} onAcceptKey={() => undefined} />);
    const notice = screen.getByText(/^Not imported: signed by anna\.k/);
    expect(notice.textContent).toContain('which coord revoked on 5 Apr 2026 (laptop stolen)');
    expect(screen.queryByRole('button', { name: /accept/i })).toBeNull();
  });
});
