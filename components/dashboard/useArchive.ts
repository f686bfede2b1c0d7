import { useCallback, useEffect, useState } from 'react';
import type { ArchiveRow } from '@/lib/dashboard/row';
import type { SendToBackground } from '@/lib/messaging/protocol';

export interface ArchiveState {
  rows: ArchiveRow[];
  /** Stored records that did not parse (see lib/dashboard/list.ts). */
  unreadable: number;
  loading: boolean;
  error?: string;
  reload(): Promise<void>;
}

/** Every flag as a row, from the background; `reload` after anything that changes flags. */
export function useArchive(send: SendToBackground): ArchiveState {
  const [state, setState] = useState<Omit<ArchiveState, 'reload'>>({ rows: [], unreadable: 0, loading: true });
  const reload = useCallback(async () => {
    try {
      const { rows, unreadable } = await send('dashboard/list', {});
      setState({ rows, unreadable, loading: false });
    } catch (reason) {
      setState((previous) => ({
        ...previous,
        loading: false,
        error: reason instanceof Error ? reason.message : String(reason),
      }));
    }
  }, [send]);
  useEffect(() => void reload(), [reload]);
  return { ...state, reload };
}
