// ESLint flat config: JavaScript's and typescript-eslint's recommended rules everywhere, the
// type-aware ones (floating promises, unsafe `any`...) on the app's code in src/ through the
// TypeScript project service, and eslint-plugin-svelte's for Svelte 5 components in runes
// mode. Type-aware rules run on src/ only: they triple the run time, and in tests and scripts
// what they catch (a forgotten await, an `any` from JSON) fails the test run anyway.
// Formatting is Prettier's job (npm run format:check): no style rule here.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default tseslint.config(
  { ignores: ['dist/', 'dev-dist/', 'node_modules/', '.tmp/', 'coverage/', 'bench-results/', 'tests/fixtures/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Before Svelte's configs: they set the parser of .svelte files back to Svelte's own.
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.svelte'] },
    },
  },
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_`-named parts are the house way to leave fields out of a copy (`{ id: _id, ...rest }`)
      // and to keep a callback's parameter list readable.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // File checks match control characters on purpose (the files' rules forbid them).
      'no-control-regex': 'off',
      // `{' · '}` keeps the spaces that Svelte trims at the edge of an {#if} block; as bare
      // text, as this rule wants it, they would be lost.
      'svelte/no-useless-mustaches': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, svelteConfig } },
    // Props are `let { a } = $props()` by Svelte's convention (a prop may be bound or
    // reassigned): Svelte's own prefer-const knows runes, the core rule does not.
    rules: {
      'prefer-const': 'off',
      'svelte/prefer-const': 'error',
    },
  },
  {
    // typescript-eslint reads no .svelte module's types (svelte-check does, with svelte2tsx):
    // in a component every value from a child component (an event's argument, an exported
    // type) reads as `any` or unresolved, so these rules would flag correct code.
    files: ['**/*.svelte'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
