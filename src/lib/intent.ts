/**
 * The first sign that someone wants to use a part of the page: a pointer over it, a touch, or
 * keyboard focus inside it. Used to load code only when it is wanted: the `client:interact`
 * directive (src/client/interact-directive.ts) and the case player's play view.
 */

/** `pointerover` and `focusin` bubble, so they also reach an element without a box of its own (an island). */
const INTENT = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const;

/** Calls `start` once, on the first sign of intent inside `el` (at once when focus is already inside). */
export function onFirstIntent(el: HTMLElement, start: () => void): void {
  const go = () => {
    for (const type of INTENT) el.removeEventListener(type, go);
    start();
  };
  for (const type of INTENT) el.addEventListener(type, go, { passive: true });
  // Focus may already be inside (a fast Tab, or autofocus) before this ran.
  if (el.contains(document.activeElement)) go();
}
