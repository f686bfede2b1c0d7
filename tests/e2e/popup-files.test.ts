import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionDir } from './support/extension';

/**
 * The popup's first screen as the build emits it (wxt.config.ts): an async classic script that sends the first
 * requests (entrypoints/popup-opening.ts), then its entry and the one chunk it imports, preloaded by the HTML so
 * both are fetched at once, and its stylesheet written in the HTML. Each file is a response the popup's main thread
 * handles in a task of its own; on a busy machine each waits its turn (issue 14: main's popup loaded eleven module
 * files and three stylesheets, ~70 ms of a 233 ms opening at load 2–3). Module scripts run only once all have
 * arrived; the classic script runs as soon as it has, so the requests' answers come in while React DOM's chunk is
 * still on its way.
 * Reads the Chrome build (`npm run build:chrome`); tests/unit/popup-imports.test.ts pins which modules the screen
 * holds.
 */
const html = readFileSync(join(extensionDir, 'popup.html'), 'utf8');

/** The values of `attribute` on the tags of `html` that match `tag`. */
const attributes = (tag: RegExp, attribute: string) =>
  [...html.matchAll(new RegExp(tag.source, 'g'))].map(
    ([element]) => new RegExp(`\\s${attribute}="([^"]+)"`).exec(element)?.[1],
  );

const moduleScripts = attributes(/<script\b[^>]*type="module"[^>]*>/, 'src');
const classicScripts = attributes(/<script\b(?![^>]*type=)[^>]*>/, 'src');
const preloads = attributes(/<link\b[^>]*rel="modulepreload"[^>]*>/, 'href');
const stylesheets = attributes(/<link\b[^>]*rel="stylesheet"[^>]*>/, 'href');
const styleElements = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map(([, css]) => css!);

/** The chunks a built chunk imports statically (`import … from"./x.js"`, `import"./x.js"`), as paths from the root. */
function staticImports(file: string): string[] {
  const code = readFileSync(join(extensionDir, file), 'utf8');
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*"\.\/([\w.-]+\.js)"/g)].map(([, name]) => `/${folder}${name}`);
}

describe("the popup's HTML", () => {
  it('loads one async classic script, one module and the chunk it imports (preloaded beside it), no stylesheet', () => {
    expect(classicScripts).toEqual(['/popup-opening.js']);
    // Async: it runs as soon as it arrives, and the parser does not wait for it; high priority: it is not fetched after
    // the preloaded chunk.
    expect(html).toMatch(/<script async fetchpriority="high" src="\/popup-opening\.js"><\/script>/);
    expect(moduleScripts).toHaveLength(1);
    expect(preloads).toEqual([expect.stringMatching(/^\/chunks\/popup-first-[\w-]+\.js$/)]);
    expect(stylesheets).toEqual([]);
    expect(staticImports(moduleScripts[0]!.slice(1))).toEqual(preloads);
    expect(staticImports(preloads[0]!.slice(1))).toEqual([]);
  });

  it('writes in the stylesheet of its first chunk, which the other pages link', () => {
    const shared = readdirSync(join(extensionDir, 'assets')).filter((name) => /^popup-first-[\w-]+\.css$/.test(name));
    expect(shared).toHaveLength(1);
    expect(styleElements).toEqual([readFileSync(join(extensionDir, 'assets', shared[0]!), 'utf8')]);
    const linking = readdirSync(extensionDir)
      .filter((name) => name.endsWith('.html'))
      .filter((name) => readFileSync(join(extensionDir, name), 'utf8').includes(`/assets/${shared[0]}`));
    expect(linking).toEqual(expect.arrayContaining(['options.html', 'dashboard.html']));
  });

  it("sends the first requests from the classic script, which leaves them to the page's module", () => {
    const opening = readFileSync(join(extensionDir, 'popup-opening.js'), 'utf8');
    // A classic script: no module syntax, nothing it imports.
    expect(opening).not.toMatch(/^\s*(import|export)\b/m);
    expect(opening).toContain('__spoor:popup-requests');
    expect(opening).toContain('flag/status');
    // It parses nothing: the page's module parses the answers (lib/browser/popup-opening.ts), so zod is not here.
    expect(opening).not.toContain('$ZodType');
  });

  it("is the only page that loads the classic script, which sends the popup's requests", () => {
    const others = readdirSync(extensionDir)
      .filter((name) => name.endsWith('.html') && name !== 'popup.html')
      .filter((name) => readFileSync(join(extensionDir, name), 'utf8').includes('popup-opening.js'));
    expect(others).toEqual([]);
  });
});
