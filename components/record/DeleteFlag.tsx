import { useState, type FormEvent } from 'react';
import { useT } from '@/components/i18n';
import { Button } from '@/components/ui/Button';
import { Field } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import type { Flag } from '@/lib/records/flag';
import type { SendToBackground } from '@/lib/messaging/protocol';

/** Deleting asks for a reason; the audit trail keeps the record either way. */
export function DeleteFlag({ flag, send, onDeleted }: { flag: Flag; send: SendToBackground; onDeleted(): void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const remove = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await send('flag/delete', { flagId: flag.id, reason });
      onDeleted();
    } catch (failure) {
      setError(t('recordDeleteFailed', failure instanceof Error ? failure.message : String(failure)));
    }
  };
  return (
    <form onSubmit={remove} aria-label={t('recordDeleteFlag')} className="card danger-zone">
      <h2>{t('recordDeleteFlag')}</h2>
      <p className="card__intro">{t('recordDeleteIntro')}</p>
      <div className="inline-form">
        <Field label={t('recordDeleteReason')}>
          <input required value={reason} onChange={(event) => setReason(event.target.value)} />
        </Field>
        <Button type="submit" variant="danger">
          {t('recordDeleteFlag')}
        </Button>
      </div>
      {error && <Notice tone="error">{error}</Notice>}
    </form>
  );
}
