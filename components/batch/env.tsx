import type { ExportEnv, ExportOutcome } from '@/lib/export/export-flow';
import { batchLabel } from '@/lib/batch-format/label';
import type { Translate } from '@/lib/i18n/translate';
import { plural } from '@/components/i18n';
import type { BatchEnv } from '@/lib/browser/batch-env';
import { Notice as NoticeBox } from '@/components/ui/Notice';

/** The export flow's environment from the page's. */
export async function exportEnvOf(env: BatchEnv): Promise<ExportEnv> {
  return {
    db: await env.db(),
    save: env.save,
    extensionVersion: env.extensionVersion,
    taxa: env.taxa,
    clock: env.clock,
  };
}

/** An error as the text to show: lib errors name the file and what is wrong. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a batch action last said: a status line, or an alert when it failed. */
export type Notice = { kind: 'status' | 'alert'; text: string } | undefined;

/**
 * Shows a notice with the role screen readers announce; `id` for the control it is about (aria-describedby).
 * An alert takes focus as it arrives: the summary of what failed, where the reader goes on from.
 */
export function NoticeLine({ notice, id }: { notice: Notice; id?: string }) {
  if (!notice) return null;
  const alert = notice.kind === 'alert';
  return (
    <NoticeBox id={id} tone={alert ? 'error' : 'success'} focus={alert}>
      {notice.text}
    </NoticeBox>
  );
}

/** What an export says once it is over: cancelled, or the batch saved under its label and file name. */
export function exportNotice(t: Translate, outcome: ExportOutcome): Notice {
  if (outcome.status === 'cancelled') return { kind: 'status', text: t('batchCancelled') };
  return {
    kind: 'status',
    text: plural(t, 'batchSaved', outcome.flags, [batchLabel(outcome.record), String(outcome.flags), outcome.fileName]),
  };
}
