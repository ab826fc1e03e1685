import { describe, expect, it } from 'vitest';
import { href, normaliseBase, sitePath } from '../../src/lib/url';

describe('normaliseBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/opleiding', '/opleiding/'],
    ['opleiding/', '/opleiding/'],
    ['/a/b/', '/a/b/'],
  ])('%s becomes %s', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });
});

describe('href', () => {
  it('leaves site paths alone at the root', () => {
    expect(href('/casussen/', '/')).toBe('/casussen/');
  });
  it('puts site paths under the base path', () => {
    expect(href('/casussen/', '/opleiding/')).toBe('/opleiding/casussen/');
    expect(href('/', '/opleiding')).toBe('/opleiding/');
    expect(href('/privacy/stappenplan/#stap-2', '/opleiding/')).toBe('/opleiding/privacy/stappenplan/#stap-2');
  });
  it('does not prefix twice', () => {
    expect(href('/opleiding/casussen/', '/opleiding/')).toBe('/opleiding/casussen/');
  });
  it('leaves other links alone', () => {
    for (const link of ['https://example.org/', 'tel:0800-2000', 'mailto:a@b.c', '#stap-2', '?q=melden', '//cdn.example/x']) {
      expect(href(link, '/opleiding/')).toBe(link);
    }
  });
});

describe('sitePath', () => {
  it('is the inverse of href', () => {
    for (const path of ['/', '/casussen/', '/privacy/stappenplan/']) {
      expect(sitePath(href(path, '/opleiding/'), '/opleiding/')).toBe(path);
    }
    expect(sitePath('/casussen/', '/')).toBe('/casussen/');
  });
});
