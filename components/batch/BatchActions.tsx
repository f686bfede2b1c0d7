export interface BatchActionsProps {
  /** Ids of the flags the researcher ticked. */
  selection: ReadonlySet<string>;
  /** Ids of every flag the dashboard's filters let through, in table order. */
  filteredIds: readonly string[];
}

/** The dashboard's slot for batch export and import; the batch domain fills it in. */
export function BatchActions(_props: BatchActionsProps) {
  return null;
}
