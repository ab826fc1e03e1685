/**
 * The "Menu" button of the header on narrow screens: it shows and hides the main navigation.
 * The CSS shows the button only on a narrow screen with scripting on (`@media (scripting: enabled)`);
 * without JavaScript the button stays hidden and the list is always shown.
 */

/** Wires the button to the navigation it controls (aria-controls). */
export function setupSiteMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('.site-menu-toggle');
  const nav = button ? document.getElementById(button.getAttribute('aria-controls') ?? '') : null;
  if (!button || !nav) return;

  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const set = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('site-nav--open', open);
  };

  button.addEventListener('click', () => set(!isOpen()));
  // Escape closes the open menu and puts focus back on its button (only while the button is shown).
  const onEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !isOpen() || button.offsetParent === null) return;
    set(false);
    button.focus();
  };
  button.addEventListener('keydown', onEscape);
  nav.addEventListener('keydown', onEscape);
}
