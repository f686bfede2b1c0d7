import type { AdCandidate, ExtractContext } from './candidate';
import { LIMITS } from './candidate';
import { cleanText, textOf } from './text';

/**
 * What any page offers when nothing better does: its first h1, its title, its meta description.
 * @example fromFallbacks({ doc, url, platform }).title // 'Grey parrot for sale'
 */
export function fromFallbacks({ doc }: ExtractContext): AdCandidate {
  const description = doc.querySelector('meta[name="description" i]')?.getAttribute('content');
  return {
    title: textOf(doc.querySelector('h1'), LIMITS.title) ?? cleanText(doc.title, LIMITS.title),
    description: cleanText(description, LIMITS.scannedDescription),
  };
}
