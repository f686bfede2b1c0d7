import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { SendToBackground } from '@/lib/messaging/flag-messages';
import { flaggedLine } from '@/lib/flags/format';
import type { AuditEntry, Flag } from '@/lib/flags/schema';
import { FlagAudit } from './FlagAudit';
import { FlagForm } from './FlagForm';
import { FlagObservations } from './FlagObservations';

type Loaded = { flag: Flag | null; audit: AuditEntry[] };

/** The record page of one flag: the ad, the assessment, every observation with its evidence, and the history. */
export function FlagRecord({ flagId, send }: { flagId: string; send: SendToBackground }) {
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const reload = useCallback(
    () => send('flag/get', { flagId }).then(setLoaded, (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason))),
    [flagId, send],
  );
  useEffect(() => void reload(), [reload]);

  if (error) return <p role="alert">{error}</p>;
  if (!loaded) return <p>Loading…</p>;
  const { flag, audit } = loaded;
  if (!flag) {
    return (
      <main>
        <h1>{audit.length ? 'This flag was deleted' : 'No such flag'}</h1>
        <FlagAudit entries={audit} />
      </main>
    );
  }
  const { ad, platform } = flag;
  return (
    <main>
      <h1>{ad.title ?? flag.canonicalUrl}</h1>
      <p>{flaggedLine(flag)}. Status: {flag.status}.</p>
      <dl aria-label="Ad">
        <dt>Ad</dt><dd><a href={flag.canonicalUrl} target="_blank" rel="noreferrer noopener">{flag.canonicalUrl}</a></dd>
        <dt>Platform</dt><dd>{platform.name}{platform.country && ` (${platform.country})`}</dd>
        <dt>Price</dt><dd>{ad.price ? `${ad.price.amount} ${ad.price.currency}` : '—'}</dd>
        <dt>Seller</dt><dd>{ad.seller?.name ?? ad.seller?.id ?? '—'}</dd>
        <dt>Location</dt><dd>{ad.location ?? '—'}</dd>
        <dt>Listing id</dt><dd>{ad.listingId ?? '—'}</dd>
        <dt>Posted</dt><dd>{ad.postedAt ?? '—'}</dd>
        <dt>Description</dt><dd style={{ whiteSpace: 'pre-wrap' }}>{ad.description ?? '—'}</dd>
      </dl>
      <section aria-label="Assessment">
        <h2>Assessment</h2>
        <FlagForm key={flag.updatedAt} flag={flag} send={send} onSaved={() => void reload()} />
      </section>
      <FlagObservations observations={flag.observations} send={send} />
      <FlagAudit entries={audit} />
      <DeleteFlag flag={flag} send={send} onDeleted={() => void reload()} />
    </main>
  );
}

/** Deleting asks for a reason; the audit trail keeps the record either way. */
function DeleteFlag({ flag, send, onDeleted }: { flag: Flag; send: SendToBackground; onDeleted(): void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const remove = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await send('flag/delete', { flagId: flag.id, reason });
      onDeleted();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <form onSubmit={remove} aria-label="Delete this flag">
      <label>Reason for deleting <input required value={reason} onChange={(event) => setReason(event.target.value)} /></label>
      <button type="submit">Delete this flag</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
