/** A flag as far as its capture times go: records and parsed batch documents alike. */
interface Captured {
  observations: readonly { capturedAt: string }[];
}

/**
 * The earliest and the latest capture time of the flags' observations, as written in them: a batch's `dateRange`,
 * which the export writes and the import checks. Undefined when there is no observation.
 * @example captureSpan(flags) // { from: '2026-03-01T09:00:00.000Z', to: '2026-03-12T12:00:00.000Z' }
 */
export function captureSpan(flags: readonly Captured[]): { from: string; to: string } | undefined {
  const times = flags
    .flatMap((flag) => flag.observations.map((observation) => observation.capturedAt))
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  return times.length === 0 ? undefined : { from: times[0]!, to: times.at(-1)! };
}
