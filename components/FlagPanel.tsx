import { lazy, Suspense, useEffect, useState } from 'react';
import { NoReplyError } from '@/lib/messaging/errors';
import type { SendToBackground } from '@/lib/messaging/protocol';
import type { Flag } from '@/lib/records/flag';
import { useT } from './i18n';
import { FlaggedBefore, MissingEvidence, RecordLink } from './popup/FlagPanelParts';
import { ResearcherPrompt, type Identity } from './popup/ResearcherPrompt';
import { StorageAdvice, type StorageApi } from './popup/StorageAdvice';
import { Button } from './ui/Button';
import { Notice } from './ui/Notice';
import './popup/popup.css';

// The edit form and what a flag captured (prices, evidence thumbnails) load when first shown: the popup opens
// without them.
const FlagForm = lazy(() => import('./FlagForm').then(({ FlagForm }) => ({ default: FlagForm })));
const CapturedSummary = lazy(() =>
  import('./popup/CapturedSummary').then(({ CapturedSummary }) => ({ default: CapturedSummary })),
);

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
  storage?: StorageApi;
  /**
   * Who is flagging, from the settings, and how to store it. With no
   * researcher id yet, the panel asks for one before the first flag.
   */
  identity?: Identity & { save(identity: Identity): Promise<void> };
  /** Told when the panel starts or stops showing what a flag captured (the popup makes room for it). */
  onSummary?(shown: boolean): void;
  /** The tab's flag status if already asked for (the popup asks as it opens); else the panel asks. */
  status?: Promise<{ flag: Flag | null }>;
  /** The status already read (the popup's opening read it kept): the first render shows it, and nothing is asked. */
  statusRead?: { flag: Flag | null };
}

/**
 * "Flag this ad" for one tab: one click saves at once and shows what was
 * captured; "Edit" corrects the record. An ad flagged before shows who
 * flagged it and when; flagging it again asks whether to add an observation.
 */
export function FlagPanel({
  tabId,
  send,
  storage = globalThis.navigator?.storage,
  identity,
  onSummary,
  status,
  statusRead,
}: FlagPanelProps) {
  const t = useT();
  const [state, setState] = useState<State>(
    statusRead ? { step: 'ready', flag: statusRead.flag } : { step: 'checking' },
  );
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState(false);
  const [firstFlag, setFirstFlag] = useState(false);

  // The words of a failure are chosen when it shows, so a language change later never asks again.
  const [statusFailure, setStatusFailure] = useState<string>();
  const checking = statusRead === undefined;
  useEffect(() => {
    if (!checking) return;
    (status ?? send('flag/status', { tabId }))
      .then(({ flag }) => setState({ step: 'ready', flag }))
      .catch((reason: unknown) => {
        setState({ step: 'ready', flag: null });
        setStatusFailure(messageOf(reason));
      });
  }, [checking, tabId, send, status]);

  const capture = async (ifFlagged: 'ask' | 'observe', known: Flag | null) => {
    setError(undefined);
    setEditing(false);
    setState({ step: 'saving', flag: known });
    try {
      const { outcome, flag } = await send('flag/capture', { tabId, ifFlagged });
      if (outcome === 'already-flagged') return setState({ step: 'ask-observe', flag });
      setState({ step: 'saved', flag, observed: outcome === 'observed' });
      if (outcome === 'created') setFirstFlag(true);
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
  const identifyThenFlag = async (values: Identity) => {
    setState({ step: 'saving', flag: null });
    try {
      await identity!.save(values);
    } catch (reason) {
      setState({ step: 'ready', flag: null });
      return setError(t('flagCaptureFailed', messageOf(reason)));
    }
    await capture('ask', null);
  };

  const summary = state.step === 'saved' || editing;
  useEffect(() => onSummary?.(summary), [summary, onSummary]);

  const flag = state.step === 'checking' ? null : state.flag;
  const updated = (next: Flag) => setState((s) => ('flag' in s && s.flag ? { ...s, flag: next } : s));
  const needsIdentity = identity !== undefined && identity.researcherId.trim() === '' && !flag;

  if (editing && flag) {
    return (
      <section aria-label={t('flagPanelLabel')} className="flag-panel">
        <h2 className="flag-panel__heading">{t('flagEditHeading')}</h2>
        <Suspense>
          <FlagForm flag={flag} send={send} onSaved={updated} onDone={() => setEditing(false)} />
        </Suspense>
      </section>
    );
  }
  return (
    <section aria-label={t('flagPanelLabel')} className="flag-panel">
      {flag && state.step !== 'saved' && <FlaggedBefore flag={flag} onEdit={() => setEditing(true)} />}
      {state.step === 'checking' && <p className="muted">{t('flagChecking')}</p>}
      {(state.step === 'ready' || state.step === 'saving') &&
        (needsIdentity ? (
          <ResearcherPrompt
            initial={{ researcherId: '', survey: identity.survey }}
            busy={state.step === 'saving'}
            onSubmit={(values) => void identifyThenFlag(values)}
          />
        ) : (
          <Button
            variant="primary"
            size="lg"
            wide
            disabled={state.step === 'saving'}
            onClick={() => (flag ? setState({ step: 'ask-observe', flag }) : capture('ask', null))}
          >
            {state.step === 'saving' ? t('flagSaving') : t('flagThisAd')}
          </Button>
        ))}
      {state.step === 'ask-observe' && (
        <div role="group" aria-label={t('flagAskObserve')} className="ask-observe">
          <p>
            <strong>{t('flagAskObserve')}</strong> {t('flagAskObserveHint')}
          </p>
          <div className="cluster">
            <Button variant="primary" onClick={() => capture('observe', state.flag)}>
              {t('flagAddObservation')}
            </Button>
            <Button onClick={() => setState({ step: 'ready', flag: state.flag })}>{t('flagCancel')}</Button>
          </div>
        </div>
      )}
      {state.step === 'saved' && (
        <Suspense>
          <CapturedSummary
            flag={state.flag}
            observed={state.observed}
            send={send}
            actions={
              <>
                <Button onClick={() => setEditing(true)}>{t('flagEdit')}</Button>
                <RecordLink flag={state.flag} />
              </>
            }
          />
          <MissingEvidence flag={state.flag} onRetry={() => void capture('observe', state.flag)} />
        </Suspense>
      )}
      {firstFlag && <StorageAdvice storage={storage} />}
      {statusFailure && !error && <Notice tone="error">{t('flagStatusFailed', statusFailure)}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
    </section>
  );
}

function messageOf(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}
