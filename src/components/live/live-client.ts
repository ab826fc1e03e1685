/**
 * The browser side of live voting: finding the relay and connecting to it. socket.io-client
 * is loaded with a dynamic import only here, when live voting is chosen or a participant
 * joins, so no other page carries it. The relay is on the site's own origin (CSP connect-src 'self').
 */
import type { Socket } from 'socket.io-client';
import { LIVE_HEALTH_PATH, LIVE_SOCKET_PATH } from '~/engine/live';
import { href } from '~/lib/url';

export type { Socket };

/** True when this site is served with the live relay (npm start); false on a purely static host. */
export async function relayAvailable(timeoutMs = 4000): Promise<boolean> {
  try {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const response = await fetch(href(LIVE_HEALTH_PATH), { cache: 'no-store', signal: controller.signal });
    clearTimeout(timer);
    if (!response.ok) return false;
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null && (body as { live?: unknown }).live === true;
  } catch {
    return false;
  }
}

/** A socket to the relay (reconnecting by itself). */
export async function connectRelay(): Promise<Socket> {
  const { io } = await import('socket.io-client');
  return io({ path: href(LIVE_SOCKET_PATH), transports: ['websocket', 'polling'], reconnectionDelayMax: 4000 });
}

/** The participant page's address with the code filled in, for the QR code and the projector. */
export function joinUrl(code: string): string {
  return `${location.origin}${href('/meedoen/')}?code=${encodeURIComponent(code)}`;
}
