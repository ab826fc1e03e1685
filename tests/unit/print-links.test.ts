import { describe, expect, it } from 'vitest';
import { printHref } from '../../src/client/print-links';

describe('printHref', () => {
  it('names the host the page is served from, with path and anchor', () => {
    expect(printHref('/privacy/toestemming/#leeftijd', 'https://example.org/zakkaart/')).toBe('example.org/privacy/toestemming/#leeftijd');
    expect(printHref('/', 'http://127.0.0.1:4339/afwegingskader/')).toBe('127.0.0.1:4339/');
  });
});
