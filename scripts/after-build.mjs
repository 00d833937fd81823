// After tsup: write the JSON Schema of the output (from the zod schemas) into dist/,
// and make the CLI executable.
import { writeFileSync, chmodSync, existsSync } from 'node:fs';
import * as z from 'zod';

const lib = await import('../dist/index.js');
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'paperfeed FeedResult',
  ...z.toJSONSchema(lib.FeedResultSchema, { target: 'draft-2020-12' }),
};
writeFileSync(new URL('../dist/paperfeed.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
const cli = new URL('../dist/cli.js', import.meta.url);
if (existsSync(cli)) chmodSync(cli, 0o755);
