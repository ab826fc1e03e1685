import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from './page-weight.mjs';
const launch = chromiumLaunchOptions(existsSync);
const chrome = await chromeLauncher.launch({ chromePath: launch.executablePath, chromeFlags: ['--headless=new', ...launch.args] });
for (const url of process.argv.slice(2)) {
  for (let i = 0; i < 2; i++) {
    const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, undefined);
    const a = r!.lhr.audits;
    const m = (k: string) => `${k}=${a[k]?.numericValue?.toFixed(0)}(${a[k]?.score})`;
    console.log(url, Math.round((r!.lhr.categories.performance!.score ?? 0) * 100), m('first-contentful-paint'), m('largest-contentful-paint'), m('total-blocking-time'), m('cumulative-layout-shift'), m('speed-index'));
  }
}
await chrome.kill();
