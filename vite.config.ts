/**
 * Vite configuration for the Crossings web app.
 *
 * The model runs in a module Web Worker, so workers are built as ES modules. seedrandom (its Alea
 * generator, see the alias below) is CommonJS imported from that worker: pre-bundling it stops the dev server from
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
 *
 * Offline and installable (offlineApp below): a service worker precaches the app shell and every
 * lazy chunk, so that after one visit every view opens with the network cut.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { metaContentSecurityPolicy } from './server/security-headers.ts';
import { contentTitles } from './scripts/vite-content-titles.ts';
import { builtInScenarios } from './scripts/vite-built-in-scenarios.ts';
import { catalogueParts } from './scripts/vite-catalogue-parts.ts';

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

/**
 * The service worker and the web app manifest (vite-plugin-pwa, Workbox's generateSW). Precached:
 * index.html and every built file — the entry, each view's lazy chunk, the model workers, the
 * language catalogues and the scenario texts (all JavaScript chunks), the styles and the icons.
 * Not precached, and never cached: `room-addresses.json` (which server and addresses serve the
 * app, live) and the room's WebSocket (a service worker never sees WebSocket traffic), so a
 * phone joining a room always talks to the server. Every address is relative (`base: './'`):
 * the worker's scope is the folder the app is served from, so hosting under a sub-path works.
 * Registration is a small external script (`registerSW.js`, no inline script, so the CSP is
 * unchanged); a new build takes over at the next visit (`autoUpdate`).
 */
function offlineApp() {
  return VitePWA({
    registerType: 'autoUpdate',
    injectRegister: 'script',
    // Every file of the build is in globPatterns already: no second entry for the icons.
    includeManifestIcons: false,
    manifest: {
      name: 'Crossings: migrant smuggling and human security',
      short_name: 'Crossings',
      description: 'A deterministic agent-based simulator of migrant smuggling, for teaching human security.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b3d5c',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      // The model's chunks and the charts' are large; none is near this, but a silent skip would break offline use.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // Any address of the app (a query of explorer settings, ?lang=fr) opens the cached page offline.
      navigateFallback: 'index.html',
      // room-addresses.json is not a navigation, and not in globPatterns: always from the network.
      navigateFallbackDenylist: [/room-addresses\.json$/, /\/room$/],
      cleanupOutdatedCaches: true,
    },
  });
}

/** Fixed ports so the printed URL is predictable; strictPort fails loudly instead of drifting. */
const DEV_PORT = 5173;
const PREVIEW_PORT = 4173;

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicyMeta(), contentTitles(), builtInScenarios(), catalogueParts(), offlineApp()],
  build: {
    target: 'es2022',
    rolldownOptions: {
      // models/ is pure (lint-enforced: no DOM, no clock, no global state), so a model file whose
      // exports the page does not use can go: without this, a top-level constant computed by a
      // call (e.g. leverSpecOf(...) in simulation.ts) keeps the whole simulation, its phases and
      // seedrandom in the page's first chunks, although only the worker runs them.
      treeshake: { moduleSideEffects: [{ test: /[\\/]models[\\/]/, sideEffects: false }] },
      output: {
        codeSplitting: {
          groups: [
            // zod in a chunk of its own: several lazy chunks share it (a link's or a file's
            // decoding, Compare, the seminar), and left to itself the bundler put it in a shared
            // chunk the first screen loads.
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]shared[\\/]zod-jitless\.ts$/ },
            // The model's declarations the first screen reads (levers, outputs, routes, indices, the
            // calibration values and the stored fit) in one chunk. Left to itself, the bundler cut
            // them in three by which lazy chunks reach each one, and the first screen loaded all
            // three (1 kB more gzip than one). The calibration constants' explanations
            // (calibration-docs.ts) stay out: only the panels that show them load them.
            { name: 'declarations', test: /[\\/]models[\\/](outputs|routes|indices|params[\\/](levers|calibration|calibration-fit|spec))\.(ts|json)$/ },
          ],
        },
      },
    },
  },
  worker: {
    format: 'es',
  },
  resolve: {
    // The page's zod is configured not to compile parsers with `new Function` (the CSP forbids
    // it): every `import … from 'zod'` gets src/shared/zod-jitless.ts, which sets that up.
    alias: [
      { find: /^zod$/, replacement: fileURLToPath(new URL('./src/shared/zod-jitless.ts', import.meta.url)) },
      // The model uses seedrandom's Alea generator only: the page and its workers get that one
      // file instead of the package's seven generators (src/shared/seedrandom-alea.ts).
      { find: /^seedrandom$/, replacement: fileURLToPath(new URL('./src/shared/seedrandom-alea.ts', import.meta.url)) },
    ],
  },
  optimizeDeps: {
    include: ['seedrandom/lib/alea'],
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
