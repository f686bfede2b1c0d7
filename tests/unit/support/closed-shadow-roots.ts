import { afterEach, beforeEach } from 'vitest';

/**
 * The hover card's shadow root is closed to the page; a test keeps a handle on every shadow root attached
 * during it, to read what the researcher sees. Call at a test file's top level.
 */
export function captureShadowRoots(): readonly ShadowRoot[] {
  const shadows: ShadowRoot[] = [];
  const attachShadow = HTMLElement.prototype.attachShadow;
  beforeEach(() => {
    HTMLElement.prototype.attachShadow = function (init) {
      const shadow = attachShadow.call(this, init);
      shadows.push(shadow);
      return shadow;
    };
  });
  afterEach(() => {
    HTMLElement.prototype.attachShadow = attachShadow;
    shadows.length = 0;
  });
  return shadows;
}
