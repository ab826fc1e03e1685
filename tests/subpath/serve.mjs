// Serves a build made with a base path (`astro build --base /opleiding/ --outDir dist-sub`) under that
// path only, as an intranet folder would: anything outside the base answers 404, so a link or request
// that escapes the base shows up in the crawl (tests/subpath/crawl.spec.ts). Unknown pages get 404.html.
// Usage: node tests/subpath/serve.mjs <folder> <base> <port>
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

const [dir = 'dist-sub', rawBase = '/opleiding/', port = '4339'] = process.argv.slice(2);
const trimmed = rawBase.replace(/^\/+|\/+$/g, '');
const base = trimmed === '' ? '/' : `/${trimmed}/`;
const notFound = readFileSync(join(dir, '404.html'));
const serve = sirv(dir, { etag: true, dotfiles: false });

createServer((req, res) => {
  const url = req.url ?? '/';
  if (base !== '/' && url === base.slice(0, -1)) {
    res.writeHead(301, { location: base }).end();
    return;
  }
  if (!url.startsWith(base)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`outside the base path ${base}\n`);
    return;
  }
  req.url = url.slice(base.length - 1);
  serve(req, res, () => res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound));
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${dir} at http://127.0.0.1:${port}${base}`));
