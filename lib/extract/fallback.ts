import type { AdCandidate, ExtractContext } from './candidate';
import { LIMITS } from './candidate';
import { metaContents } from './opengraph';
import { cleanText } from './text';

/**
 * What any page offers when nothing better does: its title and its meta description.
 * @example fromFallbacks(context).title // 'Grey parrot for sale | Reptile forum'
 */
export function fromFallbacks({ doc }: ExtractContext): AdCandidate {
  const description = metaContents(doc, 'description')[0];
  return {
    title: cleanText(doc.title, LIMITS.title),
    description: cleanText(description, LIMITS.scannedDescription),
  };
}
