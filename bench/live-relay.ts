/**
 * The relay for the load test (bench/live.ts), in its own process so the clients do not share
 * its CPU time: socket.io and the room logic exactly as server/main.ts sets them up, without
 * the static files. Reports its port on stdout and its memory on request (IPC).
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { LIVE_LIMITS, LIVE_SOCKET_PATH } from '../src/engine/live';
import { attachRelay } from '../server/relay';

const http = createServer();
const io = new Server(http, { path: LIVE_SOCKET_PATH, cookie: false, serveClient: false, maxHttpBufferSize: LIVE_LIMITS.maxPayloadBytes });
// All bench clients share one loopback address: the per-address join limit would stop them.
const relay = attachRelay(io, { clustered: false, joinsPerAddress: { burst: 1_000_000, perSecond: 1_000_000 } });
http.listen(0, '127.0.0.1', () => {
  const address = http.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('message', (m: unknown) => {
  if (m === 'mem') {
    (globalThis as { gc?: () => void }).gc?.();
    process.send?.({ heapUsed: process.memoryUsage().heapUsed, rss: process.memoryUsage().rss, stats: relay.stats() });
  }
  if (m === 'stop') {
    io.close();
    process.exit(0);
  }
});
