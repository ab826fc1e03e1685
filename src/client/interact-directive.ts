/**
 * `client:interact`: hydrates an island on the first sign that someone wants to use it: a pointer
 * over it, a touch, or keyboard focus inside it. Until then the island is its server-rendered HTML,
 * which must work on its own (the header search box is a plain GET form to /zoeken/), and the page
 * loads none of its JavaScript: a reference page that nobody searches from sends no Svelte at all.
 *
 * What a user does while the code arrives is not lost: the form still submits, and text typed
 * meanwhile stays in the field (Svelte keeps a changed value when it hydrates; the component picks
 * it up on mount). Registered in astro.config.mjs; the `declare module` below types it for .astro files.
 */
import type { ClientDirective } from 'astro';
import { onFirstIntent } from '../lib/intent';

const interact: ClientDirective = (load, _options, el) => {
  onFirstIntent(el, () => {
    void load().then((hydrate) => hydrate());
  });
};

export default interact;

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on the first pointer, touch or focus inside the island (src/client/interact-directive.ts). */
    'client:interact'?: boolean;
  }
}
