/**
 * lunr with the Dutch trimmer, stop words and Snowball stemmer of lunr-languages.
 * Both the build (the index endpoint) and the browser use this one setup, so an
 * index built here loads there: lunr.Index.load needs the same pipeline functions.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import dutch from 'lunr-languages/lunr.nl.js';

/** The parts of lunr.nl this project uses; lunr-languages' own types do not reach lunr's namespace. */
interface DutchLanguage {
  (this: lunr.Builder): void;
  stemmer: (token: lunr.Token) => lunr.Token;
}

let installed: DutchLanguage | null = null;

/** Installs the Dutch plugin once and returns lunr with it. */
export function dutchLunr(): { lunr: typeof lunr; nl: DutchLanguage } {
  if (!installed) {
    // Guard against a second install (e.g. hot reload), which would re-register the pipeline functions.
    const host = lunr as unknown as { nl?: DutchLanguage; stemmerSupport?: unknown };
    if (!host.stemmerSupport) stemmerSupport(lunr);
    if (!host.nl) dutch(lunr);
    installed = host.nl as DutchLanguage;
  }
  return { lunr, nl: installed };
}

/** The Dutch stem of one lowercase word, as the index stores it ("meldingen" → "melding"). */
export function stem(word: string): string {
  const { lunr: l, nl } = dutchLunr();
  return nl.stemmer(new l.Token(word, {})).toString();
}
