// ESLint flat config: typescript-eslint, react-hooks, and the layering of src/ written as rules
// (ARCHITECTURE.md explains the layers; `npm run lint` runs this, and `npm test` runs that).
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'test-results/',
      'node_modules/',
      'examples/*/node_modules/',
      'examples/*/dist/',
      'test/consumers/*/node_modules/',
      'test/consumers/*/dist/',
      'scripts/bench-peers/node_modules/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The layers of src/ (ARCHITECTURE.md): core depends on nothing of ours and on no package but zod;
    // data on the core; the React layer on both; a React feature folder reaches another only through
    // its index; locales hold strings and import only types; nothing in src/ imports stories, scripts or tests.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'boundaries/elements': [
        { type: 'core', pattern: 'src/core' },
        { type: 'data', pattern: 'src/data' },
        { type: 'adapters', pattern: 'src/adapters' },
        { type: 'server', pattern: 'src/server' },
        { type: 'locales', pattern: 'src/locales' },
        { type: 'react', pattern: 'src/react/*', capture: ['feature'] },
        { type: 'styles', pattern: 'src/styles' },
        { type: 'stories', pattern: 'stories' },
        { type: 'scripts', pattern: 'scripts' },
        { type: 'tests', pattern: 'test' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          checkAllOrigins: true,
          policies: [
            {
              from: { element: { type: 'core' } },
              disallow: { to: { element: { type: ['data', 'adapters', 'server', 'react'] } } },
              message: 'core/ is the bottom layer: it imports nothing from data/, adapters/, server/ or react/',
            },
            {
              from: { element: { type: 'core' } },
              disallow: { to: { module: { origin: ['external', 'core'], source: '!zod' } } },
              message: 'core/ imports no package but zod (no React, no DOM, no Node built-ins)',
            },
            {
              from: { element: { type: ['data', 'adapters'] } },
              disallow: { to: { element: { type: ['react', 'server'] } } },
              message: 'data/ and adapters/ sit under the React layer and beside the server: they import neither',
            },
            {
              from: { element: { type: 'adapters' } },
              disallow: { to: { element: { type: 'data' } } },
              message: 'adapters/ are pure functions over the core: they import nothing from data/',
            },
            {
              from: { element: { type: ['core', 'data', 'adapters', 'server'] } },
              disallow: {
                to: {
                  module: {
                    origin: 'external',
                    source: ['react', 'react-dom', 'react/*', 'react-dom/*', '@radix-ui/*', '@tanstack/*', 'clsx'],
                  },
                },
              },
              message: 'only react/ imports React and the UI packages',
            },
            {
              from: { element: { type: 'locales' } },
              disallow: {
                to: { element: { type: ['core', 'data', 'adapters', 'server', 'react', 'styles'] } },
                dependency: { kind: 'value' },
              },
              message:
                'locales/ are plain data: from the rest of src/ they import only the types they are checked against',
            },
            {
              from: { element: { type: 'locales' } },
              disallow: { to: { module: { origin: ['external', 'core'] } } },
              message:
                'locales/ import no package (no React, no Node built-ins): a language entry is its strings alone',
            },
            {
              from: { element: { type: 'server' } },
              disallow: { to: { element: { type: 'react' } } },
              message: 'server/ runs in Node: it imports nothing from react/',
            },
            {
              from: { element: { type: 'react' } },
              disallow: {
                to: {
                  element: {
                    type: 'react',
                    captured: { feature: '!{{from.captured.feature}}' },
                    fileInternalPath: '!index.{ts,tsx}',
                  },
                },
              },
              message: 'a react/ feature folder reaches another only through its index',
            },
            {
              disallow: { to: { element: { type: ['stories', 'scripts', 'tests'] } } },
              message: 'src/ never imports stories, scripts or tests',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'location',
          'localStorage',
          'sessionStorage',
          'HTMLElement',
          'Element',
          'Node',
          'Event',
          'EventTarget',
        ].map((name) => ({ name, message: 'core/ is framework-free and DOM-free' })),
      ],
    },
  },
  {
    // The CommonJS consumer project checks that `require('agentboard')` works.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
