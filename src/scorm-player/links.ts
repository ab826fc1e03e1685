/**
 * Links inside a package. The case and quiz texts link to pages of the website with site
 * paths (`/privacy/toestemming/`). Those pages are not in the package, so such a link
 * would open the LMS's own root. With the website's address known at packaging time the
 * link goes there, in a new tab; without it the link becomes plain text. The package
 * itself never loads anything from outside.
 */

/**
 * Pages of the website that are about the learner's progress there (the case list, the
 * progress page, the certificate, the paths): the website knows nothing of what was done
 * in the package, so links to them are hidden rather than sent there.
 */
const SITE_NAVIGATION = ['/casussen/', '/voortgang/', '/certificaat/', '/leerroutes/'];

/** True for a link the package hides (see SITE_NAVIGATION). */
export function isSiteNavigation(href: string): boolean {
  const path = href.split('#')[0] ?? href;
  return SITE_NAVIGATION.includes(path);
}

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
      const href = a.getAttribute('href') ?? '';
      if (isSiteNavigation(href)) {
        (a.closest('li') ?? a).hidden = true;
        a.removeAttribute('href');
        continue;
      }
      const to = packageLink(href, siteUrl);
      if (to) {
        a.href = to;
        a.target = '_blank';
        a.rel = 'noopener';
      } else {
        a.removeAttribute('href');
        a.removeAttribute('target');
        a.classList.add('scorm-offsite');
        // "(opent in een nieuw tabblad)" is no longer true: say where the page is instead, visibly.
        const hidden = [...a.querySelectorAll('.visually-hidden')].find((el) => el.textContent?.includes('tabblad'));
        const note = hidden ?? a.appendChild(document.createElement('span'));
        note.className = 'scorm-offsite__note';
        note.textContent = ' (op de website Veilig Handelen)';
      }
    }
  };
  fix();
  const observer = new MutationObserver(fix);
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
  return () => observer.disconnect();
}
