import { decodeSecondHalf } from '@/lib/matching/pack/lists';
import { prepareSenseData } from '@/lib/matching/sense-filter';
import { yieldToEventLoop } from '@/lib/scheduling/yield';

/**
 * A tab's second half of its dictionary (pack/lists.ts's decodeSecondHalf), then the sense filter's cue data made
 * ahead, in tasks of their own, before the stage's arrival has the waiting text scanned again: a frame gets its stage
 * because its text holds a candidate, which is most often a name whose sense needs them (sense-filter.ts).
 * @example const lists = await decodeStageLists(index, pieces, head, readPart, { signal, waits });
 */
export async function decodeStageLists(
  ...args: Parameters<typeof decodeSecondHalf>
): ReturnType<typeof decodeSecondHalf> {
  const lists = await decodeSecondHalf(...args);
  await prepareSenseData(lists.rules, yieldToEventLoop);
  // The stage's arrival (the content script's rescan, which makes the rendering check) in a task of its own.
  await yieldToEventLoop();
  return lists;
}
