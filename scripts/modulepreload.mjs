// Adds <link rel="modulepreload"> to every page of a build for the chunks its client:load islands
// and its module scripts import statically, so the browser fetches them all in the first round
// instead of discovering them import by import (page -> island -> runtime -> engine). Dynamic
// imports (the end of a case, the search index) are left out: they load when needed.
// Called by build-sw.mjs; works under any base path (the URLs keep the prefix the page uses).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g;

/** The chunks a module imports statically, itself included, depth first. */
function closure(astroDir, file, seen = new Set()) {
  if (seen.has(file) || !existsSync(join(astroDir, file))) return seen;
  seen.add(file);
  const code = readFileSync(join(astroDir, file), 'utf8');
  for (const match of code.matchAll(STATIC_IMPORT)) closure(astroDir, match[1], seen);
  return seen;
}

function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** Rewrites the pages of `outDir` in place; returns how many pages got preload links. */
export function addModulePreloads(outDir) {
  const astroDir = join(outDir, '_astro');
  let count = 0;
  for (const path of htmlFiles(outDir)) {
    const html = readFileSync(path, 'utf8');
    if (html.includes('rel="modulepreload"')) continue;
    const entries = [];
    for (const island of html.matchAll(/<astro-island\b[^>]*>/g)) {
      const tag = island[0];
      if (!/\bclient="load"/.test(tag)) continue;
      for (const attr of ['component-url', 'renderer-url']) {
        const url = new RegExp(`${attr}="([^"]+)"`).exec(tag)?.[1];
        if (url) entries.push(url);
      }
    }
    for (const script of html.matchAll(/<script type="module" src="([^"]+)"/g)) entries.push(script[1]);
    const urls = new Set();
    for (const url of entries) {
      const at = url.lastIndexOf('_astro/');
      if (at < 0) continue;
      const prefix = url.slice(0, at + '_astro/'.length);
      for (const file of closure(astroDir, url.slice(prefix.length))) urls.add(prefix + file);
    }
    // The page's own module script is already fetched by its <script> tag.
    for (const script of html.matchAll(/<script type="module" src="([^"]+)"/g)) urls.delete(script[1]);
    if (urls.size === 0) continue;
    const links = [...urls].map((u) => `<link rel="modulepreload" href="${u}">`).join('');
    writeFileSync(path, html.replace('</head>', `${links}</head>`));
    count++;
  }
  return count;
}
