import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cmd, type LintMessage, type LintResult } from 'web-ext';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireFirefoxBuild } from './support/build';

/**
 * Warnings addons-linter may give the Firefox build, each with why it is
 * harmless. Anything else (a new warning, or one of these somewhere else)
 * fails the test, so every warning AMO reviewers will see is explained here.
 */
const ALLOWED_WARNINGS = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // React DOM's own `dangerouslySetInnerHTML` branch (setProp and setPropOnCustomElement), in
    // whichever shared chunk the bundler puts react-dom (the pages' common start-up code), never Spoor
    // code, which renders page strings as text only: the source pattern below is React's.
    file: /^chunks\/[\w-]+\.js$/,
    source: /\.__html[^]*\.innerHTML=/,
    count: 2,
  },
] as const;

/** The minified code just before a finding, where the flagged assignment is. */
function sourceBefore(dir: string, message: LintMessage): string {
  const line = readFileSync(join(dir, message.file!), 'utf8').split('\n')[message.line! - 1] ?? '';
  return line.slice(Math.max(0, message.column! - 160), message.column! + 20);
}

const SPOOR_SOURCES = ['components', 'entrypoints', 'lib'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(dir, file));
}

let dir: string;
let result: LintResult;

beforeAll(async () => {
  dir = requireFirefoxBuild();
  // The linter web-ext runs ("web-ext lint"), with AMO's rules for a listed add-on.
  result = await cmd.lint({ sourceDir: dir, output: 'none' }, { shouldExitProgram: false });
});

describe("Mozilla's addons-linter on the Firefox build", () => {
  it('finds no errors and no notices', () => {
    expect(result.errors).toEqual([]);
    expect(result.notices).toEqual([]);
  });

  it('gives only the explained warnings', () => {
    const explained = result.warnings.filter((warning) =>
      ALLOWED_WARNINGS.some((allowed) => allowed.code === warning.code && allowed.file.test(warning.file ?? '')),
    );
    expect(result.warnings.filter((warning) => !explained.includes(warning))).toEqual([]);
    for (const allowed of ALLOWED_WARNINGS) {
      const found = explained.filter((warning) => warning.code === allowed.code);
      expect(found).toHaveLength(allowed.count);
      for (const warning of found) expect(sourceBefore(dir, warning)).toMatch(allowed.source);
    }
  });

  it('declares that Spoor collects no data, so AMO asks for no consent', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('the explanation of the innerHTML warnings', () => {
  // They are React DOM's only if Spoor never hands React raw HTML.
  it.each(SPOOR_SOURCES)('holds for %s/: no dangerouslySetInnerHTML', (folder) => {
    const users = sourceFiles(folder).filter((file) => readFileSync(file, 'utf8').includes('dangerouslySetInnerHTML'));
    expect(users).toEqual([]);
  });
});
