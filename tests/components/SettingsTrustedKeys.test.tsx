import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImportReport } from '@/components/batch/ImportReport';
import { TrustedKeys } from '@/components/settings/TrustedKeys';
import type { FileReport } from '@/lib/import/import-flow';
import { SignerSchema, type Signer } from '@/lib/records/signing';
import { readableFingerprint } from '@/lib/signing/keys';
import type { SpoorDb } from '@/lib/storage/db';
import { freshDb } from '../unit/flags/support';
import { render } from './render';

/* A coordinator revokes a researcher's lost key in settings, and an import report says why a file was refused. */

const anna: Signer = {
  fingerprint: 'ab'.repeat(32),
  researcher: 'anna.k',
  publicKey: 'A'.repeat(43) + '=',
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

const renderKeys = () => render(<TrustedKeys db={async () => db} by={async () => 'coord'} clock={() => revokedAt} />);

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
