import type { FileReport } from '@/lib/import/import-flow';

type Imported = Extract<FileReport, { status: 'imported' }>;

/** A batch header of one flag and one observation, taken from one sighting on 10 March 2026. */
export function oneFlagBatch(id: string, survey: string): Imported['batch'] {
  return {
    id,
    createdAt: '2026-04-01T10:00:00.000Z',
    researcher: 'anna.k',
    survey,
    extensionVersion: '0.1.0',
    dateRange: { from: '2026-03-10T09:30:00.000Z', to: '2026-03-10T09:30:00.000Z' },
    counts: { flags: 1, observations: 1, artifacts: 0 },
  };
}

/** The report of a batch imported without evidence files, signed by anna.k's key, accepted before this import. */
export function importedReport(
  fields: Pick<Imported, 'fileName' | 'batch' | 'summary'> &
    Partial<Pick<Imported, 'replays' | 'reading' | 'capturedByOthers'>>,
): FileReport {
  return {
    status: 'imported',
    conflicts: [],
    replays: [],
    evidence: false,
    signedBy: {
      researcher: 'anna.k',
      publicKey: 'A'.repeat(43) + '=',
      fingerprint: 'ab'.repeat(32),
      keyCreatedAt: fields.batch.createdAt,
    },
    trust: { status: 'accepted', firstSeen: '2026-03-02T10:00:00.000Z', acceptedBy: 'coord' },
    acceptedNow: false,
    ...fields,
  };
}
