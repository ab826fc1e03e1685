/**
 * The explicit "Hele site beschikbaar maken zonder internet" (OfflineDownload.astro): reads the list
 * of every file with its size (offline-files.json, from scripts/build-sw.mjs), shows the total, and
 * on request fetches every file into the caches the service worker serves from (same names as in
 * build-sw.mjs), with a progress bar. Files already stored are skipped, so a second run only fetches
 * what changed. Nothing is claimed before it is true: "klaar" only when every file is stored.
 */
import { basePath } from '../lib/url';

const PAGES = 'vh-pages';
const FILES = 'vh-files';
/** Downloads at a time: enough to be quick, few enough to leave room for the page itself. */
const PARALLEL = 4;

interface OfflineFile {
  url: string;
  bytes: number;
  page: boolean;
}

interface OfflineList {
  version: string;
  bytes: number;
  files: OfflineFile[];
}

/** "4,4 MB" / "850 kB", in Dutch notation. */
export function sizeLabel(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} kB`;
}

function isList(value: unknown): value is OfflineList {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<OfflineList>;
  return typeof v.bytes === 'number' && Array.isArray(v.files) && v.files.every((f) => typeof f?.url === 'string' && typeof f.bytes === 'number');
}

/** The absolute URL of a file of the list (its url is relative to the site's base). */
function absolute(file: OfflineFile): string {
  return new URL(file.url, `${window.location.origin}${basePath}`).href;
}

/** Wires one OfflineDownload section. */
export function setupOfflineDownload(root: HTMLElement): void {
  const button = root.querySelector<HTMLButtonElement>('[data-offline-start]');
  const sizeText = root.querySelector<HTMLElement>('[data-offline-size]');
  const progressBox = root.querySelector<HTMLElement>('[data-offline-progress]');
  const bar = root.querySelector<HTMLProgressElement>('progress');
  const status = root.querySelector<HTMLElement>('[data-offline-status]');
  if (!button || !sizeText || !progressBox || !bar || !status) return;
  const say = (text: string) => (status.textContent = text);

  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    say('Deze browser kan de site niet bewaren voor gebruik zonder internet. Probeer een andere browser, of gebruik de site met internet.');
    return;
  }

  let list: OfflineList | null = null;
  void (async () => {
    try {
      const response = await fetch(new URL('offline-files.json', `${window.location.origin}${basePath}`), { cache: 'no-cache' });
      const data: unknown = await response.json();
      if (!response.ok || !isList(data)) throw new Error('bad list');
      list = data;
      sizeText.textContent = `De hele site is ongeveer ${sizeLabel(data.bytes)} (${data.files.length} bestanden). Dat komt op dit apparaat te staan.`;
      button.disabled = false;
    } catch {
      say('De lijst met bestanden kon niet laden. Heb je internet? Probeer het later opnieuw.');
    }
  })();

  button.addEventListener('click', () => {
    if (!list) return;
    void download(list);
  });

  async function download(all: OfflineList) {
    button!.disabled = true;
    progressBox!.hidden = false;
    bar!.max = all.bytes;
    bar!.value = 0;
    say('Bezig met downloaden…');
    const [pages, files] = await Promise.all([caches.open(PAGES), caches.open(FILES)]);
    let done = 0;
    let failed = 0;
    const queue = [...all.files];
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const url = absolute(file);
        const cache = file.page ? pages : files;
        try {
          if (!(await cache.match(url))) {
            const response = await fetch(url, { cache: 'no-cache' });
            if (!response.ok) throw new Error(String(response.status));
            await cache.put(url, response);
          }
        } catch {
          failed++;
        }
        done += file.bytes;
        bar!.value = done;
        bar!.textContent = `${Math.round((done / all.bytes) * 100)}%`;
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    button!.disabled = false;
    if (failed > 0) {
      say(`${failed} van de ${all.files.length} bestanden konden niet laden. Probeer het opnieuw met een goede verbinding.`);
    } else {
      say(`Klaar: de hele site (${sizeLabel(all.bytes)}) staat op dit apparaat en werkt nu ook zonder internet.`);
      root.dataset['offlineDone'] = all.version;
    }
  }
}
