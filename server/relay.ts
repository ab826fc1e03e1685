/**
 * The live relay: a thin socket.io adapter over the room logic in src/engine/live/room.ts.
 * It checks every message (schema, rate limit, size), calls the pure room functions and
 * passes the results on. Rooms live in the memory of the process where the trainer is
 * connected. With several processes (REDIS_URL, the Redis adapter) a process that gets a
 * join or a vote for a room it does not hold asks the others (serverSideEmit), and the room's
 * process answers; views go to the phones through the adapter's broadcast, wherever they
 * are connected. When a trainer comes back on another process, that process takes the room
 * over from the old one. Nothing is written to disk and nothing is logged per message.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Server, Socket } from 'socket.io';
import { LIVE_EVENTS, LIVE_LIMITS, type JoinMessage, type LiveRefusal, type LiveView, type VoteMessage } from '../src/engine/live';
import { BucketMap, fullBucket, take, type Bucket } from '../src/engine/live';
import { counts, findRoom, host, join, sweep, vote, type Room, type Rooms } from '../src/engine/live';
import { hostSchema, joinSchema, voteSchema } from '../src/engine/live/server';

export interface RelayOptions {
  /** True when other relay processes share the rooms through the Redis adapter. */
  clustered: boolean;
  /** Take the client address from X-Forwarded-For (behind a proxy you run yourself). */
  trustProxy?: boolean;
  now?: () => number;
  /** Join attempts per address; only the load test (bench/live.ts, all clients on one loopback address) raises it. */
  joinsPerAddress?: { burst: number; perSecond: number };
}

/** Numbers only: how many messages passed and how many were refused, by reason. */
export interface RelayStats {
  messages: number;
  refused: Partial<Record<LiveRefusal, number>>;
  rooms: number;
}

type Ack = (reply: unknown) => void;
type RoomSnapshot = { view: LiveView; participants: string[]; votes: [string, string][]; refused: number; epoch: string };
type Remote<T> = { ok: true; value: T } | { ok: false; error: LiveRefusal } | null;

const ALLOWED = new Set<string>([LIVE_EVENTS.host, LIVE_EVENTS.join, LIVE_EVENTS.vote]);
const phones = (code: string) => `live:${code}`;
const trainers = (code: string) => `host:${code}`;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

export function attachRelay(io: Server, options: RelayOptions): { stats: () => RelayStats; stop: () => void } {
  const now = options.now ?? Date.now;
  const rooms: Rooms = new Map();
  /** A random label per room creation: when it changes, the phones join again and resend their vote. */
  const epochs = new Map<string, string>();
  const joinsPerAddress = new BucketMap(options.joinsPerAddress ?? LIVE_LIMITS.joinsPerAddress);
  const refused: RelayStats['refused'] = {};
  let messages = 0;

  const refuse = (ack: Ack | undefined, error: LiveRefusal) => {
    refused[error] = (refused[error] ?? 0) + 1;
    ack?.({ ok: false, error });
  };
  const epochOf = (code: string) => {
    let e = epochs.get(code);
    if (!e) {
      e = randomBytes(6).toString('base64url');
      epochs.set(code, e);
    }
    return e;
  };
  const sendCounts = (room: Room) => io.to(trainers(room.code)).emit(LIVE_EVENTS.counts, counts(room));
  const sendView = (room: Room) => io.to(phones(room.code)).emit(LIVE_EVENTS.view, { view: room.view, epoch: epochOf(room.code) });

  /** Asks the other processes; the first answer that is not null wins. */
  async function ask<T>(event: string, payload: unknown): Promise<Remote<T>> {
    if (!options.clustered) return null;
    try {
      const responses = (await io.serverSideEmitWithAck(event, payload)) as Remote<T>[];
      return responses.find((r) => r !== null) ?? null;
    } catch (error) {
      // A process that did not answer in time (the adapter's requestsTimeout): use the answers that came.
      const partial = (error as { responses?: Remote<T>[] }).responses;
      return partial?.find((r) => r !== null) ?? null;
    }
  }

  // Local handling, used for this process's sockets and for questions from other processes.
  function localJoin(msg: JoinMessage): Remote<{ view: LiveView; myVote: string | null; epoch: string }> {
    const room = findRoom(rooms, msg.code, now());
    if (!room) return null;
    const r = join(room, msg.participant, now());
    if (!r.ok) return r;
    sendCounts(room);
    return { ok: true, value: { view: room.view, myVote: r.value, epoch: epochOf(room.code) } };
  }
  function localVote(msg: VoteMessage): Remote<string> {
    const room = findRoom(rooms, msg.code, now());
    if (!room) return null;
    const r = vote(room, msg.participant, msg.key, msg.optionId, now());
    if (r.ok) sendCounts(room);
    return r;
  }
  /** Another process's trainer takes this room over: hand it over when the token matches. */
  function localTakeover(msg: { code: string; tokenHash: string }): Remote<RoomSnapshot> {
    const room = findRoom(rooms, msg.code, now());
    if (!room) return null;
    if (!sameHash(room.tokenHash, msg.tokenHash)) return { ok: false, error: 'bezet' };
    rooms.delete(msg.code);
    const epoch = epochOf(msg.code);
    epochs.delete(msg.code);
    return {
      ok: true,
      value: { view: room.view, participants: [...room.participants], votes: [...room.votes], refused: room.refused, epoch },
    };
  }

  if (options.clustered) {
    io.on('live:join', (msg: JoinMessage, cb: Ack) => cb(localJoin(msg)));
    io.on('live:vote', (msg: VoteMessage, cb: Ack) => cb(localVote(msg)));
    io.on('live:takeover', (msg: { code: string; tokenHash: string }, cb: Ack) => cb(localTakeover(msg)));
  }

  function address(socket: Socket): string {
    const forwarded = socket.handshake.headers['x-forwarded-for'];
    if (options.trustProxy && typeof forwarded === 'string') return forwarded.split(',')[0]!.trim();
    return socket.handshake.address;
  }

  io.on('connection', (socket) => {
    const bucket: Bucket = fullBucket(LIVE_LIMITS.perConnection, now());
    // The participant id this connection joined with, and the room.
    let joined: { code: string; participant: string } | null = null;

    socket.use(([event, ...args], next) => {
      const last = args.at(-1);
      const ack = typeof last === 'function' ? (last as Ack) : undefined;
      if (!ALLOWED.has(event)) return refuse(ack, 'ongeldig');
      if (!take(bucket, LIVE_LIMITS.perConnection, now())) return refuse(ack, 'te-snel');
      messages += 1;
      next();
    });

    socket.on(LIVE_EVENTS.host, async (raw: unknown, ack?: Ack) => {
      const parsed = hostSchema.safeParse(raw);
      if (!parsed.success) return refuse(ack, 'ongeldig');
      const { code, token, view } = parsed.data;
      const tokenHash = hashToken(token);
      if (!rooms.has(code)) {
        const moved = await ask<RoomSnapshot>('live:takeover', { code, tokenHash });
        if (moved && !moved.ok) return refuse(ack, moved.error);
        if (moved?.ok) {
          const s = moved.value;
          rooms.set(code, { code, tokenHash, view: s.view, participants: new Set(s.participants), votes: new Map(s.votes), lastActivity: now(), refused: s.refused });
          epochs.set(code, s.epoch);
        }
      }
      const result = host(rooms, code, tokenHash, view, now());
      if (!result.ok) return refuse(ack, result.error);
      await socket.join(trainers(code));
      ack?.({ ok: true, counts: counts(result.value) });
      sendView(result.value);
    });

    socket.on(LIVE_EVENTS.join, async (raw: unknown, ack?: Ack) => {
      if (!joinsPerAddress.take(address(socket), now())) return refuse(ack, 'te-snel');
      const parsed = joinSchema.safeParse(raw);
      if (!parsed.success) return refuse(ack, 'ongeldig');
      const msg = parsed.data;
      const result = localJoin(msg) ?? (await ask<{ view: LiveView; myVote: string | null; epoch: string }>('live:join', msg));
      if (!result) return refuse(ack, 'onbekend');
      if (!result.ok) return refuse(ack, result.error);
      if (joined && joined.code !== msg.code) await socket.leave(phones(joined.code));
      joined = { code: msg.code, participant: msg.participant };
      await socket.join(phones(msg.code));
      ack?.({ ok: true, ...result.value });
    });

    socket.on(LIVE_EVENTS.vote, async (raw: unknown, ack?: Ack) => {
      const parsed = voteSchema.safeParse(raw);
      if (!parsed.success) return refuse(ack, 'ongeldig');
      const msg = parsed.data;
      if (!joined || joined.code !== msg.code || joined.participant !== msg.participant) return refuse(ack, 'niet-aangemeld');
      const result = localVote(msg) ?? (await ask<string>('live:vote', msg));
      if (!result) return refuse(ack, 'onbekend');
      if (!result.ok) return refuse(ack, result.error);
      ack?.({ ok: true, optionId: result.value });
    });
  });

  const timer = setInterval(() => {
    const t = now();
    sweep(rooms, t);
    for (const code of epochs.keys()) if (!rooms.has(code)) epochs.delete(code);
    joinsPerAddress.sweep(t);
  }, 60_000);
  timer.unref();

  return {
    stats: () => ({ messages, refused: { ...refused }, rooms: rooms.size }),
    stop: () => clearInterval(timer),
  };
}
