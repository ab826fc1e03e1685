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
  },
});
