import { describe, expect, it } from 'vitest';
import { counts, findRoom, host, isExpired, join, setView, sweep, vote, type Rooms } from '~/engine/live/room';
import type { LiveView } from '~/engine/live/protocol';

const voting = (key: string, ids = ['a', 'b']): LiveView => ({
  phase: 'stemmen',
  key,
  position: 'Beslissing 1 van 2',
  title: 'Wat doe je?',
  text: ['Situatie.'],
  options: ids.map((id, i) => ({ id, letter: 'AB'[i] ?? 'C', text: `Keuze ${id}` })),
});
const reveal = (key: string): LiveView => ({
  phase: 'uitkomst',
  key,
  position: 'Beslissing 1 van 2',
  title: 'Wat doe je?',
  options: [{ id: 'a', letter: 'A', text: 'Keuze a' }],
  reveal: [{ id: 'a', count: 1, verdict: 'Goed', feedback: ['Ja.'] }],
  expertChoiceId: 'a',
  chosenId: 'a',
});
const limits = { maxParticipants: 2, roomTtlMs: 1000 };

function opened(view: LiveView = voting('1:n1')) {
  const rooms: Rooms = new Map();
  const r = host(rooms, 'ABCDEFGH', 'hash', view, 0);
  if (!r.ok) throw new Error(r.error);
  return { rooms, room: r.value };
}

describe('host', () => {
  it('opens a room and lets the same token take it back with a new view', () => {
    const { rooms, room } = opened();
    const again = host(rooms, 'ABCDEFGH', 'hash', voting('2:n2'), 5);
    expect(again.ok && again.value).toBe(room);
    expect(room.view.key).toBe('2:n2');
  });
  it('refuses a code held with another token, and counts it', () => {
    const { rooms, room } = opened();
    expect(host(rooms, 'ABCDEFGH', 'other', voting('1:n1'), 1)).toEqual({ ok: false, error: 'bezet' });
    expect(room.refused).toBe(1);
  });
  it('gives an expired code to a new trainer', () => {
    const { rooms } = opened();
    const r = host(rooms, 'ABCDEFGH', 'other', voting('1:n1'), 10_000, 10, limits);
    expect(r.ok && r.value.tokenHash).toBe('other');
  });
  it('refuses a new room when the relay is full, after forgetting expired rooms', () => {
    const { rooms } = opened();
    expect(host(rooms, 'BBBBBBBB', 'h', voting('k'), 1, 1, limits)).toEqual({ ok: false, error: 'te-veel-kamers' });
    expect(host(rooms, 'BBBBBBBB', 'h', voting('k'), 5000, 1, limits).ok).toBe(true);
    expect(rooms.has('ABCDEFGH')).toBe(false);
  });
});

describe('join', () => {
  it('counts a device once, also when it joins again', () => {
    const { room } = opened();
    join(room, 'p1', 1);
    join(room, 'p1', 2);
    expect(counts(room).joined).toBe(1);
  });
  it('refuses a device past the maximum, but lets a joined one back in', () => {
    const { room } = opened();
    join(room, 'p1', 1, limits);
    join(room, 'p2', 1, limits);
    expect(join(room, 'p3', 1, limits)).toEqual({ ok: false, error: 'vol' });
    expect(join(room, 'p1', 1, limits).ok).toBe(true);
    expect(room.refused).toBe(1);
  });
  it('tells a rejoining device its vote', () => {
    const { room } = opened();
    join(room, 'p1', 1);
    vote(room, 'p1', '1:n1', 'b', 2);
    expect(join(room, 'p1', 3)).toEqual({ ok: true, value: 'b' });
  });
});

describe('vote', () => {
  it('counts a vote and a changed vote once', () => {
    const { room } = opened();
    join(room, 'p1', 1);
    join(room, 'p2', 1);
    vote(room, 'p1', '1:n1', 'a', 2);
    vote(room, 'p1', '1:n1', 'b', 3);
    vote(room, 'p2', '1:n1', 'b', 3);
    expect(counts(room)).toEqual({ key: '1:n1', joined: 2, voted: 2, votes: { a: 0, b: 2 } });
  });
  it.each([
    ['not joined', 'p9', '1:n1', 'a', 'niet-aangemeld'],
    ['another decision', 'p1', '0:n0', 'a', 'andere-beslissing'],
    ['an unknown option', 'p1', '1:n1', 'zz', 'geen-keuze'],
  ])('refuses a vote from %s and counts it', (_, p, key, option, error) => {
    const { room } = opened();
    join(room, 'p1', 1);
    expect(vote(room, p, key, option, 2)).toEqual({ ok: false, error });
    expect(room.refused).toBe(1);
    expect(counts(room).voted).toBe(0);
  });
  it('refuses a vote once voting is closed (the reveal), keeping the votes cast', () => {
    const { room } = opened();
    join(room, 'p1', 1);
    vote(room, 'p1', '1:n1', 'a', 2);
    setView(room, 'hash', reveal('1:n1'), 3);
    expect(vote(room, 'p1', '1:n1', 'a', 4)).toEqual({ ok: false, error: 'gesloten' });
    expect(counts(room).votes).toEqual({ a: 1 });
  });
  it('refuses a vote while the group discusses (voting not yet open)', () => {
    const { room } = opened({ ...(voting('1:n1') as Extract<LiveView, { phase: 'bespreken' | 'stemmen' }>), phase: 'bespreken' });
    join(room, 'p1', 1);
    expect(vote(room, 'p1', '1:n1', 'a', 2)).toEqual({ ok: false, error: 'gesloten' });
  });
});

describe('setView (follow, close, reveal)', () => {
  it('refuses a view with a wrong token and keeps the room as it was', () => {
    const { room } = opened();
    expect(setView(room, 'wrong', voting('2:n2'), 1)).toEqual({ ok: false, error: 'niet-toegestaan' });
    expect(room.view.key).toBe('1:n1');
  });
  it('drops the votes when the group follows on to the next decision', () => {
    const { room } = opened();
    join(room, 'p1', 1);
    vote(room, 'p1', '1:n1', 'a', 2);
    setView(room, 'hash', voting('2:n2', ['c', 'd']), 3);
    expect(counts(room)).toEqual({ key: '2:n2', joined: 1, voted: 0, votes: { c: 0, d: 0 } });
  });
  it('keeps votes on the same decision but drops votes for options no longer shown', () => {
    const { room } = opened();
    join(room, 'p1', 1);
    join(room, 'p2', 1);
    vote(room, 'p1', '1:n1', 'a', 2);
    vote(room, 'p2', '1:n1', 'b', 2);
    setView(room, 'hash', voting('1:n1', ['a']), 3);
    expect(counts(room).votes).toEqual({ a: 1 });
  });
  it('counts nothing at the end', () => {
    const { room } = opened();
    join(room, 'p1', 1);
    setView(room, 'hash', { phase: 'einde', key: 'einde', title: 'Einde', text: [], outcome: 'Melden' }, 2);
    expect(counts(room)).toEqual({ key: 'einde', joined: 1, voted: 0, votes: {} });
  });
});

describe('expire', () => {
  it('expires a room a lifetime after its last activity, and activity keeps it', () => {
    const { rooms, room } = opened();
    join(room, 'p1', 900);
    expect(isExpired(room, 1800, limits)).toBe(false);
    expect(isExpired(room, 1900, limits)).toBe(true);
    expect(findRoom(rooms, 'ABCDEFGH', 1800, limits)).toBe(room);
    expect(findRoom(rooms, 'ABCDEFGH', 1900, limits)).toBeNull();
    expect(rooms.size).toBe(0);
  });
  it('sweeps only expired rooms', () => {
    const { rooms } = opened();
    host(rooms, 'BBBBBBBB', 'h', voting('k'), 800);
    expect(sweep(rooms, 1500, limits)).toBe(1);
    expect([...rooms.keys()]).toEqual(['BBBBBBBB']);
  });
  it('finds nothing for an unknown code', () => {
    expect(findRoom(new Map(), 'ABCDEFGH', 0)).toBeNull();
  });
});
