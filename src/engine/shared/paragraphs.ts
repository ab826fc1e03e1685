/** Text written in a YAML block split into the paragraphs a page shows, for the case player, the session and the phones alike. */

/** Splits text into paragraphs on blank lines; single line breaks inside a paragraph become spaces. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
}
