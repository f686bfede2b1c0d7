/**
 * Whether the reader's keyboard focus is in this frame's own document: it has focus, and not through a frame
 * embedded in it (the focused element is then that frame's element, and the document inside holds focus).
 * @example if (holdsKeyboardFocus(document)) detect.nextName();
 */
export function holdsKeyboardFocus(doc: Pick<Document, 'hasFocus' | 'activeElement'>): boolean {
  const focused = doc.activeElement?.localName;
  return doc.hasFocus() && focused !== 'iframe' && focused !== 'frame';
}
