// Import direction for src/ (run by `npm run lint`). Type-only imports count too: a type that must be imported
// upward is a type that lives in the wrong place.
//
// From the bottom up: shared/ and the small leaf modules (ids, instant, phone, config, security, net, filters,
// templates, limits, audit's diffs); db/; the domain services (tags, incoming, health, observability, temporal,
// delivery);
// activities/ and workflows/; the API; the processes (main, worker, process, dev, simulator's CLI).
const LOWER_THAN_API = '^src/(shared|db|tags|incoming|health|observability|audit|temporal|delivery|activities|workflows|templates|filters|limits|security|net)/|^src/(ids|instant|phone|config)\\.ts$';

module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'Modules must not import each other, however indirectly.', from: { path: '^src/' }, to: { circular: true } },
    { name: 'api-on-top', severity: 'error', comment: 'Only the API (and the processes that start it) may import it.', from: { path: LOWER_THAN_API }, to: { path: '^src/api/' } },
    { name: 'shared-is-the-bottom', severity: 'error', comment: 'shared/ holds the domain types and pure rules everything else builds on.', from: { path: '^src/shared/' }, to: { path: '^src/(?!shared/)' } },
    {
      name: 'db-below-services',
      severity: 'error',
      comment: 'Repositories take and return their own types; they never reach into the layers that use them.',
      from: { path: '^src/db/' },
      to: { path: '^src/(api|activities|workflows|temporal|delivery|incoming|simulator|tags|health|observability)/' },
    },
    {
      name: 'services-below-activities',
      severity: 'error',
      comment: 'Activities and workflows compose the services; the services do not import them.',
      from: { path: '^src/(delivery|incoming|temporal|tags|templates|filters|health|observability|audit)/' },
      to: { path: '^src/(activities|simulator)/' },
    },
    {
      name: 'workflows-are-deterministic',
      severity: 'error',
      comment: 'Workflow code runs in the sandbox: it may use shared/ and the types of the activities it calls.',
      from: { path: '^src/workflows/' },
      to: { path: '^src/(?!shared/|workflows/|activities/)', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
