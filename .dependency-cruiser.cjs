// The layout's "never"s (CONTRIBUTING.md), checked by `npm run lint`; test/lint/boundaries.test.ts shows each rule firing.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles anywhere: a cycle means two files are one idea, or one of them is in the wrong place.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      comment: 'src/core knows no browser, storage, network or UI text: it is given plain values and returns plain values.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: ['^src/(background|popup|options|store|net|shared)/', 'node_modules/(webextension-polyfill|idb|preact)/'] },
    },
    {
      name: 'net-and-store-speak-in-codes',
      comment: 'src/net and src/store return codes and values (phrases, src/core/explain/phrase.ts); the popup, the options page and the background word them with t().',
      severity: 'error',
      from: { path: '^src/(net|store)/' },
      to: { path: '^src/shared/i18n' },
    },
    {
      name: 'pages-talk-by-messages',
      comment: 'The popup, the options and the welcome page reach the background by messages only, never by importing it or opening its store.',
      severity: 'error',
      from: { path: '^src/(popup|options|welcome)/' },
      to: { path: '^src/(background|store)/' },
    },
    {
      name: 'collector-shares-only-the-report-schema',
      comment: 'The collector shares one thing with the extension: the report schema (src/core/report) and what it needs.',
      severity: 'error',
      from: { path: '^collector/' },
      to: { path: '^src/', pathNot: '^src/core/(report|providers)/' },
    },
    {
      name: 'shipped-code-imports-no-tests-or-tools',
      comment: 'Nothing shipped imports tests, scripts or benchmarks.',
      severity: 'error',
      from: { path: '^(src|collector)/' },
      to: { path: '^(test|scripts|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
