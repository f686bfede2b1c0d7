import type { FullScanFactory } from '@/lib/matching/full-scan';
import type { withJoinedName } from './join-blocks';

/**
 * What full-scan.js leaves for a frame's content script (lib/detect/on-demand.ts): the matcher's second stage,
 * and the joining of a scientific name split over two blocks, which only text holding a candidate needs.
 */
export interface SecondStage {
  fullScan: FullScanFactory;
  joinName: typeof withJoinedName;
}
