// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import { baseLinksPlugin } from './src/lib/base-links-plugin.ts';

/**
 * The site's public address, for absolute URLs (the canonical link). Only the host knows it, so it
 * comes from the environment: `SITE_URL=https://opleiding.example.nl/ npm run build`. Without it the
 * pages carry no absolute URL at all; every internal link is relative to the base path anyway.
 */
const SITE_URL = process.env['SITE_URL']?.trim() || undefined;
if (SITE_URL !== undefined && !/^https?:\/\/[^/]/.test(SITE_URL)) {
  throw new Error(`SITE_URL must be an absolute http(s) URL such as https://opleiding.example.nl/, got "${SITE_URL}"`);
}

/**
 * Links written in MDX (`[stap 2](/handelingswijzer/stap-2/)`) go through href() like every other
 * internal URL (src/lib/base-links-plugin.ts). The base comes from the final config, so
 * `astro build --base /opleiding/` counts. Astro's default Markdown processor (Sätteri) keeps its
 * plugin list open for integrations.
 */
function baseLinks() {
  return {
    name: 'veilig-handelen:base-links',
    hooks: {
      /** @param {{ config: import('astro').AstroConfig }} options */
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor;
        if (processor.name !== 'satteri') throw new Error(`base links: expected the Sätteri Markdown processor, got ${processor.name}`);
        /** @type {{ hastPlugins: unknown[] }} */ (processor.options).hastPlugins.push(baseLinksPlugin(config.base));
      },
    },
  };
}

/**
 * `client:interact` (src/client/interact-directive.ts): hydrate an island on first pointer, touch or
 * focus. The header search box uses it, so pages send no Svelte until someone goes to search.
 */
function interactDirective() {
  return {
    name: 'veilig-handelen:client-interact',
    hooks: {
      /** @param {{ addClientDirective: (d: { name: string, entrypoint: string }) => void }} options */
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'interact', entrypoint: './src/client/interact-directive.ts' });
      },
    },
  };
}

export default defineConfig({
  ...(SITE_URL ? { site: SITE_URL } : {}),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [baseLinks(), interactDirective(), svelte(), mdx()],
  devToolbar: { enabled: false },
  // The site search runs in a module worker (src/components/search/search.worker.ts).
  vite: {
    worker: { format: 'es' },
    // The engine and the schemas are pure modules (no side effects on import, tests/unit/architecture.test.ts),
    // so a page that imports a feature's index gets only the modules whose exports it uses: the case
    // page no longer carries the debrief and scoring, which load when play starts (CasePlayer.svelte).
    build: { rolldownOptions: { treeshake: { moduleSideEffects: (id) => !/[\\/]src[\\/](engine|schemas)[\\/]/.test(id) } } },
  },
  // Content-Security-Policy as a <meta> tag on every page: Astro adds hashes for its own
  // scripts and styles, so no 'unsafe-inline' or 'unsafe-eval' is needed. Nothing may load
  // from another host. See docs/hosting.md for the headers a host should add.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
      ],
    },
  },
});
