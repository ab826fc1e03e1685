/**
 * Client side of the read tracker (ReadTracker.astro): marks the page read when the
 * end of the article scrolls into view, or when the learner presses the button.
 * Kept tiny on purpose: it runs on every reference page.
 */
import { dutchDate } from '~/engine/shared';
import { markPageRead, pageReadAt } from '~/stores/page-read';
import { sitePath } from '~/lib/url';

function setup(root: HTMLElement): void {
  const route = root.dataset['route'] ?? sitePath(window.location.pathname);
  const status = root.querySelector<HTMLElement>('[data-read-status]');
  const button = root.querySelector<HTMLButtonElement>('[data-read-button]');
  if (!status || !button) return;

  const show = (readAt: string) => {
    status.textContent = `Gelezen op ${dutchDate(new Date(readAt))}. Deze pagina telt mee in je leerroutes.`;
    button.hidden = true;
  };
  const mark = (): boolean => {
    markPageRead(route);
    const readAt = pageReadAt(route);
    if (readAt) show(readAt);
    return readAt !== null;
  };

  const readAt = pageReadAt(route);
  if (readAt) return show(readAt);
  button.hidden = false;
  button.addEventListener('click', () => {
    if (!mark()) status.textContent = 'Opslaan lukte niet. Misschien staat opslaan in je browser uit.';
    status.focus(); // the button is gone: keep focus on what replaced it
  });
  if (!('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    mark();
  });
  observer.observe(root);
  // A jump to the bottom (End key, a link to the sources) can skip past the marker
  // without it ever intersecting; the footer being in view also means the end was reached.
  const footer = document.querySelector('.site-footer');
  if (footer) observer.observe(footer);
}

/** Starts every read tracker on the page. */
export function initReadTracker(): void {
  document.querySelectorAll<HTMLElement>('[data-read-tracker]').forEach(setup);
}
