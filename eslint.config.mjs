import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

/** Files under `files` may not import from the named top-level folders of src. */
function layer(files, forbidden) {
  const group = forbidden.map((f) => `**/${f}/**`).concat(forbidden.map((f) => `**/${f}`));
  const message = `${files.replace('/**', '')} may not import from ${forbidden.join(', ')}: see the layers in eslint.config.mjs`;
  return [
    { files: [files], rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] } },
  ];
}

export default [
  { ignores: ['node_modules/', 'dist/', 'lib/', 'coverage/', 'out/', 'test-results/'] },
  ...officeAddins.configs.react,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // a sync inside a loop is the one performance bug this product must not have
      'office-addins/no-context-sync-in-loop': 'error',
      'react/react-in-jsx-scope': 'off',
      'no-undef': 'off',
      'no-redeclare': 'off',
    },
  },
  {
    // one function, one job: split along the seams a function already marks (numbered steps, phases)
    files: ['src/**/*.{ts,tsx}', 'corpus/**/*.ts'],
    rules: {
      complexity: ['error', 15],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  // The layers, enforced: engine at the bottom (pure TypeScript, no workbook, no surface), pipeline stages
  // over it, the session over the stages, surfaces (CLI, pane, ribbon) over the session and a gateway.
  ...layer('src/engine/**', ['gateways', 'session', 'pipeline', 'surfaces', 'cli', 'export']),
  ...layer('src/pipeline/**', ['gateways', 'session', 'surfaces', 'cli']),
  ...layer('src/export/**', ['gateways', 'session', 'pipeline', 'surfaces', 'cli']),
  ...layer('src/gateways/**', ['session', 'pipeline', 'surfaces', 'cli']),
  ...layer('src/session/**', ['surfaces', 'cli']),
  // what the host offers (Node's zlib where there is one), for any layer: it imports none of them
  ...layer('src/platform/**', ['engine', 'pipeline', 'export', 'gateways', 'session', 'surfaces', 'cli']),
  // the command line calls the session's operations, never a pipeline stage or engine module directly
  ...layer('src/cli/**', ['pipeline', 'engine', 'export', 'surfaces', 'gateways/office']),
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { 'no-undef': 'off' },
  },
  {
    // exceljs objects look like Office.js proxies to these rules, but they need no load/sync
    files: ['src/gateways/xlsx/**', 'test/**', 'scripts/**', 'bench/**'],
    rules: {
      'office-addins/load-object-before-read': 'off',
      'office-addins/call-sync-before-read': 'off',
      'office-addins/call-sync-after-load': 'off',
    },
  },
];
