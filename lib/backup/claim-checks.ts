import { platformProblem } from '@/lib/extract/platform-checks';
import { postingDayProblems } from '@/lib/records/impossible-times';
import type { Flag } from '@/lib/records/flag';
import { PATHS } from './format';
import { recordLabel, type BackupProblem } from './problems';

/**
 * What a backup's flags say that Spoor could not have written, checked as an imported batch's are
 * (lib/import/document-checks.ts): a backup is not signed, so anyone with Spoor's code can extend a flag's history
 * over a change. A platform the ad's address does not give (the ad would go into another marketplace's takedown list
 * or another country's information log), a posting day that does not exist. Times are not checked against the
 * backup's own: it is the researcher's data, and a clock that was once set ahead must not make it unrestorable.
 * @example checkClaims(read.flags, problems); // flags.json, record 1 (id …), field platform.id: is "vinted" …
 */
export function checkClaims(flags: readonly Flag[], problems: BackupProblem[]): void {
  flags.forEach((flag, index) => {
    const record = recordLabel(index, flag);
    const platform = platformProblem(flag);
    if (platform) problems.push({ file: PATHS.flags, record, ...platform });
    for (const { field, message } of postingDayProblems(flag))
      problems.push({ file: PATHS.flags, record, field: dotted(field), message });
  });
}

/** A field as backup problems name it: "observations.0.ad.postedAt". */
const dotted = (field: string) => field.replace(/\[(\d+)\]/g, '.$1');
