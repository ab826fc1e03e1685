import { expect, test } from 'vitest';
import { formatClock, isDone, newTimer, pauseTimer, remainingMs, spokenClock, startTimer } from '~/engine/session/timer';

test('counts down from the chosen minutes on the injected clock', () => {
  let t = newTimer(2);
  expect(remainingMs(t, 1000)).toBe(120_000);
  t = startTimer(t, 1000);
  expect(remainingMs(t, 31_000)).toBe(90_000);
  expect(formatClock(remainingMs(t, 31_000))).toBe('1:30');
});

test('pause keeps the time left, resume goes on from there', () => {
  let t = startTimer(newTimer(1), 0);
  t = pauseTimer(t, 20_000);
  expect(remainingMs(t, 500_000)).toBe(40_000);
  t = startTimer(t, 500_000);
  expect(remainingMs(t, 510_000)).toBe(30_000);
});

test('stops at zero and cannot be started again once done', () => {
  const t = startTimer(newTimer(1), 0);
  expect(remainingMs(t, 90_000)).toBe(0);
  expect(isDone(t, 90_000)).toBe(true);
  const stopped = pauseTimer(t, 90_000);
  expect(startTimer(stopped, 91_000)).toBe(stopped);
});

test('shows whole seconds rounded up, and says the time in words', () => {
  expect(formatClock(59_001)).toBe('1:00');
  expect(formatClock(0)).toBe('0:00');
  expect(formatClock(125_000)).toBe('2:05');
  expect(spokenClock(125_000)).toBe('2 minuten en 5 seconden');
  expect(spokenClock(60_000)).toBe('1 minuut');
  expect(spokenClock(1_000)).toBe('1 seconde');
  expect(spokenClock(0)).toBe('0 seconden');
});
