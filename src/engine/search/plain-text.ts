/**
 * MDX/markdown to plain text for the search index: what a reader sees, without
 * markup. Line-based on purpose: the reference uses plain markdown, tables and
 * a few components (Callout, tool embeds), and the index needs words, not a tree.
 */

const TITLE_ATTRIBUTE = /\btitle=(?:"([^"]*)"|'([^']*)')/;

/** Inline markdown to text: links, images, emphasis, code and HTML/JSX tags. */
export function inlineToText(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[A-Za-z][^>]*?\/>/g, ' ')
    .replace(/<[A-Za-z][^>]*>/g, (tag) => {
      const match = TITLE_ATTRIBUTE.exec(tag);
      return match ? ` ${match[1] ?? match[2] ?? ''} ` : ' ';
    })
    .replace(/<\/[A-Za-z][^>]*>/g, ' ')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}])[*_]([^*_]+?)[*_](?=[^\p{L}\p{N}]|$)/gu, '$1$2')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

/** One markdown line to text: drops block markers (lists, quotes, table pipes) and ES import/export lines. */
export function lineToText(line: string): string {
  if (/^\s*(import|export)\s/.test(line)) return '';
  if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) return ''; // table separator row
  const block = line
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/^\s*([-*+]|\d+[.)])\s+/, '')
    .replace(/\|/g, ' ');
  return inlineToText(block);
}

/** Collapses whitespace to single spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A whole MDX/markdown text as one line of plain text. */
export function mdxToText(mdx: string): string {
  return squash(mdx.split('\n').map(lineToText).join(' '));
}
