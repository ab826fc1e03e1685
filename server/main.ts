/**
 * `npm start` (after the build): one Node process that serves the built site (dist/) and the
 * live relay (socket.io) on the same origin, so the site's CSP (`connect-src 'self'`) holds.
 *
 *   PORT        port to listen on (4321)
 *   HOST        address to listen on (0.0.0.0, so phones in the room can reach it; 127.0.0.1 for this machine only)
 *   DIST_DIR    the built site (dist)
 *   BASE_PATH   the base path the site was built with; read from dist/relay.json when not set
 *   REDIS_URL   when set, rooms are shared with other relay processes through Redis
 *   TRUST_PROXY 1 behind your own reverse proxy: rate limits per address use X-Forwarded-For
 *
 * No cookies, no access log, no votes or addresses written anywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import sirv from 'sirv';
import { Server } from 'socket.io';
import { LIVE_HEALTH_PATH, LIVE_LIMITS, LIVE_SOCKET_PATH } from '../src/engine/live';
import { attachRelay } from './relay';

const port = Number(process.env['PORT'] ?? 4321);
const hostName = process.env['HOST'] ?? '0.0.0.0';
const dist = resolve(process.env['DIST_DIR'] ?? 'dist');
const redisUrl = process.env['REDIS_URL'];

/** `/x`, `x/` and `/x/` become `/x/` (as normaliseBase in src/lib/url.ts, which needs Vite's import.meta.env). */
function normaliseBase(b: string): string {
  const trimmed = b.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

function builtBase(): string {
  const fromEnv = process.env['BASE_PATH'];
  if (fromEnv) return normaliseBase(fromEnv);
  try {
    const info = JSON.parse(readFileSync(join(dist, 'relay.json'), 'utf8')) as { base?: unknown };
    if (typeof info.base === 'string') return normaliseBase(info.base);
  } catch {
    // No build info: the site is at the root.
  }
  return '/';
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`Geen gebouwde site in ${dist}: draai eerst "npm run build".`);
  process.exit(1);
}

const base = builtBase();
const files = sirv(dist, {
  dev: false,
  etag: true,
  setHeaders(res, pathname) {
    if (pathname.startsWith('/_astro/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    else res.setHeader('Cache-Control', 'no-cache');
  },
});
const notFound = existsSync(join(dist, '404.html')) ? readFileSync(join(dist, '404.html')) : Buffer.from('Niet gevonden');

function site(req: IncomingMessage, res: ServerResponse) {
  // The headers docs/hosting.md asks of a host.
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  const url = req.url ?? '/';
  const path = url.split('?')[0] ?? '/';
  if (path === `${base}${LIVE_HEALTH_PATH.slice(1)}`) {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify({ live: true }));
    return;
  }
  if (base !== '/' && (path === '/' || path === base.slice(0, -1))) {
    res.writeHead(302, { Location: base });
    res.end();
    return;
  }
  if (!path.startsWith(base)) return sendNotFound(res);
  req.url = '/' + url.slice(base.length);
  files(req, res, () => sendNotFound(res));
}

function sendNotFound(res: ServerResponse) {
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
  res.end(notFound);
}

const http = createServer(site);
const io = new Server(http, {
  path: `${base}${LIVE_SOCKET_PATH.slice(1)}`,
  cookie: false,
  serveClient: false,
  maxHttpBufferSize: LIVE_LIMITS.maxPayloadBytes,
  pingInterval: 20_000,
  pingTimeout: 20_000,
});

const closers: (() => Promise<unknown>)[] = [];
if (redisUrl) {
  const pub = createClient({ url: redisUrl });
  const sub = pub.duplicate();
  pub.on('error', (e: Error) => console.error('Redis:', e.message));
  sub.on('error', (e: Error) => console.error('Redis:', e.message));
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub, { requestsTimeout: 3000 }));
  closers.push(() => pub.quit(), () => sub.quit());
}
const relay = attachRelay(io, { clustered: Boolean(redisUrl), trustProxy: process.env['TRUST_PROXY'] === '1' });

http.listen(port, hostName, () => {
  const shown = hostName === '0.0.0.0' ? 'localhost' : hostName;
  console.log(`Veilig Handelen: http://${shown}:${port}${base} (live stemmen aan${redisUrl ? ', kamers gedeeld via Redis' : ''})`);
});

function stop() {
  relay.stop();
  io.close();
  void Promise.allSettled(closers.map((c) => c())).then(() => process.exit(0));
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
