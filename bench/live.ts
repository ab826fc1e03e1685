/**
 * `npm run bench:live`: a bounded load test of the live relay on loopback. The relay runs in its
 * own process (bench/live-relay.ts); this process plays the trainers and the phones with
 * socket.io-client. Per load level: R rooms of P phones vote through D decisions (each phone votes
 * once at a random moment within VOTE_WINDOW_MS, some change their vote). Printed per level:
 * vote-to-projector latency (a vote sent until the trainer's counts include it) p50/p95/max,
 * lost votes, messages per second through the relay, and the relay's memory per room.
 * Levels grow until p95 passes 100 ms or a vote is lost: that is where it degrades.
 * Usage: npm run bench:live [-- --rooms 50 --participants 40 --decisions 5]
 */
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import { LIVE_SOCKET_PATH, type LiveCounts, type LiveView } from '../src/engine/live';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const PARTICIPANTS = arg('participants', 40);
const DECISIONS = arg('decisions', 5);
const BASE_ROOMS = arg('rooms', 50);
const VOTE_WINDOW_MS = 3000;
const LEVELS = [BASE_ROOMS, BASE_ROOMS * 2, BASE_ROOMS * 3, BASE_ROOMS * 4];
const OPTIONS = ['a', 'b', 'c'];

const relay = fork(new URL('./live-relay.ts', import.meta.url).pathname, [], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const fromRelay = <T>(request?: string) =>
  new Promise<T>((resolve) => {
    relay.once('message', (m) => resolve(m as T));
    if (request) relay.send(request);
  });
const { port } = await fromRelay<{ port: number }>();
const url = `http://127.0.0.1:${port}`;

const connect = () =>
  new Promise<Socket>((resolve, reject) => {
    const s = io(url, { path: LIVE_SOCKET_PATH, transports: ['websocket'], reconnection: false, forceNew: true });
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
const view = (key: string, phase: 'stemmen' | 'uitkomst'): LiveView =>
  phase === 'stemmen'
    ? { phase, key, position: 'Beslissing', title: 'Wat doe je?', text: ['Een situatie van een paar zinnen, zoals in een casus.'], options: OPTIONS.map((id, i) => ({ id, letter: 'ABC'[i]!, text: `Keuze ${id}` })) }
    : { phase, key, position: 'Beslissing', title: 'Wat doe je?', options: OPTIONS.map((id, i) => ({ id, letter: 'ABC'[i]!, text: `Keuze ${id}` })), reveal: [], expertChoiceId: 'a', chosenId: 'a' };
const code = (i: number) => {
  const alphabet = 'ABCDEFGHJKMNPQRTUVWXY346789';
  let n = i + 1000 * Math.floor(Math.random() * 1e6);
  let c = '';
  for (let k = 0; k < 8; k++) {
    c += alphabet[n % alphabet.length];
    n = Math.floor(n / alphabet.length);
  }
  return c;
};
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
const token = 'T'.repeat(43);

interface Level {
  rooms: number;
  p50: number;
  p95: number;
  max: number;
  lost: number;
  msgPerSec: number;
  kbPerRoom: number;
}

async function runLevel(rooms: number): Promise<Level> {
  const before = await fromRelay<{ heapUsed: number }>('mem');
  const trainers: Socket[] = [];
  const phones: Socket[][] = [];
  const codes = Array.from({ length: rooms }, (_, i) => code(i));
  for (let r = 0; r < rooms; r++) {
    const t = await connect();
    await t.emitWithAck('host', { code: codes[r], token, view: view('0', 'stemmen') });
    trainers.push(t);
    const list: Socket[] = [];
    for (let p = 0; p < PARTICIPANTS; p++) list.push(await connect());
    await Promise.all(list.map((s, p) => s.emitWithAck('join', { code: codes[r], participant: `bench-${r}-${p}-xxxxxxxxxxxx` })));
    phones.push(list);
  }
  const latencies: number[] = [];
  let lost = 0;
  let messages = 0;
  const started = performance.now();
  for (let d = 1; d <= DECISIONS; d++) {
    const key = `${d}`;
    // Per room: when each vote was sent, in order; a counts event with `voted = n` has seen the n-th.
    const sent: number[][] = codes.map(() => []);
    const seen = codes.map(() => 0);
    const done = codes.map(() => false);
    const allCounted = new Promise<void>((resolve) => {
      trainers.forEach((t, r) => {
        t.off('counts');
        t.on('counts', (c: LiveCounts) => {
          messages++;
          if (c.key !== key) return;
          const now = performance.now();
          while (seen[r]! < c.voted && seen[r]! < sent[r]!.length) latencies.push(now - sent[r]![seen[r]!++]!);
          if (c.voted >= PARTICIPANTS && !done[r]) {
            done[r] = true;
            if (done.every(Boolean)) resolve();
          }
        });
      });
    });
    await Promise.all(trainers.map((t, r) => t.emitWithAck('host', { code: codes[r], token, view: view(key, 'stemmen') })));
    messages += rooms * 2;
    const votes = phones.flatMap((list, r) =>
      list.map(
        (s, p) =>
          new Promise<void>((resolve) => {
            setTimeout(() => {
              sent[r]!.push(performance.now());
              s.emit('vote', { code: codes[r], participant: `bench-${r}-${p}-xxxxxxxxxxxx`, key, optionId: OPTIONS[(p + d) % OPTIONS.length] }, () => {
                messages += 2;
                resolve();
              });
            }, Math.random() * VOTE_WINDOW_MS);
          }),
      ),
    );
    await Promise.all(votes);
    await Promise.race([allCounted, new Promise((r) => setTimeout(r, 10_000))]);
    lost += done.filter((x) => !x).length === 0 ? 0 : codes.reduce((sum, _, r) => sum + (PARTICIPANTS - seen[r]!), 0);
    await Promise.all(trainers.map((t, r) => t.emitWithAck('host', { code: codes[r], token, view: view(key, 'uitkomst') })));
    messages += rooms * (2 + PARTICIPANTS);
  }
  const seconds = (performance.now() - started) / 1000;
  const after = await fromRelay<{ heapUsed: number }>('mem');
  for (const s of [...trainers, ...phones.flat()]) s.disconnect();
  latencies.sort((a, b) => a - b);
  return {
    rooms,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    max: latencies.at(-1) ?? 0,
    lost,
    msgPerSec: messages / seconds,
    kbPerRoom: (after.heapUsed - before.heapUsed) / rooms / 1024,
  };
}

console.log(`bench:live: ${PARTICIPANTS} phones per room, ${DECISIONS} decisions, votes spread over ${VOTE_WINDOW_MS / 1000} s, relay in its own process`);
console.log('rooms  phones  p50 ms  p95 ms  max ms  lost  msg/s   heap/room');
for (const rooms of LEVELS) {
  const r = await runLevel(rooms);
  console.log(
    `${String(r.rooms).padStart(5)}  ${String(r.rooms * PARTICIPANTS).padStart(6)}  ${r.p50.toFixed(1).padStart(6)}  ${r.p95.toFixed(1).padStart(6)}  ${r.max.toFixed(0).padStart(6)}  ${String(r.lost).padStart(4)}  ${r.msgPerSec.toFixed(0).padStart(5)}  ${r.kbPerRoom.toFixed(0).padStart(6)} kB`,
  );
  if (r.p95 >= 100 || r.lost > 0) {
    console.log(`Degrades at ${r.rooms} rooms (${r.rooms * PARTICIPANTS} phones): ${r.lost > 0 ? `${r.lost} votes lost` : `p95 ${r.p95.toFixed(0)} ms ≥ 100 ms`}.`);
    break;
  }
  await new Promise((r) => setTimeout(r, 500));
}
relay.send('stop');
process.exit(0);
