/**
 * Join codes and trainer tokens, made from random bytes (crypto.getRandomValues in the
 * trainer's browser, node:crypto in tests). A join code has 8 characters of a 27-letter
 * alphabet: 27^8 ≈ 2.8·10^11 codes (38 bits). With about 20 join attempts a minute per
 * address (LIVE_LIMITS) and a few rooms open at a time, guessing one takes thousands of years.
 */
import { JOIN_ALPHABET, JOIN_CODE_LENGTH } from './protocol';

/** Fills a byte array with random bytes. */
export type RandomBytes = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;

/** The browser's (and Node's) cryptographic random source. */
export const cryptoRandom: RandomBytes = (bytes) => globalThis.crypto.getRandomValues(bytes);

/** A new join code, without modulo bias (bytes of 243 and above are drawn again). */
export function newJoinCode(random: RandomBytes = cryptoRandom): string {
  const limit = 256 - (256 % JOIN_ALPHABET.length);
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const b of random(new Uint8Array(16))) {
      if (b < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_ALPHABET[b % JOIN_ALPHABET.length];
    }
  }
  return code;
}

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A new trainer token: 32 random bytes (256 bits), base64url (43 characters). */
export function newToken(random: RandomBytes = cryptoRandom): string {
  return base64url(random(new Uint8Array(32)));
}

/** A new anonymous participant id: 16 random bytes (128 bits), base64url. */
export function newParticipantId(random: RandomBytes = cryptoRandom): string {
  return base64url(random(new Uint8Array(16)));
}

/** A typed code made comparable: upper case, spaces and dashes removed, look-alikes mapped (O→0 is not in the alphabet). */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]+/g, '');
}

/** True when `code` has the form of a join code (it may still be unknown). */
export function isJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_ALPHABET.includes(c));
}

/** "K7QM 3XPA": the code in two groups of four, as the projector shows it. */
export function formatJoinCode(code: string): string {
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 4)} ${code.slice(4)}` : code;
}
