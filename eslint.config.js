import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { libFolderCycles } from './scripts/lint/lib-folder-cycles.mjs';

// The layers (README "Architecture"): entrypoints → components → lib/browser → lib/messaging → the
// domain folders of lib/. Imports point down only; lib/ stays free of React and of the browser's APIs.
const browserApi = {
  name: 'wxt/browser',
  message: 'Only lib/browser/ (and entry points) touch the browser APIs; take what you need as a parameter.',
};
const upward = ['@/components/*', '@/entrypoints/*', '**/components/*', '**/entrypoints/*'];

export default tseslint.config(
  { ignores: ['.output/', '.output-*/', '.wxt/', 'node_modules/', 'public/', 'docs/', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  importX.flatConfigs.typescript,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, spoor: { rules: { 'lib-folder-cycles': libFolderCycles } } },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'spoor/lib-folder-cycles': 'error',
      // Prettier wraps code at 120 but leaves comments alone; literals (page fixtures, regexes) may run on.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
      // tsc already reports unused names (noUnusedLocals/Parameters) and undefined ones.
      '@typescript-eslint/no-unused-vars': 'off',
      'no-undef': 'off',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name="only"][callee.object.name=/^(it|describe|test)$/]',
          message: 'No .only in committed tests.',
        },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Tests and benchmarks drive pages and DevTools, whose values are untyped.
    files: ['tests/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/browser/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [browserApi], patterns: [{ group: upward, message: 'lib/ never imports UI or entry points.' }] },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: browserApi.message },
        { name: 'chrome', message: browserApi.message },
      ],
    },
  },
  {
    files: ['lib/browser/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: upward, message: 'lib/ never imports UI or entry points.' }] },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [browserApi],
          patterns: [
            { group: ['@/entrypoints/*', '**/entrypoints/*'], message: 'Components never import entry points.' },
          ],
        },
      ],
    },
  },
);
