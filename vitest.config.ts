/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { svelteTesting } from '@testing-library/svelte/vite';

// Unit tests: the pure core in src/engine and src/lib, schemas, and Svelte components under jsdom.
export default getViteConfig({
  plugins: [svelteTesting()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    globals: false,
    // A few tests lay out or walk every case (and a 1,000-node one); on a shared 2-core machine they
    // can pass vitest's 5 s default without being slow. Speed is measured in bench/, not here.
    testTimeout: 30_000,
  },
});
