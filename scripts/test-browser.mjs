// `npm run test:browser`: the browser tests (test/browser/**) in real Chromium, via
// vitest browser mode + playwright, against the built dist/ (build first).
// Chromium: $CHROMIUM_PATH or Debian's /usr/bin/chromium
// (`apt-get update && apt-get install -y --no-install-recommends chromium`; .ci/run does
// this). Never downloads a browser. Without Chromium: fails under CI=true, otherwise
// prints a loud SKIPPED line and exits 0, so `npm test` still runs on a bare machine.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(new URL('../dist/index.js', import.meta.url)) && !process.env.PAPERFEED_DIST) {
  console.error('test:browser: dist/index.js is missing: run `npm run build` first');
  process.exit(1);
}
if (!existsSync(chromium)) {
  const msg = `Chromium not found at ${chromium}: apt-get update && apt-get install -y --no-install-recommends chromium (or set CHROMIUM_PATH)`;
  if (process.env.CI) {
    console.error(`test:browser: FAILED: ${msg}`);
    process.exit(1);
  }
  console.warn(`test:browser: SKIPPED (browser tests did not run): ${msg}`);
  process.exit(0);
}
const r = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.browser.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', CHROMIUM_PATH: chromium },
});
process.exit(r.status ?? 1);
