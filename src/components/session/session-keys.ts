/**
 * The keys of a presenter's clicker: most send ArrowRight/ArrowLeft or PageDown/PageUp.
 * They move the session, except where the key belongs to a field the trainer is typing in.
 */

/** What a key press asks the session to do, if anything. */
export type KeyIntent = 'next' | 'back' | null;

function isTypingTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  if (target instanceof HTMLInputElement) {
    // Radio buttons pick with ArrowUp/ArrowDown (and Space). ArrowRight/ArrowLeft and PageDown/PageUp are a
    // clicker's keys: they move the session and never change the group's choice (the view prevents the default).
    if (target.type === 'radio' || target.type === 'checkbox') return key === 'ArrowUp' || key === 'ArrowDown';
    return true; // text and number fields: every key is for the field
  }
  return false;
}

/** The session intent of a keydown: next, back, or null (ignored: modifier held, or typing in a field). */
export function keyIntent(event: KeyboardEvent): KeyIntent {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const intent = event.key === 'ArrowRight' || event.key === 'PageDown' ? 'next' : event.key === 'ArrowLeft' || event.key === 'PageUp' ? 'back' : null;
  if (intent === null || isTypingTarget(event.target, event.key)) return null;
  return intent;
}
