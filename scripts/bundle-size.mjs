// Browser bundle sizes of the built package: bundles an entry of dist/ with esbuild for
// the browser (minified, tree-shaken, everything inlined) and gzips the result.
//   node scripts/bundle-size.mjs [distDir]      prints the sizes and what dominates
// Used by test/package.test.ts for the size budgets.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Budgets in bytes of gzip. */
export const budgets = { index: 150 * 1024, links: 10 * 1024 };

/**
 * Bundles `import * as m from '<distDir>/<entry>.js'` (all exports kept) for the browser.
 * Returns { minified, gzip, inputs } where inputs are [path, bytesInOutput] largest first.
 */
export async function measure(entry, distDir = resolve(root, 'dist'), names = '*') {
  const file = resolve(distDir, `${entry}.js`).replaceAll('\\', '/');
  const contents = names === '*'
    ? `export * from ${JSON.stringify(file)};`
    : `export { ${names.join(', ')} } from ${JSON.stringify(file)};`;
  const { code, inputs } = await browserBundle({ stdin: { contents, resolveDir: root, sourcefile: `size-${entry}.js` }, nodePaths: [resolve(root, 'node_modules')] });
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs, code: Buffer.from(code).toString('utf8') };
}

/**
 * What a browser bundle is made of, by source file and package: dist/ has its
 * dependencies bundled in (import time), which hides them from `measure`, so this bundles
 * `src/<entry>.ts` the same way and returns [path, bytesInOutput] largest first.
 */
export async function composition(entry) {
  return (await browserBundle({ entryPoints: [resolve(root, 'src', `${entry}.ts`)] })).inputs;
}

/** One minified browser ESM bundle in memory: its code and [input path, bytes in output], largest first. */
async function browserBundle(options) {
  const result = await build({ ...options, bundle: true, write: false, minify: true, format: 'esm', platform: 'browser', target: 'es2022', metafile: true, logLevel: 'silent' });
  const out = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(out.inputs)
    .map(([path, v]) => [path, v.bytesInOutput])
    .sort((a, b) => b[1] - a[1]);
  return { code: result.outputFiles[0].contents, inputs };
}

/** Sums bytesInOutput per package (node_modules/<name>) or per dist file. */
export function byPackage(inputs) {
  const m = new Map();
  for (const [path, n] of inputs) {
    const mm = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const key = mm ? mm[1] : path.replace(/^.*\/(dist|src)\//, '$1/');
    m.set(key, (m.get(key) ?? 0) + n);
  }
  return [...m].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const distDir = resolve(process.argv[2] ?? resolve(root, 'dist'));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const entry of ['index', 'links']) {
    const r = await measure(entry, distDir);
    console.log(`${entry}: ${kb(r.minified)} minified, ${kb(r.gzip)} gzip (budget ${kb(budgets[entry])})`);
    for (const [k, n] of byPackage(await composition(entry)).slice(0, 12)) console.log(`   ${kb(n).padStart(9)}  ${k}`);
  }
}
