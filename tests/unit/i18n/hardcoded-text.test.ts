import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/**
 * Every UI source file (every surface: popup, welcome, settings, dashboard, record), plus the lib modules that produce
 * UI text.
 */
const CONVERTED = [
  ...readdirSync(resolve(root, 'components'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => `components/${file}`),
  ...readdirSync(resolve(root, 'entrypoints'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.tsx'))
    .map((file) => `entrypoints/${file}`),
  'lib/highlight/hover-card.ts',
  'lib/flags/format.ts',
  'lib/browser/flag-triggers.ts',
  'lib/browser/badge.ts',
].sort();

/** Words that read the same in every language: acronyms, units, and example values (scientific names, a host name). */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'CITES',
  'UTC',
  'Psittacus erithacus',
  'Loxodonta africana, Elephas maximus',
  'ebay.de',
]);
const TEXT_ATTRIBUTES = new Set(['aria-label', 'alt', 'title', 'placeholder']);
const hasWords = (text: string) => /[A-Za-z]{2,}/.test(text) && !SAME_IN_EVERY_LANGUAGE.has(text.trim());

/**
 * The text a reader would see that does not come from `t()`: JSX text, text
 * attributes given as plain strings, and string literals of two or more words
 * (the way a sentence hides in a ternary or a template).
 */
function hardCodedText(path: string): string[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(resolve(root, path), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node)) {
      // Attributes other than text ones hold CSS, rel, types…: not prose.
      const value = node.initializer;
      if (!TEXT_ATTRIBUTES.has(node.name.getText())) return;
      if (value && ts.isStringLiteral(value)) return void (hasWords(value.text) && found.push(value.text));
    }
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) &&
      !ts.isImportDeclaration(node.parent)
    ) {
      // Two words make a phrase; a `{` makes it a style sheet (the hover card's CSS).
      if (/[A-Za-z]{2,} [a-z]{2,}/.test(node.text) && !node.text.includes('{')) found.push(node.text);
    }
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

it.each(CONVERTED)('%s shows no English outside the messages', (path) => {
  expect(hardCodedText(path)).toEqual([]);
});

it('covers every page Spoor shows', () => {
  for (const page of ['popup', 'options', 'dashboard', 'record', 'welcome'])
    expect(CONVERTED.some((path) => path.startsWith(`entrypoints/${page}/`))).toBe(true);
});

it('notices hard-coded text, so the check above is not vacuous', () => {
  expect(hardCodedText('tests/unit/i18n/fixtures/HardCoded.tsx')).toEqual([
    'Flag this ad',
    'Detected taxa',
    'Import',
    'Observation of ',
    'Saving the list…',
  ]);
});
