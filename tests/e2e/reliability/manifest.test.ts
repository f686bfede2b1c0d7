import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionDir } from '../support/extension';
import { firefoxBuildDir } from '../../firefox/support/build';

/*
 * The built manifests ask for the minimum: exactly the permissions below,
 * each justified in the README's "Permissions" table and each used by the
 * code that ships. Not requested, with the reason:
 * - `tabs`: the host permission already shows Spoor the URL and title of the
 *   pages it may read (Chrome 50+, Firefox 86+), the only tabs it flags;
 *   `tabs` would add every other tab's URL (chrome://, about:).
 * - `activeTab`: `<all_urls>` covers it, and activeTab alone would not reach the
 *   keyboard shortcut's or the popup-as-a-tab screenshot.
 * - `downloads`: exports are saved with an <a download> link or the file picker.
 */
const MINIMUM = {
  chrome: {
    permissions: ['contextMenus', 'pageCapture', 'scripting', 'storage', 'unlimitedStorage'],
    host_permissions: ['<all_urls>'],
  },
  firefox: {
    permissions: ['contextMenus', 'scripting', 'storage', 'unlimitedStorage'],
    host_permissions: ['<all_urls>'],
  },
};

/** What in the shipped code needs each permission (property names survive minification). */
const USED_BY: Record<string, RegExp> = {
  storage: /\.storage\.(local|session)\b/,
  // The size is the reason: tests/unit/reliability/storage-quota.test.ts measures the full checklist past the quota.
  unlimitedStorage: /\.storage\.local\b/,
  contextMenus: /\.contextMenus\.create\(/,
  pageCapture: /\.saveAsMHTML\(/,
  scripting: /\.executeScript\(/,
  '<all_urls>': /\.captureVisibleTab\(/,
};

/** Namespaces that only work with a permission of the same name: code must not use one it does not declare. */
const GATED = [
  'alarms',
  'bookmarks',
  'cookies',
  'debugger',
  'declarativeNetRequest',
  'downloads',
  'history',
  'identity',
  'management',
  'notifications',
  'proxy',
  'scripting',
  'tabGroups',
  'topSites',
  'webNavigation',
  'webRequest',
];

const builds = { chrome: extensionDir, firefox: firefoxBuildDir };
type Browser = keyof typeof builds;

const manifestOf = (browser: Browser) => JSON.parse(readFileSync(join(builds[browser], 'manifest.json'), 'utf8'));

function shippedCode(browser: Browser): string {
  const files = readdirSync(builds[browser], { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.js'),
  );
  return files.map((file) => readFileSync(join(builds[browser], file), 'utf8')).join('\n');
}

/** The README's "Permissions" table: the permission named in backticks in each row, with its reason. */
function readmeReasons(): Map<string, string> {
  const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');
  const section = readme.split(/^## Permissions$/m)[1]!.split(/^## /m)[0]!;
  const rows = section.split('\n').filter((line) => /^\| .*`/.test(line));
  return new Map(
    rows.map((row) => {
      const [, name, reason] = /^\|[^`|]*`([^`]+)`[^|]*\|(.*)\|$/.exec(row)!;
      return [name!, reason!.trim()];
    }),
  );
}

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  const manifest = manifestOf(browser);
  const requested = [...manifest.permissions, ...manifest.host_permissions];

  it('asks for the documented minimum and nothing optional', () => {
    expect({
      permissions: [...manifest.permissions].sort(),
      host_permissions: [...manifest.host_permissions].sort(),
    }).toEqual(MINIMUM[browser]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    // The detector (top frame) and the frame script (embedded frames, which ask for the detector): http(s) pages alone.
    expect(manifest.content_scripts.map((script: { matches: string[] }) => [...script.matches].sort())).toEqual([
      ['http://*/*', 'https://*/*'],
      ['http://*/*', 'https://*/*'],
    ]);
  });

  it('has a reason in the README for every permission, and the README names no other', () => {
    const reasons = readmeReasons();
    for (const permission of requested) expect(reasons.get(permission), permission).toMatch(/\w{4,}.*\w{4,}/);
    const extra = [...reasons.keys()].filter(
      (name) =>
        name !== 'commands' &&
        !requested.includes(name) &&
        !Object.values(MINIMUM).some((m) => m.permissions.includes(name)),
    );
    expect(extra).toEqual([]);
  });

  it("lets only the extension's own scripts run in its pages, where page strings are shown", () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
  });

  it('uses every permission it asks for, and no gated API it does not ask for', () => {
    const code = shippedCode(browser);
    for (const permission of requested) expect(USED_BY[permission]?.test(code), permission).toBe(true);
    expect(
      GATED.filter((namespace) => new RegExp(`\\.${namespace}\\.\\w+`).test(code) && !requested.includes(namespace)),
    ).toEqual([]);
  });
});
