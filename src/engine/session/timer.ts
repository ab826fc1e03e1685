/**
 * The discussion timer of a group session, as pure data over an injected clock (ms).
 * It lives only in the view (not stored): a reload simply stops it.
 */

/** Durations the trainer can pick, in minutes. */
export const TIMER_MINUTES = [1, 2, 3, 5, 10] as const;

/** A countdown: running while `runningSince` is set; `spentMs` holds the time of earlier runs. */
export interface TimerState {
  durationMs: number;
  runningSince: number | null;
  spentMs: number;
}

/** A stopped timer of `minutes`. */
export function newTimer(minutes: number): TimerState {
  return { durationMs: Math.max(0, minutes) * 60_000, runningSince: null, spentMs: 0 };
}

/** Milliseconds left at `now` (never below 0). */
export function remainingMs(t: TimerState, now: number): number {
  const running = t.runningSince === null ? 0 : Math.max(0, now - t.runningSince);
  return Math.max(0, t.durationMs - t.spentMs - running);
}

/** Starts or resumes the countdown; a timer that has run out stays stopped. */
export function startTimer(t: TimerState, now: number): TimerState {
  if (t.runningSince !== null || remainingMs(t, now) === 0) return t;
  return { ...t, runningSince: now };
}

/** Pauses the countdown, keeping the time spent. */
export function pauseTimer(t: TimerState, now: number): TimerState {
  if (t.runningSince === null) return t;
  return { ...t, runningSince: null, spentMs: t.durationMs - remainingMs(t, now) };
}

/** True when the countdown reached zero. */
export function isDone(t: TimerState, now: number): boolean {
  return t.durationMs > 0 && remainingMs(t, now) === 0;
}

/** "2:05": minutes and seconds left, rounded up so it shows 0:00 only when time is up. */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "2 minuten en 5 seconden": the time left for a screen reader. */
export function spokenClock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const parts = [m > 0 ? (m === 1 ? '1 minuut' : `${m} minuten`) : '', s > 0 || m === 0 ? (s === 1 ? '1 seconde' : `${s} seconden`) : ''];
  return parts.filter(Boolean).join(' en ');
}
