/** One thing wrong with an imported file, located where a spreadsheet would show it. */
export interface ImportProblem {
  /** Record number, the header being row 1. */
  row?: number;
  /** Column name from the header, when known. */
  column?: string;
  /** Zero-based column position, for problems found before the header names are known. */
  columnIndex?: number;
  message: string;
}

/** How many problems an error lists before it stops: enough to see a pattern, short enough to read. */
export const MAX_PROBLEMS = 10;

/**
 * Formats a problem for people.
 * @example describeProblem({ row: 1234, column: 'CurrentListing', message: "unknown listing 'X'" })
 * // "row 1234, column CurrentListing: unknown listing 'X'"
 */
export function describeProblem(problem: ImportProblem): string {
  const where = [
    problem.row === undefined ? undefined : `row ${problem.row}`,
    problem.column
      ? `column ${problem.column}`
      : problem.columnIndex === undefined
        ? undefined
        : `column ${problem.columnIndex + 1}`,
  ].filter(Boolean);
  return where.length > 0 ? `${where.join(', ')}: ${problem.message}` : problem.message;
}

/** Raised when a file cannot be imported; nothing has been changed when it is thrown. */
export class ImportError extends Error {
  override name = 'ImportError';

  constructor(readonly problems: ImportProblem[]) {
    super(problems.map(describeProblem).join('\n'));
  }
}

/** The import was cancelled by the user. */
export class ImportCancelled extends Error {
  override name = 'ImportCancelled';

  constructor() {
    super('Import cancelled');
  }
}
