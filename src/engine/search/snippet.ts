/**
 * Snippets with the matched words marked. Returns plain segments; the UI renders
 * a match as <mark> through normal text nodes, never as HTML, so neither the
 * query nor the content can inject markup.
 */
import { stem } from './lunr-nl.ts';
import { SEARCH_WEIGHTS } from './weights.ts';

/** A piece of text, marked when it is a matched word. */
export interface Segment {
  text: string;
  match: boolean;
}

/** Decides whether a word of the text matches one of the query terms. */
export type WordMatcher = (word: string) => boolean;

const WORD = /[\p{L}\p{N}]+/gu;
const stemCache = new Map<string, string>();

function cachedStem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stem(word);
    stemCache.set(word, s);
  }
  return s;
}

/** A matcher for the query terms: same Dutch stem, or (for longer terms) the word starts with the term. */
export function matcherFor(terms: readonly string[]): WordMatcher {
  const stems = new Set(terms.map(cachedStem));
  const prefixes = terms.filter((t) => t.length >= SEARCH_WEIGHTS.minPrefixLength);
  return (word) => {
    const lower = word.toLowerCase();
    return stems.has(cachedStem(lower)) || prefixes.some((p) => lower.startsWith(p));
  };
}

/** The whole text, split into segments with every matched word marked. */
export function highlight(text: string, matches: WordMatcher): Segment[] {
  return segmentsOf(text, 0, text.length, matches);
}

/** A window of about `length` characters around the densest run of matches, marked, with ellipses where cut. */
export function snippet(text: string, matches: WordMatcher, length: number = SEARCH_WEIGHTS.snippetLength): Segment[] {
  const hits = [...text.matchAll(WORD)].filter((m) => matches(m[0])).map((m) => m.index);
  let start = 0;
  let best = -1;
  for (const h of hits) {
    const count = hits.filter((x) => x >= h && x < h + length * 0.75).length;
    if (count > best) [best, start] = [count, h];
  }
  start = wordStartBefore(text, Math.max(0, start - Math.floor(length / 4)));
  const end = wordEndAfter(text, Math.min(text.length, start + length));
  const segments = segmentsOf(text, start, end, matches);
  if (start > 0) segments.unshift({ text: '… ', match: false });
  if (end < text.length) segments.push({ text: ' …', match: false });
  return merge(segments);
}

function wordStartBefore(text: string, i: number): number {
  if (i === 0) return 0;
  const space = text.lastIndexOf(' ', i);
  return space < 0 ? 0 : space + 1;
}

function wordEndAfter(text: string, i: number): number {
  if (i >= text.length) return text.length;
  const space = text.indexOf(' ', i);
  return space < 0 ? text.length : space;
}

function segmentsOf(text: string, start: number, end: number, matches: WordMatcher): Segment[] {
  const part = text.slice(start, end);
  const segments: Segment[] = [];
  let last = 0;
  for (const m of part.matchAll(WORD)) {
    if (!matches(m[0])) continue;
    if (m.index > last) segments.push({ text: part.slice(last, m.index), match: false });
    segments.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < part.length) segments.push({ text: part.slice(last), match: false });
  return merge(segments);
}

/** Joins neighbouring unmarked segments, so the UI renders fewer nodes. */
function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out.at(-1);
    if (prev && !prev.match && !s.match) prev.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
