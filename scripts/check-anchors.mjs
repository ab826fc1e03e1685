// Checks every internal link of the built site, including its #anchor, against dist/.
// linkinator (npm run test:links) crawls pages and assets; it does not report links to missing
// headings, so this script reads each page's ids and fails on any link whose target is missing.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = 'dist';

/** Every HTML file under dist/, as [route, html]. */
function pages(dir = DIST) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...pages(path));
    else if (name.endsWith('.html')) out.push([`/${relative(DIST, path).split(sep).join('/')}`.replace(/index\.html$/, ''), readFileSync(path, 'utf8')]);
  }
  return out;
}

const decode = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
const all = pages();
const ids = new Map(all.map(([route, html]) => [route, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1])))]));
const broken = [];
let checked = 0;

for (const [route, html] of all) {
  for (const [, raw] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
    const href = decode(raw);
    if (/^(https?:|mailto:|tel:|javascript:)/.test(href)) continue;
    const url = new URL(href, `http://site${route}`);
    const target = url.pathname;
    const file = target.endsWith('/') ? join(DIST, target, 'index.html') : join(DIST, target);
    checked++;
    if (!existsSync(file)) {
      broken.push(`${route}: ${href} (no such page)`);
      continue;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && target.endsWith('/') && !ids.get(target)?.has(anchor)) broken.push(`${route}: ${href} (no element with id "${anchor}")`);
  }
}

if (broken.length > 0) {
  console.error(`${broken.length} broken internal link(s):\n${broken.map((b) => `  ${b}`).join('\n')}`);
  process.exit(1);
}
console.log(`check-anchors: ${checked} internal links on ${all.length} pages, all targets and anchors exist`);
