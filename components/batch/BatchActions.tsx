import { useMemo, useRef, useState } from 'react';
import { useT } from '@/components/i18n';
import { Button } from '@/components/ui/Button';
import '@/components/ui/Card.css';
import './batch.css';
import type { BatchEnv } from '@/lib/browser/batch-env';
import { BatchList } from './BatchList';
import { ExportDialog } from './ExportDialog';
import { HandoffPanel } from './HandoffPanel';
import { ImportDialog } from './ImportDialog';
import { useBatchEnv } from './BatchEnvContext';

export interface BatchActionsProps {
  /** Ids of the flags the researcher ticked (a Set or an array). */
  selection: Iterable<string>;
  /** Ids of every flag the dashboard's filters let through, in table order. */
  filteredIds: readonly string[];
  /** After an export or import changed flags: the dashboard reloads its list. */
  onChanged?: () => void | Promise<void>;
  /** The page's database, file saving and settings; tests pass one around fake IndexedDB. */
  env?: BatchEnv;
}

type Panel = 'export' | 'import' | 'batches' | 'handoff';
const OPENERS = {
  export: 'batchExportOpen',
  import: 'batchImportOpen',
  batches: 'batchListOpen',
  handoff: 'batchHandoffOpen',
} as const;

/** The dashboard's batch export, import, batch list and hand-off files, one panel open at a time. */
export function BatchActions({ selection, filteredIds, onChanged, env: given }: BatchActionsProps) {
  const t = useT();
  const env = useBatchEnv(given);
  const [open, setOpen] = useState<Panel>();
  const selected = useMemo(() => [...selection], [selection]);
  const changed = () => void onChanged?.();
  const openers = useRef<Partial<Record<Panel, HTMLButtonElement | null>>>({});
  // Closing (Escape, or Close) puts focus back on the panel's button, where the reader was before opening it.
  const close = () => {
    if (open) openers.current[open]?.focus();
    setOpen(undefined);
  };

  return (
    <div role="group" aria-label={t('batchActions')} className="batch-actions">
      {(Object.keys(OPENERS) as Panel[]).map((panel) => (
        <Button
          key={panel}
          ref={(button) => {
            openers.current[panel] = button;
          }}
          variant={panel === 'export' ? 'primary' : 'secondary'}
          aria-expanded={open === panel}
          onClick={() => setOpen(open === panel ? undefined : panel)}
        >
          {t(OPENERS[panel])}
        </Button>
      ))}
      {open && env && (
        <div
          className="card toolbar__panel batch-panel"
          onKeyDown={(event) => {
            if (event.key !== 'Escape' || event.defaultPrevented) return;
            event.preventDefault();
            close();
          }}
        >
          {open === 'export' && (
            <ExportDialog env={env} selection={selected} filteredIds={filteredIds} onChanged={changed} />
          )}
          {open === 'import' && <ImportDialog env={env} onChanged={changed} />}
          {open === 'batches' && <BatchList env={env} onChanged={changed} />}
          {open === 'handoff' && <HandoffPanel env={env} flagIds={selected.length > 0 ? selected : filteredIds} />}
          <div className="cluster">
            <Button variant="quiet" onClick={close}>
              {t('batchClose')}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
