/**
 * Printed pages show where an internal link goes, after the link text. The address is built from
 * `location`, so the paper names the host the site is actually served from (no hard-coded domain).
 * The URL goes into `data-print-href`; the print CSS shows it with `attr(data-print-href)`.
 */

/** Links inside running text that get their address printed. */
const SELECTOR = '.prose a[href^="/"]';

/** The address to print for an internal link: host and path, without the scheme. */
export function printHref(href: string, base: string): string {
  const url = new URL(href, base);
  return `${url.host}${url.pathname}${url.search}${url.hash}`;
}

/** Sets `data-print-href` on every internal link in running text. */
export function markPrintLinks(root: ParentNode = document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>(SELECTOR)) {
    const href = link.getAttribute('href');
    if (href) link.dataset['printHref'] = printHref(href, location.href);
  }
}

/** Marks the links now, and again just before printing (islands may have added links since). */
export function setupPrintLinks(): void {
  markPrintLinks();
  window.addEventListener('beforeprint', () => markPrintLinks());
}
