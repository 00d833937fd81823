// Vitest browser mode: runs test/browser/** in real Chromium (Debian's /usr/bin/chromium,
// driven by the playwright npm package; no browser download). Tests the BUILT package:
// `paperfeed` and `paperfeed/links` resolve to dist/, so run `npm run build` first
// (`npm run test:browser` does not build; `npm test` does).
//   CHROMIUM_PATH=/path/to/chromium npm run test:browser   to use another binary
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';

// PAPERFEED_DIST=/some/dir tests another build output than ./dist.
const distDir = process.env.PAPERFEED_DIST ?? fileURLToPath(new URL('./dist', import.meta.url));
const dist = (file: string) => `${distDir}/${file}`;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  resolve: {
    alias: [
      { find: /^paperfeed$/, replacement: dist('index.js') },
      { find: /^paperfeed\/links$/, replacement: dist('links.js') },
    ],
  },
  optimizeDeps: {
    // Pre-bundle the runtime dependencies up front, so no mid-run reload.
    include: ['zod', 'linkify-it', 'unified', 'remark-parse'],
  },
  test: {
    include: ['test/browser/**/*.browser.test.ts'],
    testTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
