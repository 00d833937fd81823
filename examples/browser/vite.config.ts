// The example app: `npm run example:browser` (dev server) or `npm run example:browser:build`
// from the repo root. It imports `paperfeed` as a user would; inside this repo that name
// points at the built dist/ (run `npm run build` first).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const dist = (file: string) => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: {
    alias: [
      { find: /^paperfeed$/, replacement: dist('index.js') },
      { find: /^paperfeed\/links$/, replacement: dist('links.js') },
    ],
  },
  // The app inlines the 130 KB sample feed; the library itself is measured by test/package.test.ts.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1024 },
});
