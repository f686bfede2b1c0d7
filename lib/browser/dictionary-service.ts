import type { Handlers } from '@/lib/messaging/router';
import {
  applyCustomTerms,
  ensureActiveDictionary,
  readActiveStatus,
  revertToBundled,
  type DictionaryArea,
} from '@/lib/active-dictionary/active';
import { activateStaged } from '@/lib/active-dictionary/staged';

/**
 * Wires the "dictionary" domain into the background; returns its message
 * handlers. (Compiling the dictionary at startup is the detect service's job.)
 * @example listen(browser.runtime, { ...startDictionaryService(browser.storage.local) });
 */
export function startDictionaryService(area: DictionaryArea): Handlers {
  return {
    'dictionary/status': () => readActiveStatus(area),
    'dictionary/revert': () => revertToBundled(area),
    'dictionary/activateStaged': (staged) => activateStaged(area, staged),
    'dictionary/ensure': () => ensureActiveDictionary(area),
    'dictionary/applyCustomTerms': () => applyCustomTerms(area),
  };
}
