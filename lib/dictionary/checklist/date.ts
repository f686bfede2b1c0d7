/**
 * A first guess at the date a file's listings reflect, for the user to confirm:
 * neither export has a date column, but their names usually carry one
 * ("…-2017-04-21.csv.gz", "cites_listings_2025-01-15 10_30_comma_separated.csv");
 * otherwise the file's last-modified day.
 * @example guessListingsDate('checklist-index-of-cites-species-2017-04-21.csv.gz', 0) // '2017-04-21'
 */
export function guessListingsDate(fileName: string, lastModified: number): string {
  for (const [, year, month, day] of fileName.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g)) {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day)) return `${year}-${month}-${day}`;
  }
  return new Date(lastModified).toISOString().slice(0, 10);
}
