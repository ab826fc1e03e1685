// Generates dist/sw.js after `astro build`: a Workbox service worker that precaches every page,
// script, style, case page and the search index, so the site works offline after one visit.
// A new deploy installs beside the old one and waits; the page offers "Nu vernieuwen" and only
// then does the new worker take over, so nobody gets half an update.
import { generateSW } from 'workbox-build';

const { count, size, warnings } = await generateSW({
  globDirectory: 'dist',
  globPatterns: ['**/*.{html,js,css,svg,json,webmanifest,ico,png,txt}'],
  globIgnores: ['sw.js', '**/_headers'],
  swDest: 'dist/sw.js',
  mode: 'production',
  inlineWorkboxRuntime: true,
  sourcemap: false,
  // Pages are static: /zoeken/?q=… and /afwegingskader/?afweging=… are the same file offline.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  cleanupOutdatedCaches: true,
  // Take control on the first visit so the site works offline straight away; updates wait for the user.
  clientsClaim: true,
  skipWaiting: false,
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
});

for (const warning of warnings) console.warn(`[sw] ${warning}`);
console.log(`[sw] precaching ${count} files, ${(size / 1024).toFixed(0)} KiB`);
