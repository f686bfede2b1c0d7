import type { AuditEntry, Flag } from './flag';
import { isCalendarDate } from './calendar-date';

/*
 * Dates no Spoor could have written into a file it made at `made`: a flag
 * created or changed, an observation captured, a claim or an audit entry
 * written after the file itself, or a posting day that does not exist. An
 * early time is not refused: a researcher's clock can be years behind. The batch import checks all of them, the
 * backup restore the posting days; each says where in its own words.
 */

/** A field of a record and what is wrong with it. */
export interface FieldProblem {
  /** Inside the record: "observations[0].capturedAt". */
  field: string;
  message: string;
}

/** How far two researchers' clocks may disagree: a file's times further ahead than this did not happen yet. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/** Whether `at` is later than `than` by more than clocks disagree. */
export const isAhead = (at: string, than: number): boolean => Date.parse(at) > than + CLOCK_SKEW_MS;

/**
 * The flag's posting days that do not exist and its times after its file was made (`made`, ISO; `file` names it).
 * @example flagDateProblems(flag, '2026-04-01T10:00:00.000Z', 'the batch') // [{ field: 'ad.postedAt', … }]
 */
export function flagDateProblems(flag: Flag, made: string, file: string): FieldProblem[] {
  const problems = postingDayProblems(flag);
  const after = (field: string, at: string, what: string) => {
    const problem = timeAfter(field, at, made, file, what);
    if (problem) problems.push(problem);
  };
  after('createdAt', flag.createdAt, 'a flag created');
  after('updatedAt', flag.updatedAt, 'a flag changed');
  flag.observations.forEach((observation, index) =>
    after(`observations[${index}].capturedAt`, observation.capturedAt, 'an observation captured'),
  );
  flag.claims.forEach((claim, index) => after(`claims[${index}].at`, claim.at, 'a claim made'));
  return problems;
}

/**
 * The flag's posting days (free text in the schema) that name no day that exists: 2026-02-30.
 * @example postingDayProblems(flag) // [{ field: 'ad.postedAt', message: '"2026-02-30" is not a day that exists' }]
 */
export function postingDayProblems(flag: Flag): FieldProblem[] {
  const posted: Array<[string, string | undefined]> = [
    ['ad.postedAt', flag.ad.postedAt],
    ...flag.observations.map((observation, index): [string, string | undefined] => [
      `observations[${index}].ad.postedAt`,
      observation.ad.postedAt,
    ]),
  ];
  return posted.flatMap(([field, at]) =>
    at !== undefined && !isCalendarDate(at)
      ? [{ field, message: `${JSON.stringify(at)} is not a day that exists` }]
      : [],
  );
}

/** An audit entry written after its file was made, or undefined. */
export const entryDateProblem = (entry: AuditEntry, made: string, file: string): FieldProblem | undefined =>
  timeAfter('at', entry.at, made, file, 'an entry written');

function timeAfter(field: string, at: string, made: string, file: string, what: string): FieldProblem | undefined {
  return isAhead(at, Date.parse(made))
    ? { field, message: `${at} is after ${file} was made (${made}): ${what} later than its file` }
    : undefined;
}
