// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';

// Static site: every page is prerendered; Svelte islands hydrate only the interactive tools.
export default defineConfig({
  site: 'https://veilighandelen.nl',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [svelte(), mdx()],
  devToolbar: { enabled: false },
  // The site search runs in a module worker (src/components/search/search.worker.ts).
  vite: { worker: { format: 'es' } },
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
