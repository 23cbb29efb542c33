#!/usr/bin/env node
// Checks generated pages in Debian's Chromium: no console errors, page errors or requests
// besides the page itself; no axe-core WCAG 2.0/2.1/2.2 A and AA violation; `#` links, relative
// links and `hreflang` alternates resolve, alternates are reciprocal and include x-default;
// one <h1>; `lang` set and matching the directory; no horizontal scrolling at 320 px. Saves
// full-page screenshots at 1280 and 320 px. See docs/browser-tests.md.
//
//   node tests/browser/check.mjs [--screenshots DIR | --no-screenshots] PATH...
//   node tests/browser/check.mjs --self-test
//
// PATH is a directory (every *.html under it is checked) or one HTML file. Exit 0 when every
// page passes, 1 when any fails, 2 on a usage error.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectPages } from './lib/pages.mjs';
import { runPages } from './lib/run.mjs';
import { selfTest } from './lib/self-test.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');

const USAGE = 'usage: node tests/browser/check.mjs [--screenshots DIR | --no-screenshots] PATH...\n'
  + '       node tests/browser/check.mjs --self-test';

async function main(argv) {
  let screenshotDir = path.join(repo, 'target', 'screenshots');
  const paths = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--self-test') return selfTest(here, path.join(screenshotDir, 'self-test'));
    if (a === '--no-screenshots') screenshotDir = null;
    else if (a === '--screenshots' && i + 1 < argv.length) screenshotDir = path.resolve(argv[++i]);
    else if (a === '-h' || a === '--help') { console.log(USAGE); return 0; }
    else if (a.startsWith('-')) { console.error(`unknown option ${a}\n${USAGE}`); return 2; }
    else paths.push(a);
  }
  if (paths.length === 0) { console.error(USAGE); return 2; }

  const pages = collectPages(paths);
  if (pages.length === 0) {
    console.error(`FAIL: no HTML pages under ${paths.join(', ')} (did the build write any?)`);
    return 1;
  }
  console.log(`browser: checking ${pages.length} page(s) in Chromium`);
  const results = await runPages(pages, { screenshotDir, log: (l) => console.log(l) });
  return report(results, screenshotDir);
}

function report(results, screenshotDir) {
  let failed = 0;
  for (const { page, failures } of results) {
    if (failures.length === 0) continue;
    failed++;
    console.log(`FAIL ${page.shown}`);
    for (const f of failures) console.log(`  - ${f.code}: ${f.message}`);
  }
  if (screenshotDir) console.log(`screenshots in ${screenshotDir}`);
  console.log(`browser: ${results.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { console.error(`error: ${e.message}`); process.exitCode = 2; },
);
