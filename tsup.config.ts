import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

// ESM and CJS. unified, remark-parse and their family are ESM-only: a CJS build that
// require()s them crashes at run time (`unified().use()` gets a namespace), so the CJS
// build bundles them (noExternal) while the ESM build keeps them as dependencies.
const esmOnly = [/^unified/, /^remark-/, /^micromark/, /^mdast-/, /^unist-/, /^vfile/, /^bail$/, /^trough$/, /^is-plain-obj$/, /^devlop$/, /^extend$/, /^decode-named-character-reference$/, /^character-entities/, /^ccount$/, /^zwitch$/, /^longest-streak$/];

/**
 * Fields of `src/data/*.json` that no code reads at run time: documentation (`$comment`)
 * and data kept for people (`domain` of a dataset, `codeHosts`). The build leaves them out
 * of dist/ (the source files keep them); esbuild prints the rest minified. Before reading
 * one of them in src/, remove it here: test/package.test.ts checks that src/ reads none of
 * them and that dist/ gives the same results as src/.
 */
export const unreadDataFields: Record<string, { top: string[]; perItem?: Record<string, string[]> }> = {
  'hosts.json': { top: ['$comment', 'countryTldsNeedPath', 'codeHosts'] },
  'datasets.json': { top: ['$comment'], perItem: { datasets: ['domain'] } },
  'metrics.json': { top: ['$comment'] },
  'coverage-hosts.json': { top: ['$comment'] },
  'venues.json': { top: ['$comment'] },
  'furniture.json': { top: ['$comment'] },
};

/** Loads src/data/*.json without the unread fields. */
const compactData: Plugin = {
  name: 'paperfeed-compact-data',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]data[\\/][^\\/]+\.json$/ }, (args) => {
      const data = JSON.parse(readFileSync(args.path, 'utf8')) as Record<string, unknown>;
      const drop = unreadDataFields[basename(args.path)];
      if (drop) {
        for (const k of drop.top) delete data[k];
        for (const [list, fields] of Object.entries(drop.perItem ?? {})) {
          data[list] = (data[list] as Record<string, unknown>[]).map((item) => {
            const copy = { ...item };
            for (const f of fields) delete copy[f];
            return copy;
          });
        }
      }
      return { contents: JSON.stringify(data), loader: 'json' };
    });
  },
};

/**
 * The ESM build bundles its dependencies as well: loading them as ~150 separate modules
 * (zod alone is ~60 files) cost more than half of the import time. zod stays a dependency
 * for the types of the exported schemas.
 */
const esmBundled = [/^zod/, /^linkify-it$/, /^uc\.micro$/, /^mdurl$/, /^punycode/];

/**
 * vfile (remark's file type) picks `path`, `process` and `url` from Node through the
 * `node` condition of its `#minpath`, `#minproc` and `#minurl` imports. The bundled core
 * must stay browser-safe, so the build always takes vfile's own browser variants (plain
 * JavaScript, the same behaviour for the little of them remark uses).
 */
const vfileBrowser: Plugin = {
  name: 'paperfeed-vfile-browser',
  setup(build) {
    build.onResolve({ filter: /^#min(path|proc|url)$/ }, (args) => ({
      path: `${args.resolveDir}/${args.path.slice(1)}.browser.js`,
    }));
  },
};

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
    esbuildOptions(options) {
      options.minifyWhitespace = true;
      options.minifySyntax = true;
    },
    // decode-named-character-reference stays external: its browser variant asks the DOM,
    // its Node variant carries a 44 KB entity table, and only the user's bundler knows
    // which one it needs.
    noExternal: [...esmOnly, ...esmBundled].filter((re) => !re.test('decode-named-character-reference') && !re.test('character-entities')),
    external: ['decode-named-character-reference'],
    esbuildPlugins: [compactData, vfileBrowser],
  },
  {
    // The CLI is ESM only (bin: dist/cli.js); require() needs the library entries alone.
    // Their declarations (.d.cts) are the ESM ones with the imports pointing at .cjs,
    // written by scripts/after-build.mjs: a second declaration build took ~30 s.
    entry: { index: entry.index, links: entry.links, node: entry.node },
    format: ['cjs'],
    dts: false,
    sourcemap: false,
    clean: false,
    treeshake: true,
    target: 'es2022',
    noExternal: esmOnly,
    esbuildPlugins: [compactData, vfileBrowser],
  },
]);
