/**
 * Entry of the SCORM player (built by scripts/package-scorm.ts into player.js, the same
 * file in every package). connect.ts is imported first on purpose: see there.
 */
import { data, lms } from './connect';
import { mount } from 'svelte';
import '~/styles/global.css';
import './scorm.css';
import ScormApp from './ScormApp.svelte';
import { watchLinks } from './links';
import { snapshot, track } from './tracker';

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const pkg = data;
  if (!pkg) {
    root.textContent = 'Deze module is niet compleet: het bestand data.js ontbreekt. Vraag de beheerder van je leeromgeving om de module opnieuw te plaatsen.';
    return;
  }
  document.title = pkg.title;
  root.textContent = ''; // the "needs JavaScript" line
  const session = lms;
  const report = session ? track(pkg, session) : null;
  mount(ScormApp, { target: root, props: { data: pkg, connected: session !== null, readSnapshot: () => snapshot(pkg) } });
  watchLinks(root, pkg.siteUrl);
  if (session && report) {
    let done = false;
    const end = () => {
      if (done) return;
      done = true;
      report();
      session.finish();
    };
    // pagehide also fires when the LMS closes or replaces the frame; unload is the fallback.
    window.addEventListener('pagehide', end);
    window.addEventListener('beforeunload', end);
  }
}

start();
