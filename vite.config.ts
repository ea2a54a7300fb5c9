/**
 * Vite configuration for the Crossings web app.
 *
 * The model runs in a module Web Worker, so workers are built as ES modules. seedrandom is a
 * CommonJS package imported from that worker: pre-bundling it stops the dev server from
 * reloading the page the first time the worker loads it. The views and their charts are imported
 * lazily (React.lazy in src/app/App.tsx and in the views), so Recharts and its d3 helpers land in a
 * chunk of their own and the first chunk stays small.
 *
 * `base: './'` makes every URL in the build relative (scripts, styles, lazy chunks, the model
 * workers, the favicon), so dist/ works from any folder of any static host — a university web
 * space at /~name/crossings/ as well as the room server's root. The app's own routes live in the
 * #hash, so no server rewrite is needed.
 *
 * The build carries its Content-Security-Policy in a <meta> tag (contentSecurityPolicyMeta below).
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { metaContentSecurityPolicy } from './server/security-headers.ts';
import { contentTitles } from './scripts/vite-content-titles.ts';

/**
 * The Content-Security-Policy of the built app, as the first element of its <head>: only the
 * app's own origin, its model workers, and pictures it makes itself (the room server sends the
 * same policy as a header; one declaration, server/security-headers.ts). Only in the build: the
 * development server needs inline scripts and its own socket for hot reloading.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'crossings-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // Right after the charset, before any script or style: a policy covers only what follows it.
        const charset = '<meta charset="UTF-8" />';
        if (!html.includes(charset)) throw new Error(`index.html: no ${charset} to put the Content-Security-Policy after`);
        return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy()}" />`);
      },
    },
  };
}

/** Fixed ports so the printed URL is predictable; strictPort fails loudly instead of drifting. */
const DEV_PORT = 5173;
const PREVIEW_PORT = 4173;

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicyMeta(), contentTitles()],
  build: {
    target: 'es2022',
    rolldownOptions: {
      // models/ is pure (lint-enforced: no DOM, no clock, no global state), so a model file whose
      // exports the page does not use can go: without this, a top-level constant computed by a
      // call (e.g. leverSpecOf(...) in simulation.ts) keeps the whole simulation, its phases and
      // seedrandom in the page's first chunks, although only the worker runs them.
      treeshake: { moduleSideEffects: [{ test: /[\\/]models[\\/]/, sideEffects: false }] },
    },
  },
  worker: {
    format: 'es',
  },
  optimizeDeps: {
    include: ['seedrandom'],
  },
  server: {
    port: DEV_PORT,
    strictPort: true,
    open: false,
  },
  preview: {
    port: PREVIEW_PORT,
    strictPort: true,
    open: false,
  },
});
