/**
 * The end of a case, loaded when play starts (in idle time) rather than with the page: scoring a
 * finished run. Import it only with a dynamic `import()`; importing the index dynamically would
 * pull every scenario module into the page's first chunk.
 */
export { scoreRun } from './scoring';
