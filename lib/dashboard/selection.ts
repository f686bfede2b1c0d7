/**
 * The dashboard's ticked flags, as immutable sets so React sees every change.
 * A selection survives filtering: ticking rows, then narrowing the filter,
 * keeps the rows ticked (the bulk bar says how many).
 */

/** @example toggleOne(new Set(['a']), 'a') // Set {} */
export function toggleOne(selection: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selection);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** Whether every filtered row is ticked (and there is at least one). */
export function allSelected(selection: ReadonlySet<string>, filteredIds: readonly string[]): boolean {
  return filteredIds.length > 0 && filteredIds.every((id) => selection.has(id));
}

/**
 * The header checkbox: ticks every filtered row, or unticks them all when they
 * already are; rows outside the filter keep their state.
 * @example toggleAllFiltered(new Set(), ['a', 'b']) // Set { 'a', 'b' }
 */
export function toggleAllFiltered(selection: ReadonlySet<string>, filteredIds: readonly string[]): Set<string> {
  const next = new Set(selection);
  if (allSelected(selection, filteredIds)) for (const id of filteredIds) next.delete(id);
  else for (const id of filteredIds) next.add(id);
  return next;
}

/** Drops ids of flags that are gone (deleted here or elsewhere) after the list reloads. */
export function keepExisting(selection: ReadonlySet<string>, existingIds: Iterable<string>): Set<string> {
  const existing = new Set(existingIds);
  return new Set([...selection].filter((id) => existing.has(id)));
}
