import type { SaveTargets } from '@/lib/files/save';
import type { SendToBackground } from '@/lib/messaging/protocol';
import type { SpoorDb } from '@/lib/storage/db';

/** What the batch components need from the page they run in; tests build one around fake IndexedDB. */
export interface BatchEnv {
  db(): Promise<SpoorDb>;
  send: SendToBackground;
  save: SaveTargets;
  /** Settings' researcher id and survey: the exporter, or the coordinator importing. */
  researcher(): Promise<{ researcherId: string; survey: string }>;
  extensionVersion: string;
  clock?: () => Date;
}
