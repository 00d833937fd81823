import { defineConfig } from 'tsup';

// ESM and CJS. unified, remark-parse and their family are ESM-only: a CJS build that
// require()s them crashes at run time (`unified().use()` gets a namespace), so the CJS
// build bundles them (noExternal) while the ESM build keeps them as dependencies.
const esmOnly = [/^unified/, /^remark-/, /^micromark/, /^mdast-/, /^unist-/, /^vfile/, /^bail$/, /^trough$/, /^is-plain-obj$/, /^devlop$/, /^extend$/, /^decode-named-character-reference$/, /^character-entities/, /^ccount$/, /^zwitch$/, /^longest-streak$/];

const entry = {
  index: 'src/index.ts',
  links: 'src/links.ts',
  node: 'src/node/index.ts',
  cli: 'src/cli.ts',
};

export default defineConfig([
  {
    entry,
    format: ['esm'],
    dts: true,
    sourcemap: false,
    clean: true,
    treeshake: true,
    target: 'es2022',
    splitting: true,
  },
  {
    // The CLI is ESM only (bin: dist/cli.js); require() needs the library entries alone.
    entry: { index: entry.index, links: entry.links, node: entry.node },
    format: ['cjs'],
    dts: true,
    sourcemap: false,
    clean: false,
    treeshake: true,
    target: 'es2022',
    noExternal: esmOnly,
  },
]);
