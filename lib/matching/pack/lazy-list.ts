/**
 * A read-only array whose items are decoded on first read and kept: a tab
 * reads the few entries and terms its matches point at, not 100,000. Walking
 * the whole list (forEach, filter, spreading, comparing) decodes it all once,
 * then behaves as the plain array it has become. `at` reads an item without
 * going through the list's proxy, for decoders that read one another.
 * @example const terms = lazyList(count, (i) => decodeTerm(i)); terms.list[12].text
 */
export function lazyList<T>(
  length: number,
  decode: (index: number) => T,
): { list: readonly T[]; at(index: number): T } {
  const items: T[] = new Array<T>(length);
  let complete = false;
  const at = (index: number): T => (items[index] ??= decode(index));
  const completed = (): T[] => {
    if (!complete) for (let i = 0; i < length; i++) at(i);
    complete = true;
    return items;
  };
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (!complete && typeof key === 'string') {
        const index = indexOf(key);
        if (index >= 0 && index < length) return at(index);
      }
      return Reflect.get(target, key, receiver);
    },
    has: (_, key) => Reflect.has(completed(), key),
    ownKeys: () => Reflect.ownKeys(completed()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(completed(), key),
    set: () => false,
    deleteProperty: () => false,
    defineProperty: () => false,
  });
  return { list, at };
}

/** The array index a property key names ("12"), or -1 ("length", "012", "1.5"). */
function indexOf(key: string): number {
  let index = 0;
  for (let i = 0; i < key.length; i++) {
    const digit = key.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9 || (i === 0 && digit === 0 && key.length > 1) || i > 9) return -1;
    index = index * 10 + digit;
  }
  return key.length > 0 ? index : -1;
}
