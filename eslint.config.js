// Flat config. The block for src/core/** is the architecture's boundary made mechanical:
// the classifier must stay pure (no browser API, no storage, no network, no UI).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const BROWSER_FACING_GLOBALS = [
  'chrome',
  'browser',
  'indexedDB',
  'fetch',
  'window',
  'document',
  'XMLHttpRequest',
  'localStorage',
  'sessionStorage',
  'navigator',
];

const coreBoundaryMessage = 'src/core is pure: pass effects in as arguments (docs/architecture.md, Module boundaries).';

export default defineConfig(
  { ignores: ['dist/', '.dist-*/', 'node_modules/', '.tmp/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**', 'test/**', 'bench/**', '*.config.{js,ts}', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['.dependency-cruiser.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['webextension-polyfill', 'idb', 'preact', 'chrome'].map((name) => ({
            name,
            message: coreBoundaryMessage,
          })),
          patterns: [
            {
              group: ['preact/*', 'idb/*', 'webextension-polyfill/*', '@preact/*', 'fake-indexeddb', 'fake-indexeddb/*'],
              message: coreBoundaryMessage,
            },
            {
              // ../background/x from src/core, ../../store from src/core/providers, or any src/net path.
              regex: '^(\\.\\./)+(background|store|popup|options|net)(/|$)|(^|/)src/(background|store|popup|options|net)(/|$)',
              message: coreBoundaryMessage,
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...BROWSER_FACING_GLOBALS.map((name) => ({ name, message: coreBoundaryMessage }))],
      'no-restricted-properties': [
        'error',
        ...BROWSER_FACING_GLOBALS.flatMap((property) =>
          ['globalThis', 'self'].map((object) => ({ object, property, message: coreBoundaryMessage })),
        ),
      ],
    },
  },
);
