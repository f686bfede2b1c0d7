import { expect, it } from 'vitest';
import { holdsKeyboardFocus } from '@/lib/detect/keyboard-focus';

/** A document as the check sees it: whether it has focus, and the element focused in it. */
const doc = (hasFocus: boolean, focused?: string) =>
  ({ hasFocus: () => hasFocus, activeElement: focused ? { localName: focused } : null }) as unknown as Document;

it('holds the keyboard focus when the document has it itself, not through a frame embedded in it', () => {
  expect(holdsKeyboardFocus(doc(true, 'body'))).toBe(true);
  expect(holdsKeyboardFocus(doc(true, 'input'))).toBe(true);
  // Focus is inside an embedded frame: that frame's document holds it.
  expect(holdsKeyboardFocus(doc(true, 'iframe'))).toBe(false);
  expect(holdsKeyboardFocus(doc(true, 'frame'))).toBe(false);
  // Another window, or the browser's own toolbar, has focus.
  expect(holdsKeyboardFocus(doc(false, 'body'))).toBe(false);
});
