/**
 * The one place that turns a site path into a URL under the configured base path.
 *
 * Everything inside the site is written as a site path that starts at the site's own root
 * (`/casussen/`, `/privacy/stappenplan/#stap-2`). The site can be built under any base path
 * (`astro build --base /opleiding/`), so no page or component writes such a path into an
 * `href` or `src` directly: it passes it through `href()`. The engine stays unaware of the base
 * path; it returns site paths and the components turn them into URLs here.
 */

/** `import.meta.env.BASE_URL` is the `base` option as configured: `/`, `/opleiding` or `/opleiding/`. */
const BASE = normaliseBase(import.meta.env.BASE_URL ?? '/');

/** `/opleiding` and `opleiding/` both become `/opleiding/`; an empty base becomes `/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The base path of this build, always with a leading and a trailing slash. */
export const basePath: string = BASE;

/**
 * The URL of a site path under the base path: `href('/casussen/')` is `/opleiding/casussen/`
 * when the site is built with base `/opleiding/`. Links that are not site paths (`https:`,
 * `tel:`, `mailto:`, `#fragment`, `?query`) and paths already under the base are returned as given.
 */
export function href(path: string, base: string = BASE): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const b = normaliseBase(base);
  if (b === '/') return path;
  if (path === b.slice(0, -1) || path.startsWith(b)) return path;
  return b + path.slice(1);
}

/** The site path of a URL path under the base path: the inverse of `href()`. */
export function sitePath(pathname: string, base: string = BASE): string {
  const b = normaliseBase(base);
  if (b === '/') return pathname;
  if (pathname.startsWith(b)) return '/' + pathname.slice(b.length);
  if (pathname === b.slice(0, -1)) return '/';
  return pathname;
}
