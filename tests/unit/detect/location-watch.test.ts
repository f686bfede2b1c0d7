import { describe, expect, it, vi } from 'vitest';
import { watchLocation } from '@/lib/detect/location-watch';

/** A window with a location the test moves and the events a page could fire itself. */
function fakeWindow(withNavigation: boolean) {
  const target = new EventTarget();
  const navigation = withNavigation ? new EventTarget() : undefined;
  const location = { href: 'https://shop.example/a' };
  const intervals: (() => void)[] = [];
  const win = Object.assign(target, {
    location,
    navigation,
    setInterval: (callback: () => void) => intervals.push(callback),
    clearInterval: () => intervals.splice(0),
  });
  return { win: win as unknown as Window & typeof globalThis, location, navigation, intervals };
}

describe('watchLocation', () => {
  it('calls back only when the URL really changed, whatever events the page fires', () => {
    const { win, location, navigation } = fakeWindow(true);
    const onChange = vi.fn();
    watchLocation(win, onChange, new AbortController().signal);
    win.dispatchEvent(new Event('popstate'));
    win.dispatchEvent(new Event('hashchange'));
    navigation!.dispatchEvent(new Event('navigatesuccess'));
    expect(onChange).not.toHaveBeenCalled();
    location.href = 'https://shop.example/b';
    navigation!.dispatchEvent(new Event('navigatesuccess'));
    win.dispatchEvent(new Event('popstate'));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('polls where there is no Navigation API, and stops when its lifetime ends', () => {
    const { win, location, intervals } = fakeWindow(false);
    const onChange = vi.fn();
    const lifetime = new AbortController();
    watchLocation(win, onChange, lifetime.signal);
    location.href = 'https://shop.example/pushed';
    intervals[0]!();
    expect(onChange).toHaveBeenCalledTimes(1);
    lifetime.abort();
    expect(intervals).toEqual([]);
    location.href = 'https://shop.example/again';
    win.dispatchEvent(new Event('popstate'));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
