/**
 * Links inside a package. The case and quiz texts link to pages of the website with site
 * paths (`/privacy/toestemming/`). Those pages are not in the package, so such a link
 * would open the LMS's own root. With the website's address known at packaging time the
 * link goes there, in a new tab; without it the link becomes plain text. The package
 * itself never loads anything from outside.
 */

/** The URL a site path gets in the package, or null (plain text). */
export function packageLink(href: string, siteUrl: string | null): string | null {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  if (!siteUrl) return null;
  return siteUrl.replace(/\/+$/, '') + href;
}

/** Rewrites the site links under `root` now and whenever the player renders new ones. */
export function watchLinks(root: HTMLElement, siteUrl: string | null): () => void {
  const fix = () => {
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
      const to = packageLink(a.getAttribute('href') ?? '', siteUrl);
      if (to) {
        a.href = to;
        a.target = '_blank';
        a.rel = 'noopener';
      } else {
        a.removeAttribute('href');
        a.classList.add('scorm-offsite');
        a.title = 'Deze pagina staat op de website Veilig Handelen, niet in deze module.';
      }
    }
  };
  fix();
  const observer = new MutationObserver(fix);
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
  return () => observer.disconnect();
}
