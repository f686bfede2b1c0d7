import { useEffect, useState } from 'react';
import { NoReplyError } from '@/lib/messaging/errors';
import type { SendToBackground } from '@/lib/messaging/protocol';
import { flaggedLine } from '@/lib/flags/format';
import type { Flag } from '@/lib/records/flag';
import { requestPersistence, type Persistence } from '@/lib/storage/persist';
import { FlagDetections } from './FlagDetections';
import { FlagForm } from './FlagForm';
import { useT } from '@/components/i18n';
import { type MessageKey } from '@/lib/i18n/translate';

type State =
  | { step: 'checking' }
  | { step: 'ready'; flag: Flag | null }
  | { step: 'saving'; flag: Flag | null }
  | { step: 'ask-observe'; flag: Flag }
  | { step: 'saved'; flag: Flag; observed: boolean };

export interface FlagPanelProps {
  tabId: number;
  /** sendToBackground in the popup; tests pass the real handlers without the transport. */
  send: SendToBackground;
  /** Where the browser's storage persistence is asked for (navigator.storage). */
  storage?: Pick<StorageManager, 'persist' | 'persisted'>;
}

const PERSISTENCE_TEXT: Record<Persistence, MessageKey> = {
  persistent: 'flagStoragePersistent',
  'best-effort': 'flagStorageBestEffort',
  unavailable: 'flagStorageUnavailable',
};

/** Why evidence is missing is the browser's own words; the kind of evidence is ours. */
export const MISSING_EVIDENCE_TEXT = { screenshot: 'flagMissingScreenshot', snapshot: 'flagMissingSnapshot' } as const;

/**
 * "Flag this ad" for one tab: one click saves at once, then the researcher
 * may correct the record. An ad flagged before shows who flagged it and when;
 * flagging it again asks whether to add a new observation.
 */
export function FlagPanel({ tabId, send, storage = globalThis.navigator?.storage }: FlagPanelProps) {
  const t = useT();
  const [state, setState] = useState<State>({ step: 'checking' });
  const [error, setError] = useState<string>();
  const [persistence, setPersistence] = useState<Persistence>();

  useEffect(() => {
    send('flag/status', { tabId })
      .then(({ flag }) => setState({ step: 'ready', flag }))
      .catch((reason: unknown) => {
        setState({ step: 'ready', flag: null });
        setError(t('flagStatusFailed', messageOf(reason)));
      });
  }, [tabId, send, t]);

  const capture = async (ifFlagged: 'ask' | 'observe', known: Flag | null) => {
    setError(undefined);
    setState({ step: 'saving', flag: known });
    try {
      const { outcome, flag } = await send('flag/capture', { tabId, ifFlagged });
      if (outcome === 'already-flagged') return setState({ step: 'ask-observe', flag });
      setState({ step: 'saved', flag, observed: outcome === 'observed' });
      if (outcome === 'created' && !persistence) setPersistence(await requestPersistence(storage));
    } catch (reason) {
      if (!(reason instanceof NoReplyError)) {
        setState({ step: 'ready', flag: known });
        return setError(t('flagCaptureFailed', messageOf(reason)));
      }
      // The background stopped mid-flag: the save is whole or absent, so ask again what is stored.
      const stored = await send('flag/status', { tabId }).then(
        ({ flag }) => flag,
        () => known,
      );
      setState({ step: 'ready', flag: stored });
      setError(t('flagCaptureInterrupted'));
    }
  };

  const flag = state.step === 'checking' ? null : state.flag;
  return (
    <section aria-label={t('flagPanelLabel')}>
      {flag && state.step !== 'saved' && <FlaggedBefore flag={flag} />}
      {state.step === 'checking' && <p>{t('flagChecking')}</p>}
      {(state.step === 'ready' || state.step === 'saving') && (
        <button
          type="button"
          disabled={state.step === 'saving'}
          onClick={() => (flag ? setState({ step: 'ask-observe', flag }) : capture('ask', null))}
        >
          {state.step === 'saving' ? t('flagSaving') : t('flagThisAd')}
        </button>
      )}
      {state.step === 'ask-observe' && (
        <div role="group" aria-label={t('flagAskObserve')}>
          <p>
            {t('flagAskObserve')} {t('flagAskObserveHint')}
          </p>
          <button type="button" onClick={() => capture('observe', state.flag)}>
            {t('flagAddObservation')}
          </button>
          <button type="button" onClick={() => setState({ step: 'ready', flag: state.flag })}>
            {t('flagCancel')}
          </button>
        </div>
      )}
      {state.step === 'saved' && (
        <>
          <p role="status">
            {t(state.observed ? 'flagObservedStatus' : 'flagSavedStatus', flaggedLine(state.flag, t))}{' '}
            <RecordLink flag={state.flag} />
          </p>
          <FlagDetections detections={state.flag.observations.at(-1)!.detected} />
          <MissingEvidence flag={state.flag} />
        </>
      )}
      {persistence && <p>{t(PERSISTENCE_TEXT[persistence])}</p>}
      {error && <p role="alert">{error}</p>}
      {flag && state.step !== 'checking' && (
        <details open={state.step === 'saved'}>
          <summary>{t('flagCorrectRecord')}</summary>
          <FlagForm
            flag={flag}
            send={send}
            onSaved={(next) => setState((s) => ('flag' in s && s.flag ? { ...s, flag: next } : s))}
          />
        </details>
      )}
    </section>
  );
}

function FlaggedBefore({ flag }: { flag: Flag }) {
  const t = useT();
  return (
    <p>
      {flaggedLine(flag, t)}. <RecordLink flag={flag} />
    </p>
  );
}

function RecordLink({ flag }: { flag: Flag }) {
  const t = useT();
  return (
    <a href={`/record.html?id=${flag.id}`} target="_blank" rel="noreferrer">
      {t('flagOpenRecord')}
    </a>
  );
}

function MissingEvidence({ flag }: { flag: Flag }) {
  const t = useT();
  const missing = flag.observations.at(-1)!.missing;
  if (missing.length === 0) return null;
  return (
    <ul aria-label={t('flagMissingEvidence')}>
      {missing.map(({ kind, reason }) => (
        <li key={kind}>{t(MISSING_EVIDENCE_TEXT[kind], reason)}</li>
      ))}
    </ul>
  );
}

function messageOf(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}
