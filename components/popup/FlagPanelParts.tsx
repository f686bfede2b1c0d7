import { useT } from '@/components/i18n';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { flaggedLine } from '@/lib/flags/format';
import type { Flag } from '@/lib/records/flag';
import { MISSING_EVIDENCE_TEXT } from './missing-evidence';
import './popup.css';

/** An ad flagged before: who flagged it and when, its record, and the way to edit it. */
export function FlaggedBefore({ flag, onEdit }: { flag: Flag; onEdit(): void }) {
  const t = useT();
  return (
    <div className="flagged-before">
      <p>{flaggedLine(flag, t)}.</p>
      <div className="cluster">
        <RecordLink flag={flag} />
        <Button variant="quiet" onClick={onEdit}>
          {t('flagEdit')}
        </Button>
      </div>
    </div>
  );
}

/** The flag's record page, in a new tab. */
export function RecordLink({ flag }: { flag: Flag }) {
  const t = useT();
  return (
    <a href={`/record.html?id=${flag.id}`} target="_blank" rel="noreferrer">
      {t('flagOpenRecord')}
    </a>
  );
}

/** Evidence the capture could not take, with the browser's reason and a way to try again. */
export function MissingEvidence({ flag, onRetry }: { flag: Flag; onRetry(): void }) {
  const t = useT();
  const missing = flag.observations.at(-1)!.missing;
  if (missing.length === 0) return null;
  return (
    <Notice tone="warning" action={<Button onClick={onRetry}>{t('flagTryAgain')}</Button>}>
      <ul aria-label={t('flagMissingEvidence')} className="plain-list">
        {missing.map(({ kind, reason }) => (
          <li key={kind}>{t(MISSING_EVIDENCE_TEXT[kind], reason)}</li>
        ))}
      </ul>
    </Notice>
  );
}
