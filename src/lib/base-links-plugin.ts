/**
 * Hast plugin for the MDX reference pages: every root-relative link or image in the text
 * (`[stap 2](/handelingswijzer/stap-2/)`) goes through the same rule as every other internal
 * URL, `href()` from src/lib/url.ts. Writers keep writing site paths; the build puts them under
 * the base path. Registered once, in astro.config.mjs, on Astro's Markdown processor (Sätteri).
 *
 * MDX written as JSX (an `a` element with a root-relative `href` attribute) is not rewritten: the reference pages use Markdown links,
 * and tests/unit/no-root-links.test.ts fails on a root-relative JSX attribute in content.
 */
import { href } from './url';

/** The attributes that hold a URL, per element. */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = { a: ['href'], img: ['src'], source: ['src'] };

/** What the plugin needs of an element and of the visitor's context. */
interface ElementNode {
  tagName: string;
  properties?: Readonly<Record<string, unknown>>;
}
interface VisitContext {
  setProperty(node: ElementNode, key: string, value: unknown): void;
}

/** The URL an element's attribute should have under `base`, or null when it stays as it is. */
export function rebased(node: ElementNode, attribute: string, base: string): string | null {
  const value = node.properties?.[attribute];
  if (typeof value !== 'string') return null;
  const url = href(value, base);
  return url === value ? null : url;
}

/** The plugin for `base`, in the shape Sätteri's `hastPlugins` takes. */
export function baseLinksPlugin(base: string) {
  return {
    name: 'veilig-handelen-base-links',
    element: {
      filter: Object.keys(URL_ATTRIBUTES),
      visit(node: ElementNode, ctx: VisitContext): void {
        for (const attribute of URL_ATTRIBUTES[node.tagName] ?? []) {
          const url = rebased(node, attribute, base);
          if (url !== null) ctx.setProperty(node, attribute, url);
        }
      },
    },
  };
}
