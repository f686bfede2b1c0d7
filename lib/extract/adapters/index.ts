import type { PlatformAdapter } from '../candidate';
import { avito } from './avito';
import { ebay } from './ebay';
import { kleinanzeigen } from './kleinanzeigen';
import { leboncoin } from './leboncoin';
import { marktplaats } from './marktplaats';

/** One adapter per marketplace whose markup adds something to the standard metadata. */
const ADAPTERS: Readonly<Record<string, PlatformAdapter>> = {
  ebay,
  avito,
  marktplaats,
  '2dehands': marktplaats,
  kleinanzeigen,
  leboncoin,
};

/**
 * The adapter for a platform id from detectPlatform, if Spoor has one.
 * @example adapterFor('ebay')?.extract(context)
 */
export function adapterFor(platformId: string): PlatformAdapter | undefined {
  return Object.hasOwn(ADAPTERS, platformId) ? ADAPTERS[platformId] : undefined;
}
