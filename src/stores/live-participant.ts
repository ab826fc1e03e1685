/**
 * A participant's phone: one anonymous random id for this device, and the last vote it cast,
 * so closing the tab, a lost connection or a relay restart keeps the vote. No name, nothing else.
 *
 * Stored shape: localStorage key `vh:live-device:v1`, JSON
 *   { "id": "…22 characters…", "vote": { "code": "K7QM3XPA", "key": "3:n-bellen", "optionId": "b" } | null }
 * The id is random (128 bits) and is not linked to anything; the relay forgets it with the room.
 */
import type { KeyRule } from '~/engine/learning-path';
import { newParticipantId } from '~/engine/live';
import { deviceStorage, writeJson } from './persisted';

export const LIVE_DEVICE_KEY = 'vh:live-device:v1';

export interface StoredVote {
  code: string;
  key: string;
  optionId: string;
}

export interface LiveDevice {
  id: string;
  vote: StoredVote | null;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

function isVote(v: unknown): v is StoredVote {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o['code'] === 'string' && typeof o['key'] === 'string' && typeof o['optionId'] === 'string';
}

const isDeviceId = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9_-]{22}$/.test(v);

/** The import rule of this key: an id of the right form and a vote or null. */
export const liveDeviceRule: KeyRule = {
  matches: (key) => key === LIVE_DEVICE_KEY,
  isValid: (raw) => {
    const v: unknown = JSON.parse(raw);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    return isDeviceId(o['id']) && (o['vote'] === null || isVote(o['vote']));
  },
};

/** This device's id and last vote; a new id when there is none or it is damaged (then kept in memory only if storage fails). */
export function readDevice(storage: StorageLike | null = deviceStorage()): LiveDevice {
  try {
    const raw = storage?.getItem(LIVE_DEVICE_KEY);
    if (raw) {
      const v: unknown = JSON.parse(raw);
      if (typeof v === 'object' && v !== null) {
        const o = v as Record<string, unknown>;
        if (isDeviceId(o['id'])) return { id: o['id'], vote: isVote(o['vote']) ? o['vote'] : null };
      }
    }
  } catch {
    // Damaged or blocked: start over below.
  }
  const fresh: LiveDevice = { id: newParticipantId(), vote: null };
  saveDevice(fresh, storage);
  return fresh;
}

/** Keeps the id and vote; with storage blocked the vote still counts, it just does not survive closing the tab. */
export function saveDevice(device: LiveDevice, storage: StorageLike | null = deviceStorage()): void {
  writeJson(storage, LIVE_DEVICE_KEY, device);
}
