// Lint rules. The one that matters most keeps the layers honest: core and jobs never name an Apps Script
// service, so they stay pure and testable without any runtime.
import tseslint from 'typescript-eslint';

const appsScriptServices = [
  'SpreadsheetApp',
  'MailApp',
  'GmailApp',
  'ScriptApp',
  'PropertiesService',
  'CacheService',
  'LockService',
  'HtmlService',
  'ContentService',
  'Utilities',
  'Session',
  'UrlFetchApp',
  'Logger',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'demo/**',
      'data/**',
      '.stryker-tmp/**',
      'reports/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/jobs/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...appsScriptServices.map((name) => ({
          name,
          message: 'core/ and jobs/ stay pure: reach Apps Script only through an adapter in src/sheets.',
        })),
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/local/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/local/**', 'node:*', 'fs', 'path', 'vm', 'crypto'],
              message: 'Server code is bundled for Apps Script: no Node modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
