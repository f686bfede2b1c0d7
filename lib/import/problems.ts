import { shownProblem } from '@/lib/files/shown-text';

/**
 * What is wrong with an imported file, collected rather than thrown: the
 * coordinator sees every problem a researcher must fix at once, not one per try.
 */
export interface ImportProblem {
  /** The file: the imported file's name, or a path inside the bundle ("evidence/ab….png"). */
  file: string;
  /** Where inside it: "flag <id> › observations[0].capturedAt", "manifest › files[3]", or "" for the whole file. */
  path: string;
  message: string;
}

/** Keeps the first `limit` problems and counts the rest. */
export class ProblemList {
  readonly shown: ImportProblem[] = [];
  more = 0;

  constructor(private readonly limit: number) {}

  /**
   * Records a problem as the coordinator will read it. Its file name, path and message quote what the file says (an
   * id, a name, a value), which its sender wrote: each is shown with its hidden and reordering characters written
   * out and cut to what a person reads, as all text from a file is shown.
   */
  add(file: string, path: string, message: string): void {
    if (this.shown.length < this.limit) this.shown.push(shownProblem({ file, path, message }));
    else this.more += 1;
  }

  get any(): boolean {
    return this.shown.length > 0;
  }

  /** Past the limit, further expensive checks (hashing gigabytes) would only add to `more`. */
  get full(): boolean {
    return this.shown.length >= this.limit;
  }
}

/**
 * A zod issue path in words the researcher can find: flags by id, the rest as written.
 * @example describePath({ flags: [{ id: 'f1' }] }, ['flags', 0, 'observations', 1, 'url']) // 'flag f1 ›
 * observations[1].url'
 */
export function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  const [collection, index, ...rest] = path;
  const tail = dotted(rest);
  if ((collection === 'flags' || collection === 'audit') && typeof index === 'number') {
    const item = (raw as Record<string, unknown[] | undefined>)[collection]?.[index] as
      Record<string, unknown> | undefined;
    const id = collection === 'flags' ? item?.id : item?.flagId;
    const named =
      typeof id !== 'string'
        ? `${collection}[${index}]`
        : collection === 'flags'
          ? `flag ${id}`
          : `audit[${index}] (flag ${id})`;
    return tail ? `${named} › ${tail}` : named;
  }
  return dotted(path);
}

function dotted(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}
