import { useEffect, useState } from 'react';
import { useT } from '@/components/i18n';
import { ButtonLink } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { evictionRisk, requestPersistence, type StorageEstimateLike } from '@/lib/storage/persist';

export type StorageApi = Pick<StorageManager, 'persist' | 'persisted'> & { estimate?(): Promise<StorageEstimateLike> };

/**
 * After a first flag, asks the browser to keep Spoor's storage and says
 * something only when it matters and can be acted on: the browser may clear
 * the data and the disk is nearly full, so the researcher should back up now.
 */
export function StorageAdvice({ storage }: { storage?: StorageApi }) {
  const t = useT();
  const [atRisk, setAtRisk] = useState(false);
  useEffect(() => {
    let live = true;
    void (async () => {
      const persistence = await requestPersistence(storage);
      const estimate = await storage?.estimate?.().catch(() => undefined);
      if (live) setAtRisk(evictionRisk(persistence, estimate));
    })();
    return () => {
      live = false;
    };
  }, [storage]);
  if (!atRisk) return null;
  return (
    <Notice
      tone="warning"
      action={
        <ButtonLink href="/options.html#backup" target="_blank" rel="noreferrer">
          {t('storageBackUpNow')}
        </ButtonLink>
      }
    >
      {t('storageAtRisk')}
    </Notice>
  );
}
