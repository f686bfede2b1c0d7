/**
 * A read-only array whose items are decoded on first read and kept: a tab
 * reads the few entries and terms its matches point at, not 100,000. Walking
 * the whole list (forEach, filter, spreading, comparing) decodes it all once,
 * then behaves as the plain array it has become.
 * @example const terms = lazyList(count, (i) => decodeTerm(i)); terms[12].text
 */
export function lazyList<T>(length: number, decode: (index: number) => T): readonly T[] {
  const items: T[] = new Array<T>(length);
  let complete = false;
  const completed = (): T[] => {
    if (!complete) for (let i = 0; i < length; i++) items[i] ??= decode(i);
    complete = true;
    return items;
  };
  const indexOf = (key: string | symbol): number => {
    if (typeof key !== 'string' || key === '') return -1;
    const index = Number(key);
    return Number.isInteger(index) && index >= 0 && index < length && String(index) === key ? index : -1;
  };
  return new Proxy(items, {
    get(target, key, receiver) {
      const index = complete ? -1 : indexOf(key);
      if (index >= 0) return (target[index] ??= decode(index));
      return Reflect.get(target, key, receiver);
    },
    has: (_, key) => Reflect.has(completed(), key),
    ownKeys: () => Reflect.ownKeys(completed()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(completed(), key),
    set: () => false,
    deleteProperty: () => false,
    defineProperty: () => false,
  });
}
