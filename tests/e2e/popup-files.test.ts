import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionDir } from './support/extension';

/**
 * The popup's first screen as the build emits it (wxt.config.ts): its entry, the one chunk that holds the screen,
 * preloaded by the HTML so both are fetched at once, and one stylesheet. Each file is a response the popup's main
 * thread handles in a task of its own; on a busy machine each waits its turn (issue 14: main's popup loaded eleven
 * module files and three stylesheets, ~70 ms of a 233 ms opening at load 2–3).
 * Reads the Chrome build (`npm run build:chrome`); tests/unit/popup-imports.test.ts pins which modules the screen
 * holds.
 */
const html = readFileSync(join(extensionDir, 'popup.html'), 'utf8');

/** The values of `attribute` on the tags of `html` that match `tag`. */
const attributes = (tag: RegExp, attribute: string) =>
  [...html.matchAll(new RegExp(tag.source, 'g'))].map(
    ([element]) => new RegExp(`\\s${attribute}="([^"]+)"`).exec(element)?.[1],
  );

const scripts = attributes(/<script\b[^>]*>/, 'src');
const preloads = attributes(/<link\b[^>]*rel="modulepreload"[^>]*>/, 'href');
const stylesheets = attributes(/<link\b[^>]*rel="stylesheet"[^>]*>/, 'href');

/** The chunks a built chunk imports statically (`import … from"./x.js"`, `import"./x.js"`), as paths from the root. */
function staticImports(file: string): string[] {
  const code = readFileSync(join(extensionDir, file), 'utf8');
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*"\.\/([\w.-]+\.js)"/g)].map(([, name]) => `/${folder}${name}`);
}

describe("the popup's HTML", () => {
  it('loads one module, the one chunk it imports (preloaded beside it) and one stylesheet', () => {
    expect(scripts).toHaveLength(1);
    expect(preloads).toHaveLength(1);
    expect(stylesheets).toHaveLength(1);
    expect(staticImports(scripts[0]!.slice(1))).toEqual(preloads);
  });

  it('names every module the first screen evaluates: the chunk imports no other chunk before it runs', () => {
    expect(staticImports(preloads[0]!.slice(1))).toEqual([]);
  });
});
