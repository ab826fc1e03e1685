/**
 * One live room, as pure functions over plain data: the relay (server/relay.ts) is a thin
 * adapter that calls these and sends the results on. A room holds the view the trainer's
 * page sent, the anonymous ids of the devices that joined, and their votes on the decision
 * now on screen: nothing else. No names, no addresses; votes of an earlier decision are
 * dropped as soon as the trainer moves on (the trainer's page keeps the counts).
 *
 * Every function returns a result instead of throwing, so a bad message can never crash
 * the relay or touch another room.
 */
import { LIVE_LIMITS, type LiveCounts, type LiveRefusal, type LiveView } from './protocol';

export interface Room {
  code: string;
  /** SHA-256 of the trainer's token (hex); the token itself is never kept. */
  tokenHash: string;
  view: LiveView;
  /** Anonymous device ids that joined. */
  participants: Set<string>;
  /** Vote per device id on the decision `view.key`. */
  votes: Map<string, string>;
  /** Last message that changed or read the room (ms since epoch). */
  lastActivity: number;
  /** Messages refused for this room (wrong token, closed decision, …). */
  refused: number;
}

export interface RoomLimits {
  maxParticipants: number;
  roomTtlMs: number;
}

export const DEFAULT_ROOM_LIMITS: RoomLimits = {
  maxParticipants: LIVE_LIMITS.maxParticipants,
  roomTtlMs: LIVE_LIMITS.roomTtlMs,
};

export type Result<T = void> = { ok: true; value: T } | { ok: false; error: LiveRefusal };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const refuse = <T>(room: Room | null, error: LiveRefusal): Result<T> => {
  if (room) room.refused += 1;
  return { ok: false, error };
};

/** A new room for the trainer who holds the token with hash `tokenHash`. */
export function createRoom(code: string, tokenHash: string, view: LiveView, now: number): Room {
  return { code, tokenHash, view, participants: new Set(), votes: new Map(), lastActivity: now, refused: 0 };
}

/** The options a participant can vote for now, or null when voting is not open. */
export function openOptions(view: LiveView): string[] | null {
  return view.phase === 'stemmen' ? view.options.map((o) => o.id) : null;
}

/**
 * The trainer's page sends the view (a new decision, voting opened or closed, the reveal, the end).
 * A view with another key starts a new decision: the votes on the old one are dropped.
 * On the same key votes are kept, but votes for options no longer shown are dropped.
 */
export function setView(room: Room, tokenHash: string, view: LiveView, now: number): Result<Room> {
  if (tokenHash !== room.tokenHash) return refuse(room, 'niet-toegestaan');
  if (view.key !== room.view.key) room.votes.clear();
  else if ('options' in view) {
    const ids = new Set(view.options.map((o) => o.id));
    for (const [p, option] of room.votes) if (!ids.has(option)) room.votes.delete(p);
  }
  room.view = view;
  room.lastActivity = now;
  return ok(room);
}

/** A device joins (or rejoins: the same id is counted once). Refused when the room is full. */
export function join(room: Room, participant: string, now: number, limits: RoomLimits = DEFAULT_ROOM_LIMITS): Result<string | null> {
  if (!room.participants.has(participant)) {
    if (room.participants.size >= limits.maxParticipants) return refuse(room, 'vol');
    room.participants.add(participant);
  }
  room.lastActivity = now;
  return ok(room.votes.get(participant) ?? null);
}

/**
 * A joined device votes on the open decision, or changes its vote while voting is open.
 * Refused: not joined, another decision than the one open, voting not open, an unknown option.
 */
export function vote(room: Room, participant: string, key: string, optionId: string, now: number): Result<string> {
  if (!room.participants.has(participant)) return refuse(room, 'niet-aangemeld');
  if (key !== room.view.key) return refuse(room, 'andere-beslissing');
  const options = openOptions(room.view);
  if (!options) return refuse(room, 'gesloten');
  if (!options.includes(optionId)) return refuse(room, 'geen-keuze');
  room.votes.set(participant, optionId);
  room.lastActivity = now;
  return ok(optionId);
}

/** Joined and voted counts, and the votes per option shown now. */
export function counts(room: Room): LiveCounts {
  const votes: Record<string, number> = {};
  if ('options' in room.view) for (const o of room.view.options) votes[o.id] = 0;
  let voted = 0;
  for (const option of room.votes.values()) {
    if (Object.hasOwn(votes, option)) {
      votes[option] = (votes[option] ?? 0) + 1;
      voted += 1;
    }
  }
  return { key: room.view.key, joined: room.participants.size, voted, votes };
}

/** True when the room has had no activity for the room's lifetime. */
export function isExpired(room: Room, now: number, limits: RoomLimits = DEFAULT_ROOM_LIMITS): boolean {
  return now - room.lastActivity >= limits.roomTtlMs;
}

/** The rooms of a relay process, by code. */
export type Rooms = Map<string, Room>;

/** Forgets every expired room; returns how many were forgotten. */
export function sweep(rooms: Rooms, now: number, limits: RoomLimits = DEFAULT_ROOM_LIMITS): number {
  let gone = 0;
  for (const [code, room] of rooms) {
    if (isExpired(room, now, limits)) {
      rooms.delete(code);
      gone += 1;
    }
  }
  return gone;
}

/**
 * The trainer's page opens its room, or takes it back after a reload or a relay restart
 * (same code, same token). A code held with another token is refused ('bezet'), so nobody
 * can take over a room by knowing its code.
 */
export function host(
  rooms: Rooms,
  code: string,
  tokenHash: string,
  view: LiveView,
  now: number,
  maxRooms: number = LIVE_LIMITS.maxRooms,
  limits: RoomLimits = DEFAULT_ROOM_LIMITS,
): Result<Room> {
  const existing = rooms.get(code);
  if (existing && !isExpired(existing, now, limits)) {
    if (existing.tokenHash !== tokenHash) return refuse(existing, 'bezet');
    return setView(existing, tokenHash, view, now);
  }
  if (!existing && rooms.size >= maxRooms) {
    sweep(rooms, now, limits);
    if (rooms.size >= maxRooms) return refuse(null, 'te-veel-kamers');
  }
  const room = createRoom(code, tokenHash, view, now);
  rooms.set(code, room);
  return ok(room);
}

/** The room of a code, unless unknown or expired (an expired room is forgotten here). */
export function findRoom(rooms: Rooms, code: string, now: number, limits: RoomLimits = DEFAULT_ROOM_LIMITS): Room | null {
  const room = rooms.get(code);
  if (!room) return null;
  if (isExpired(room, now, limits)) {
    rooms.delete(code);
    return null;
  }
  return room;
}
