import { canonicalJson } from '@/lib/integrity/hash';
import { defaultSettings, type Settings } from '@/lib/settings/schema';

/*
 * Settings and custom terms in a restore: custom terms are matched by id and
 * the newer updatedAt wins (the same time keeps this profile's); settings as
 * mergeSettings says. Flags, evidence and histories are united instead
 * (restore-records.ts): nothing of them is ever replaced by an older state.
 */

export type Decision = 'add' | 'replace' | 'keep';

/**
 * What to do with a backed-up record, given this profile's record with the same id.
 * @example decideByUpdatedAt({ updatedAt: '2026-03-01T00:00:00.000Z' }, { updatedAt: '2026-03-02T00:00:00.000Z' }) //
 * 'replace'
 */
export function decideByUpdatedAt(
  current: { updatedAt: string } | undefined,
  incoming: { updatedAt: string },
): Decision {
  if (!current) return 'add';
  // ISO UTC times compare as strings.
  return incoming.updatedAt > current.updatedAt ? 'replace' : 'keep';
}

/**
 * Settings have no time stamp, so a value this profile has changed from the
 * default wins and the backup fills the rest; paused sites are united. A new
 * machine (all defaults) thus takes the backup's settings whole.
 * @example mergeSettings(defaultSettings, backedUp).researcherId === backedUp.researcherId // true
 */
export function mergeSettings(current: Settings, incoming: Settings): Settings {
  const pick = <T>(mine: T, theirs: T, fallback: T): T =>
    canonicalJson(mine) !== canonicalJson(fallback) ? mine : theirs;
  const colors = Object.fromEntries(
    Object.entries(current.colors).map(([category, color]) => [
      category,
      pick(
        color,
        incoming.colors[category as keyof Settings['colors']],
        defaultSettings.colors[category as keyof Settings['colors']],
      ),
    ]),
  ) as Settings['colors'];
  return {
    researcherId: pick(current.researcherId, incoming.researcherId, defaultSettings.researcherId),
    survey: pick(current.survey, incoming.survey, defaultSettings.survey),
    paused: pick(current.paused, incoming.paused, defaultSettings.paused),
    pausedSites: [...new Set([...current.pausedSites, ...incoming.pausedSites])].sort(),
    colors,
    uiLanguage: pick(current.uiLanguage, incoming.uiLanguage, defaultSettings.uiLanguage),
    performanceMarks: pick(current.performanceMarks, incoming.performanceMarks, defaultSettings.performanceMarks),
  };
}

/**
 * Merges by id with decideByUpdatedAt, keeping this profile's order and appending new records.
 * @example mergeById(current, incoming).merged
 */
export function mergeById<T extends { id: string; updatedAt: string }>(
  current: readonly T[],
  incoming: readonly T[],
): { merged: T[]; counts: Record<Decision, number> } {
  const counts: Record<Decision, number> = { add: 0, replace: 0, keep: 0 };
  const merged = new Map(current.map((record) => [record.id, record]));
  for (const record of incoming) {
    const decision = decideByUpdatedAt(merged.get(record.id), record);
    counts[decision] += 1;
    if (decision !== 'keep') merged.set(record.id, record);
  }
  return { merged: [...merged.values()], counts };
}
