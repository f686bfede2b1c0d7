import { useEffect, useState } from 'react';
import type { SendToBackground } from '@/lib/messaging/flag-messages';
import { flaggedLine } from '@/lib/flags/format';
import type { Flag } from '@/lib/flags/schema';
import { requestPersistence, type Persistence } from '@/lib/storage/persist';
import { FlagDetections } from './FlagDetections';
import { FlagForm } from './FlagForm';

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

const PERSISTENCE_TEXT: Record<Persistence, string> = {
  persistent: 'Storage is persistent: the browser will not clear your flags to free space.',
  'best-effort': 'The browser did not grant persistent storage: export your flags regularly.',
  unavailable: 'Persistent storage is unavailable here: export your flags regularly.',
};

/**
 * "Flag this ad" for one tab: one click saves at once, then the researcher
 * may correct the record. An ad flagged before shows who flagged it and when;
 * flagging it again asks whether to add a new observation.
 */
export function FlagPanel({ tabId, send, storage = globalThis.navigator?.storage }: FlagPanelProps) {
  const [state, setState] = useState<State>({ step: 'checking' });
  const [error, setError] = useState<string>();
  const [persistence, setPersistence] = useState<Persistence>();

  useEffect(() => {
    send('flag/status', { tabId })
      .then(({ flag }) => setState({ step: 'ready', flag }))
      .catch((reason: unknown) => {
        setState({ step: 'ready', flag: null });
        setError(messageOf(reason));
      });
  }, [tabId, send]);

  const capture = async (ifFlagged: 'ask' | 'observe', known: Flag | null) => {
    setError(undefined);
    setState({ step: 'saving', flag: known });
    try {
      const { outcome, flag } = await send('flag/capture', { tabId, ifFlagged });
      if (outcome === 'already-flagged') return setState({ step: 'ask-observe', flag });
      setState({ step: 'saved', flag, observed: outcome === 'observed' });
      if (outcome === 'created' && !persistence) setPersistence(await requestPersistence(storage));
    } catch (reason) {
      setState({ step: 'ready', flag: known });
      setError(messageOf(reason));
    }
  };

  const flag = state.step === 'checking' ? null : state.flag;
  return (
    <section aria-label="Flag">
      {flag && state.step !== 'saved' && <FlaggedBefore flag={flag} />}
      {state.step === 'checking' && <p>Checking this page…</p>}
      {(state.step === 'ready' || state.step === 'saving') && (
        <button type="button" disabled={state.step === 'saving'} onClick={() => (flag ? setState({ step: 'ask-observe', flag }) : capture('ask', null))}>
          {state.step === 'saving' ? 'Saving…' : 'Flag this ad'}
        </button>
      )}
      {state.step === 'ask-observe' && (
        <div role="group" aria-label="Add a new observation?">
          <p>Add a new observation? A new capture time, screenshot and price are recorded on the same flag.</p>
          <button type="button" onClick={() => capture('observe', state.flag)}>Add observation</button>
          <button type="button" onClick={() => setState({ step: 'ready', flag: state.flag })}>Cancel</button>
        </div>
      )}
      {state.step === 'saved' && (
        <>
          <p role="status">{state.observed ? 'Observation added' : 'Saved'}: {flaggedLine(state.flag)}. <RecordLink flag={state.flag} /></p>
          <FlagDetections detections={state.flag.observations.at(-1)!.detected} />
          <MissingEvidence flag={state.flag} />
        </>
      )}
      {persistence && <p>{PERSISTENCE_TEXT[persistence]}</p>}
      {error && <p role="alert">{error}</p>}
      {flag && state.step !== 'checking' && (
        <details open={state.step === 'saved'}>
          <summary>Correct or complete the record</summary>
          <FlagForm flag={flag} send={send} onSaved={(next) => setState((s) => ('flag' in s && s.flag ? { ...s, flag: next } : s))} />
        </details>
      )}
    </section>
  );
}

function FlaggedBefore({ flag }: { flag: Flag }) {
  return <p>{flaggedLine(flag)}. <RecordLink flag={flag} /></p>;
}

function RecordLink({ flag }: { flag: Flag }) {
  return <a href={`/record.html?id=${flag.id}`} target="_blank" rel="noreferrer">Open the record</a>;
}

function MissingEvidence({ flag }: { flag: Flag }) {
  const missing = flag.observations.at(-1)!.missing;
  if (missing.length === 0) return null;
  return (
    <ul aria-label="Missing evidence">
      {missing.map(({ kind, reason }) => <li key={kind}>No {kind}: {reason}</li>)}
    </ul>
  );
}

function messageOf(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}
