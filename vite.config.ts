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
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Fixed ports so the printed URL is predictable; strictPort fails loudly instead of drifting. */
const DEV_PORT = 5173;
const PREVIEW_PORT = 4173;

export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
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
