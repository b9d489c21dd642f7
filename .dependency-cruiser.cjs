// Layer rules for `npm run lint:boundaries` (dependency-cruiser). Floors, bottom up:
//   rules/ (pure shared rules)  <  db/  <  electron/core  <  electron/router + handlers.ts  <  electron/main|preload|host|cli (the shells)
//   The contract is pure TypeScript shared with the renderer: electron/api (what every domain shares) and each
//   domain's own contract.ts (types) and methods.ts (zod inputs, roles, effect) inside its folder in electron/core.
//   renderer/ talks to the program only through the contract (and pure shared modules outside electron/ and db/).
const CONTRACT = '^electron/(api/|core/.+/(contract|methods)\\.ts$)';
/** A domain's contract and handlers: the files of a domain folder that face the router rather than the database. */
const DOMAIN_DOOR = '^electron/core/.+/(contract|methods|handlers)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle ties two modules into one; move the shared piece down into its own module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'rules-pure',
      severity: 'error',
      comment: 'rules/ is the floor under everything (db, core, contract, renderer): it imports only itself.',
      from: { path: '^rules/' },
      to: { pathNot: '^rules/' },
    },
    {
      name: 'renderer-only-through-api',
      severity: 'error',
      comment:
        "The renderer reaches the program only through the contract (electron/api, a domain's contract.ts and methods.ts), never core, db or a shell.",
      from: { path: '^renderer/' },
      to: { path: '^(db/|electron/)', pathNot: CONTRACT },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      comment: 'The renderer runs in a sandboxed page: no Node built-ins, no electron, no native modules.',
      from: { path: '^renderer/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-no-node-packages',
      severity: 'error',
      comment: 'The renderer runs in a sandboxed page: no electron, no native modules.',
      from: { path: '^renderer/src/' },
      to: { path: '(^|/)node_modules/(electron|better-sqlite3)/' },
    },
    {
      name: 'db-not-electron',
      severity: 'error',
      comment:
        'db/ is the bottom floor: it imports nothing from electron/ (shared enums belong in a module below both).',
      from: { path: '^db/' },
      to: { path: '^electron/' },
    },
    {
      name: 'core-not-shell',
      severity: 'error',
      comment: 'electron/core is plain Node domain code: it never reaches up into the router, handlers or a shell.',
      from: { path: '^electron/core/' },
      to: { path: '^electron/(main|preload|host|cli|start|router|handlers)(/|\\.ts$)' },
    },
    {
      name: 'core-api-types-only',
      severity: 'error',
      comment:
        "electron/core may take types from the shared contract (import type), never its runtime values; a domain's own contract, methods and handlers may.",
      from: { path: '^electron/core/', pathNot: DOMAIN_DOOR },
      to: { path: '^electron/api/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'plain-node-no-electron',
      severity: 'error',
      comment: 'db/, electron/core and electron/api run in plain Node (tests, CLI, dev host): never import electron.',
      from: { path: '^(db|electron/core|electron/api)/' },
      to: { path: '(^|/)node_modules/electron/' },
    },
    {
      name: 'api-pure',
      severity: 'error',
      comment:
        "The contract is pure TypeScript shared with the renderer: it imports neither db/ nor core (except the domains' contracts) nor a shell.",
      from: { path: CONTRACT },
      to: { path: '^(db/|electron/)', pathNot: CONTRACT },
    },
    {
      name: 'contract-no-node',
      severity: 'error',
      comment: 'The contract runs in the sandboxed page too: no Node built-ins.',
      from: { path: CONTRACT },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|release|test-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
