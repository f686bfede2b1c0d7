import { useId, useState, type ChangeEvent } from 'react';
import { useT } from '@/components/i18n';
import { Button } from '@/components/ui/Button';
import { Field } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { isolatedText } from '@/lib/files/shown-text';
import { saveStream, type SaveTargets } from '@/lib/files/save';
import { textStream } from '@/lib/export/files';
import { formatDay } from '@/lib/flags/format';
import type { SignedBy } from '@/lib/records/signing';
import { ensureSigningKey, readableFingerprint } from '@/lib/signing/keys';
import {
  readRevocationFile,
  revocationListFileName,
  revocationListText,
  type RevocationList,
  type RevocationProblem,
} from '@/lib/signing/revocation-list';
import { mergeRevocations, type RevocationMerge } from '@/lib/signing/revocation-merge';
import type { SpoorDb } from '@/lib/storage/db';

export interface RevocationListsProps {
  db: () => Promise<SpoorDb>;
  /** The coordinator's researcher id: the list is signed with their key. */
  by: () => Promise<string>;
  save: SaveTargets;
  clock: () => Date;
  /** After an imported list revoked keys here, so the card lists them. */
  onImported: () => Promise<void>;
}

type Outcome =
  | { kind: 'saved'; fileName: string }
  | { kind: 'imported'; list: RevocationList; signedBy: SignedBy; merged: RevocationMerge }
  | { kind: 'invalid'; problems: RevocationProblem[] }
  | { kind: 'failed'; error: string };

/**
 * The keys this coordinator revoked, saved as a signed list for other coordinators, and their lists imported: each is
 * read whole before anything is written, says who signed it, and never un-revokes a key.
 */
export function RevocationLists({ db, by, save, clock, onImported }: RevocationListsProps) {
  const t = useT();
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const errorId = useId();

  const run = async (work: () => Promise<Outcome | undefined>) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome(await work());
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return; // The picker was closed.
      setOutcome({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  const exportList = () =>
    run(async () => {
      const [database, now] = [await db(), clock()];
      const text = await revocationListText(database, await ensureSigningKey(database, await by(), clock), now);
      const fileName = revocationListFileName(now);
      const type = { description: t('trustedKeysListFileType'), mimeType: 'application/json', extension: '.json' };
      await saveStream(textStream(text), fileName, save, type);
      return { kind: 'saved', fileName };
    });
  const importList = () =>
    run(async () => {
      const read = await readRevocationFile(file!, file!.name);
      if (read.status === 'invalid') return { kind: 'invalid', problems: read.problems };
      const merged = await mergeRevocations(await db(), read.list, clock());
      await onImported();
      return { kind: 'imported', list: read.list, signedBy: read.signedBy, merged };
    });

  const day = (iso: string) => formatDay(iso, t('uiLocale'));
  return (
    <>
      <h3>{t('trustedKeysListHeading')}</h3>
      <p className="card__intro">{t('trustedKeysListIntro')}</p>
      <div className="cluster">
        <Button onClick={() => void exportList()} disabled={busy}>
          {t('trustedKeysListExport')}
        </Button>
      </div>
      <div className="inline-form">
        <Field label={t('trustedKeysListFile')} errorShownAt={outcome?.kind === 'invalid' ? errorId : undefined}>
          <input
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(event: ChangeEvent<HTMLInputElement>) => {
              setFile(event.target.files?.[0]);
              setOutcome(undefined);
            }}
          />
        </Field>
        <Button onClick={() => void importList()} disabled={!file || busy}>
          {t('trustedKeysListImport')}
        </Button>
      </div>
      {outcome?.kind === 'saved' && <Notice tone="success">{t('trustedKeysListSaved', outcome.fileName)}</Notice>}
      {outcome?.kind === 'imported' && (
        <Notice tone="success">
          <p>
            {t('trustedKeysListSignedBy', [
              isolatedText(outcome.signedBy.researcher),
              readableFingerprint(outcome.signedBy.fingerprint),
              day(outcome.list.exportedAt),
            ])}
          </p>
          {outcome.merged.revokedNow.length === 0 ? (
            <p>{t('trustedKeysListNothingNew')}</p>
          ) : (
            <ul className="report">
              {outcome.merged.revokedNow.map((signer) => (
                <li key={signer.fingerprint}>
                  {t('trustedKeysListRevokedNow', [
                    isolatedText(signer.researcher),
                    readableFingerprint(signer.fingerprint),
                    day(signer.revoked!.at),
                    isolatedText(signer.revoked!.by),
                    isolatedText(signer.revoked!.reason),
                  ])}
                </li>
              ))}
            </ul>
          )}
        </Notice>
      )}
      {outcome?.kind === 'invalid' && (
        <Notice tone="error" id={errorId}>
          <p>{t('trustedKeysListInvalid')}</p>
          <ul className="report">
            {outcome.problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
              <li key={index}>
                {[problem.file, problem.path].filter(Boolean).join(' › ')}: {problem.message}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {outcome?.kind === 'failed' && <Notice tone="error">{t('trustedKeysListFailed', outcome.error)}</Notice>}
    </>
  );
}

/** A hostile list can hold thousands of problems; the first ones say what is wrong. */
const SHOWN_PROBLEMS = 20;
