/**
 * What tests/e2e/pages/detect/hidden-reveal.html's reader does to see its hidden panels: a class, an attribute, a
 * style, a closed <details>, a slide moved off screen, an inline `hidden`, a table cell. Run in the page:
 * `page.evaluate(revealPanels)`.
 */
export function revealPanels(): void {
  document.getElementById('tab-class')!.classList.remove('gone');
  document.getElementById('tab-hidden')!.removeAttribute('hidden');
  document.getElementById('tab-style')!.style.display = 'block';
  (document.getElementById('details') as HTMLDetailsElement).open = true;
  document.getElementById('slide')!.style.transform = 'none';
  document.getElementById('inline')!.removeAttribute('hidden');
  document.getElementById('cell')!.classList.remove('gone');
}
