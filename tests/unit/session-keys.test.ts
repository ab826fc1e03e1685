// @vitest-environment jsdom
import { afterEach, expect, test } from 'vitest';
import { keyIntent } from '~/components/session/session-keys';

afterEach(() => document.body.replaceChildren());

/** The intent of pressing `key` with focus on `target` (the body when left out). */
function press(key: string, target: Element = document.body, init: KeyboardEventInit = {}) {
  let intent: ReturnType<typeof keyIntent> = null;
  const listener = (e: KeyboardEvent) => (intent = keyIntent(e));
  window.addEventListener('keydown', listener);
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
  window.removeEventListener('keydown', listener);
  return intent;
}

function add<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return el;
}

test('a clicker or the arrow keys move the session on and back', () => {
  expect(press('ArrowRight')).toBe('next');
  expect(press('PageDown')).toBe('next');
  expect(press('ArrowLeft')).toBe('back');
  expect(press('PageUp')).toBe('back');
  expect(press('ArrowRight', add('button'))).toBe('next');
});

test('other keys, and keys with a modifier, are left alone', () => {
  expect(press('Enter')).toBeNull();
  expect(press('ArrowDown')).toBeNull();
  expect(press('ArrowRight', document.body, { altKey: true })).toBeNull();
  expect(press('PageDown', document.body, { shiftKey: true })).toBeNull();
});

test('no key moves the session while typing in a text field, number field, textarea or select', () => {
  for (const el of [add('input', { type: 'number' }), add('input', { type: 'text' }), add('input'), add('textarea'), add('select')]) {
    expect(press('ArrowRight', el)).toBeNull();
    expect(press('PageDown', el)).toBeNull();
    expect(press('ArrowLeft', el)).toBeNull();
  }
});

test('in a radio group up and down pick an option; a clicker (right, left, PageDown, PageUp) moves the session and never picks', () => {
  const radio = add('input', { type: 'radio' });
  expect(press('ArrowDown', radio)).toBeNull();
  expect(press('ArrowUp', radio)).toBeNull();
  expect(press('ArrowRight', radio)).toBe('next');
  expect(press('ArrowLeft', radio)).toBe('back');
  expect(press('PageDown', radio)).toBe('next');
  expect(press('PageUp', radio)).toBe('back');
});
