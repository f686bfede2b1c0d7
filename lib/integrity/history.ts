import { entryDigest, flagDigest } from './chain';
import type { AuditEntry, Flag, Tombstone } from '@/lib/records/flag';

/** Whose history is checked: a flag (its head must describe the record) or a deleted flag's tombstone. */
export type HistoryHolder = { flag: Flag } | { tombstone: Tombstone };

/** Something wrong with a history, naming the entry where there is one. */
export interface HistoryProblem {
  /** The hash of the entry at fault, as it was linked to. */
  hash?: string;
  message: string;
}

/** One entry of a timeline, with the chains it joined (an import's or merge's incoming history), each oldest first. */
export interface HistoryNode {
  entry: AuditEntry;
  joined: HistoryNode[][];
}

export interface History {
  /** The flag's own line, oldest first; joined chains hang off the entries that brought them in. */
  line: HistoryNode[];
  /** Every entry reached from the head, each once, every entry after the entries it links to. */
  entries: AuditEntry[];
  problems: HistoryProblem[];
}

const JOINING = new Set<AuditEntry['action']>(['import', 'merge', 'restore']);
/** A migrate entry starts the chain of a flag that had no entry before the upgrade. */
const STARTS = new Set<AuditEntry['action']>(['create', 'migrate']);
const LEAVES_NO_RECORD = new Set<AuditEntry['action']>(['delete', 'restore', 'migrate']);
const short = (hash: string) => hash.slice(0, 12);

/**
 * How an entry is named in a problem: what, when, who, and its hash.
 * @example describeEntry(entry) // 'edit of 2026-03-12T10:01:00.000Z by anna.k (3f2a9c…)'
 */
export function describeEntry(entry: AuditEntry): string {
  return `${entry.action} of ${entry.at} by ${entry.by || '(unnamed)'} (${short(entry.hash)}…)`;
}

/**
 * Walks a flag's (or tombstone's) history from its head through every `prev`
 * and `joins` link and checks it whole: every linked entry exists and hashes
 * to its link; a chain stays within one flag id; it starts with a create (or
 * an import or restore that joins another chain, or legacy entries); only
 * imports, merges and restores join; imports and merges name their batch;
 * nothing but a restore follows a deletion; and the head entry says the
 * record is exactly this flag (or deleted, for a tombstone).
 * @example const { problems, line } = verifyHistory({ flag }, (hash) => byHash.get(hash));
 */
export function verifyHistory(holder: HistoryHolder, find: (hash: string) => AuditEntry | undefined): History {
  const problems: HistoryProblem[] = [];
  const head = 'flag' in holder ? holder.flag.auditHead : holder.tombstone.auditHead;
  const flagId = 'flag' in holder ? holder.flag.id : holder.tombstone.flagId;
  const resolved = new Map<string, AuditEntry>();
  const entries: AuditEntry[] = [];

  const resolve = (hash: string, from: AuditEntry | undefined, relation: 'prev' | 'joins'): AuditEntry | undefined => {
    const known = resolved.get(hash);
    if (known) return known;
    const entry = find(hash);
    if (!entry) {
      problems.push({
        hash: from?.hash,
        message: from
          ? `${describeEntry(from)} links (${relation}) to entry ${short(hash)}…, which is missing`
          : `the history's newest entry ${short(hash)}… is missing`,
      });
      return undefined;
    }
    if (entry.hash !== hash || entryDigest(entry) !== hash) {
      problems.push({ hash, message: `${describeEntry(entry)} was changed after it was written` });
      return undefined;
    }
    resolved.set(hash, entry);
    return entry;
  };

  // Iterative depth-first walk, each entry emitted after the entries it links to.
  const headEntry = resolve(head, undefined, 'prev');
  const stack: Array<{ entry: AuditEntry; expanded: boolean }> = headEntry
    ? [{ entry: headEntry, expanded: false }]
    : [];
  const emitted = new Set<string>();
  while (stack.length > 0) {
    const top = stack.at(-1)!;
    if (top.expanded || emitted.has(top.entry.hash)) {
      stack.pop();
      if (!emitted.has(top.entry.hash)) {
        emitted.add(top.entry.hash);
        entries.push(top.entry);
      }
      continue;
    }
    top.expanded = true;
    const { entry } = top;
    checkEntry(entry, problems);
    const links: Array<[string, 'prev' | 'joins']> = [
      ...(entry.joins ?? []).map((hash): [string, 'joins'] => [hash, 'joins']),
      ...(entry.prev ? [[entry.prev, 'prev'] as [string, 'prev']] : []),
    ];
    for (const [hash, relation] of links) {
      const linked = resolve(hash, entry, relation);
      if (!linked) continue;
      if (relation === 'prev') checkPrev(entry, linked, problems);
      if (!emitted.has(linked.hash)) stack.push({ entry: linked, expanded: false });
    }
  }
  if (headEntry) checkHead(holder, headEntry, flagId, problems);
  return { line: headEntry ? timeline(headEntry, resolved) : [], entries, problems };
}

function checkEntry(entry: AuditEntry, problems: HistoryProblem[]): void {
  const fail = (message: string) => problems.push({ hash: entry.hash, message: `${describeEntry(entry)} ${message}` });
  if (entry.joins && !JOINING.has(entry.action))
    fail('joins another history, but only imports, merges and restores may');
  // Legacy entries were written before these rules; the migrate entry after them vouches only for their order.
  if (entry.legacy) return;
  if (entry.prev === null && !entry.joins && !STARTS.has(entry.action))
    fail('starts a history, but only a create (or an import or restore that joins one) may');
  if (entry.action === 'merge' && !entry.joins) fail('is a merge that joins no history');
  if ((entry.action === 'import' || entry.action === 'merge') && !entry.batchId) fail('does not name its batch');
  if (entry.flagSha256 === undefined) fail('does not say what the flag record became');
  if (entry.action === 'delete' && entry.flagSha256 !== null) fail('deletes the flag but says a record remains');
  if (entry.flagSha256 === null && !LEAVES_NO_RECORD.has(entry.action))
    fail('leaves no record, but only a delete (or a restore keeping it deleted) may');
}

function checkPrev(entry: AuditEntry, prev: AuditEntry, problems: HistoryProblem[]): void {
  const fail = (message: string) => problems.push({ hash: entry.hash, message: `${describeEntry(entry)} ${message}` });
  if (prev.flagId !== entry.flagId) fail(`follows an entry of another flag (${prev.flagId})`);
  if (prev.legacy !== true && entry.legacy) fail('is marked legacy but follows a chained entry');
  if (prev.legacy || entry.legacy) return;
  if (prev.flagSha256 === null && entry.action !== 'restore') fail('changes a deleted flag');
  if (entry.action === 'restore' && entry.flagSha256 === null && prev.flagSha256 !== null)
    fail('keeps a flag deleted that was not deleted');
}

function checkHead(holder: HistoryHolder, head: AuditEntry, flagId: string, problems: HistoryProblem[]): void {
  if (head.flagId !== flagId)
    problems.push({
      hash: head.hash,
      message: `the newest entry ${describeEntry(head)} belongs to flag ${head.flagId}`,
    });
  if ('flag' in holder && head.flagSha256 !== flagDigest(holder.flag))
    problems.push({
      hash: head.hash,
      message: `the flag record is not the one its newest entry ${describeEntry(head)} describes: it was changed outside its history`,
    });
  if ('tombstone' in holder && head.flagSha256 !== null)
    problems.push({
      hash: head.hash,
      message: `the deleted flag's newest entry ${describeEntry(head)} is not a deletion`,
    });
}

/** The main line from the head back to its start, each joined chain until it meets what is already shown. */
function timeline(head: AuditEntry, resolved: ReadonlyMap<string, AuditEntry>): HistoryNode[] {
  const shown = new Set<string>();
  const lineFrom = (start: AuditEntry): AuditEntry[] => {
    const line: AuditEntry[] = [];
    for (let entry: AuditEntry | undefined = start; entry && !shown.has(entry.hash);) {
      shown.add(entry.hash);
      line.push(entry);
      entry = entry.prev ? resolved.get(entry.prev) : undefined;
    }
    return line.reverse();
  };
  const build = (line: AuditEntry[]): HistoryNode[] =>
    line.map((entry) => ({
      entry,
      joined: (entry.joins ?? [])
        .map((hash) => resolved.get(hash))
        .filter((joined): joined is AuditEntry => joined !== undefined)
        .map((joined) => build(lineFrom(joined)))
        .filter((branch) => branch.length > 0),
    }));
  // The main line is claimed first, so a joined chain stops where it meets it.
  return build(lineFrom(head));
}
