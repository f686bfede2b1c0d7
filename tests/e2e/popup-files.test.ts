import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionDir } from './support/extension';

/**
 * The popup's first screen as the build emits it (wxt.config.ts): its entry, the chunks it imports, preloaded by the
 * HTML so all are fetched at once, and one stylesheet. Each file is a response the popup's main thread handles in a
 * task of its own; on a busy machine each waits its turn (issue 14: main's popup loaded eleven module files and three
 * stylesheets, ~70 ms of a 233 ms opening at load 2–3). The first requests go out from a chunk of their own, evaluated
 * before the page's (React DOM), so their answers come in while it evaluates.
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

/** The chunk file of the build whose name starts with `name-`, as a path from the root. */
const chunkNamed = (name: string) => preloads.find((path) => new RegExp(`^/chunks/${name}-[\\w-]+\\.js$`).test(path!));

/** Every chunk of every page but the popup's entry: none may import the popup's opening. */
const otherChunks = () =>
  readdirSync(join(extensionDir, 'chunks'))
    .map((name) => `chunks/${name}`)
    .filter((file) => file.endsWith('.js') && `/${file}` !== scripts[0]);

describe("the popup's HTML", () => {
  it('loads one module, the chunks it imports (preloaded beside it) and one stylesheet', () => {
    expect(scripts).toHaveLength(1);
    expect(preloads).toHaveLength(3);
    expect(stylesheets).toHaveLength(1);
    expect(new Set(staticImports(scripts[0]!.slice(1)))).toEqual(new Set(preloads));
  });

  it("sends the first requests before the page's chunk evaluates: the entry imports the opening first", () => {
    const [requests, opening, page] = ['popup-requests', 'popup-opening', 'popup-first'].map(chunkNamed);
    // A module's imports are evaluated in their order, each with its own imports first.
    expect(staticImports(scripts[0]!.slice(1))).toEqual([requests, opening, page]);
    expect(staticImports(opening!.slice(1))).toEqual([requests]);
    expect(staticImports(requests!.slice(1))).toEqual([]);
    expect(staticImports(page!.slice(1))).toEqual([requests]);
  });

  it("is the only page that loads the opening, which sends the popup's requests", () => {
    const opening = chunkNamed('popup-opening');
    expect(opening).toBeDefined();
    const importers = otherChunks().filter((file) => staticImports(file).includes(opening!));
    expect(importers).toEqual([]);
  });
});
