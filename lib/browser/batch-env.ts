import type { Reread } from '@/lib/import/detection-recheck';
import type { SaveTargets } from '@/lib/files/save';
import type { SendToBackground } from '@/lib/messaging/protocol';
import type { SpoorDb } from '@/lib/storage/db';
import type { TaxaOf } from '@/lib/export/batch-document';

/** What the batch components need from the page they run in; tests build one around fake IndexedDB. */
export interface BatchEnv {
  db(): Promise<SpoorDb>;
  send: SendToBackground;
  save: SaveTargets;
  /** Settings' researcher id and survey: the exporter, or the coordinator importing. */
  researcher(): Promise<{ researcherId: string; survey: string }>;
  extensionVersion: string;
  /** Facts of the taxa trade terms imply ('dashboard/taxa'), written into exported batches. */
  taxa: TaxaOf;
  clock?: () => Date;
  /** The active dictionary reading a text, to check imported batches' detections (lib/import/detection-recheck.ts). */
  reread?: Reread;
}
