// After tsup: write the JSON Schema of the output (from the zod schemas) into dist/,
// the declarations of the CommonJS entries, and make the CLI executable.
//   node scripts/after-build.mjs [distDir]      (default ./dist)
// The schemas are zod/mini schemas; zod's toJSONSchema reads them like classic ones.
import { writeFileSync, chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(process.argv[2] ?? resolve(root, 'dist'));
const lib = await import(pathToFileURL(resolve(dist, 'index.js')).href);
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'paperfeed FeedResult',
  ...z.toJSONSchema(lib.FeedResultSchema, { target: 'draft-2020-12' }),
};
writeFileSync(resolve(dist, 'paperfeed.schema.json'), JSON.stringify(schema, null, 2) + '\n');
const cli = resolve(dist, 'cli.js');
if (existsSync(cli)) chmodSync(cli, 0o755);

// The CommonJS entries' declarations (.d.cts): the ESM ones (tsup's single declaration
// build) with their relative imports pointing at the .cjs files, which is what a second
// declaration build for CommonJS wrote, at the cost of ~30 s.
for (const f of readdirSync(dist)) {
  if (!f.endsWith('.d.ts') || f === 'cli.d.ts') continue;
  const text = readFileSync(resolve(dist, f), 'utf8').replace(/(from\s+['"]\.\/[^'"]+)\.js(['"])/g, '$1.cjs$2');
  writeFileSync(resolve(dist, f.slice(0, -'.d.ts'.length) + '.d.cts'), text);
}
