/**
 * `promise`'s outcome, or what `late()` gives (or throws) when it has not settled within `ms`: one bounded wait for
 * every browser call that may never answer (a frame that does not reply, a page that never finishes parsing, a
 * capture that hangs). The timer is cleared either way, so a settled wait keeps no worker or page awake.
 * @example const answer = await orWhenLate(tabs.sendMessage(tabId, message), 1_000, () => undefined);
 */
export function orWhenLate<T, L>(promise: Promise<T>, ms: number, late: () => L): Promise<T | L> {
  return new Promise<T | L>((resolve, reject) => {
    const timer = setTimeout(() => {
      try {
        resolve(late());
      } catch (error) {
        reject(error);
      }
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
