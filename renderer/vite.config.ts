import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

// The renderer is served by core's handleAppRequest from dist/renderer, in Electron and in the browser shell alike,
// so every URL it emits must be relative to the app origin (base '/').
export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome140',
    // No inline scripts or data: modules: the CSP allows only 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The article stylesheet is a second entry with a fixed name: core links every article document to
      // /reader/article.css, and its fonts land in assets/ like the app's own.
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        article: fileURLToPath(new URL('./reader/article.css', import.meta.url)),
      },
      output: {
        assetFileNames: (info) =>
          info.names.includes('article.css') ? 'reader/article.css' : 'assets/[name]-[hash][extname]',
      },
    },
  },
});
