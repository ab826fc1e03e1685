import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatJoinCode, isJoinCode, newJoinCode, newParticipantId, newToken, normaliseJoinCode } from '~/engine/live/code';
import { JOIN_ALPHABET } from '~/engine/live/protocol';

describe('join codes', () => {
  it('are 8 characters of the alphabet and differ each time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newJoinCode()));
    expect(codes.size).toBe(200);
    for (const c of codes) expect(isJoinCode(c)).toBe(true);
  });
  it('skip bytes that would bias the letters', () => {
    let call = 0;
    const fake = (b: Uint8Array<ArrayBuffer>) => {
      b.fill(call++ === 0 ? 255 : 0);
      return b;
    };
    expect(newJoinCode(fake)).toBe(JOIN_ALPHABET[0]!.repeat(8));
  });
  it('read typed input case-blind, without spaces or dashes', () => {
    expect(normaliseJoinCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(isJoinCode(normaliseJoinCode('abcd efgh'))).toBe(true);
    expect(isJoinCode('ABCDEFG')).toBe(false);
    expect(isJoinCode('ABCDEFG0')).toBe(false);
    expect(formatJoinCode('ABCDEFGH')).toBe('ABCD EFGH');
  });
});

describe('tokens and participant ids', () => {
  it('carry 256 and 128 random bits', () => {
    const token = newToken((b) => randomBytes(b.length) as unknown as Uint8Array<ArrayBuffer>);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newParticipantId()).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(newToken()).not.toBe(newToken());
  });
});
