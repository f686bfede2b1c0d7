import { canonicalJson } from '@/lib/integrity/hash';
import type { Flag } from '@/lib/records/flag';
import { firstResearcher, type Conflict } from './merge-fields';

/** What makes two flags the same ad: where it is, and on which platform. */
const identityOf = (flag: Flag) => ({
  canonicalUrl: flag.canonicalUrl,
  platform: flag.platform.id,
  host: flag.platform.host,
});

/** Where an incoming record came from: who sent it, in which batch (none for a backup). */
export interface IncomingSource {
  researcher: string;
  batchId?: string;
}

/**
 * Whether an incoming flag that matches an existing one by id (or by URL) is
 * a different ad after all: another canonical URL or platform. An id alone
 * never merges two records.
 * @example identityConflict(existing, incoming, { researcher: 'ben', batchId }, 'id')?.field // 'id'
 */
export function identityConflict(
  existing: Flag,
  incoming: Flag,
  source: IncomingSource,
  matchedBy: 'id' | 'platform',
): Conflict | undefined {
  const mine = identityOf(existing);
  const theirs = identityOf(incoming);
  if (canonicalJson(mine) === canonicalJson(theirs)) return undefined;
  return {
    flagId: existing.id,
    canonicalUrl: existing.canonicalUrl,
    field: matchedBy === 'id' ? 'id' : 'platform',
    kept: { researcher: firstResearcher(existing), value: mine },
    other: { researcher: source.researcher, value: theirs, batchId: source.batchId },
  };
}

/**
 * Observations of the incoming flag whose id the existing flag holds with different content.
 * @example observationConflicts(existing, incoming, { researcher: 'ben' }).map((conflict) => conflict.field) //
 * ['observations[3f2a…]']
 */
export function observationConflicts(existing: Flag, incoming: Flag, source: IncomingSource): Conflict[] {
  const mine = new Map(existing.observations.map((observation) => [observation.id, observation]));
  return incoming.observations.flatMap((observation) => {
    const known = mine.get(observation.id);
    if (!known || canonicalJson(known) === canonicalJson(observation)) return [];
    return [
      {
        flagId: existing.id,
        canonicalUrl: existing.canonicalUrl,
        field: `observations[${observation.id}]`,
        kept: { researcher: known.capturedBy.researcherId, value: known.recordSha256 },
        other: { researcher: source.researcher, value: observation.recordSha256, batchId: source.batchId },
      },
    ];
  });
}
