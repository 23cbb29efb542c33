// Checking a list of pages in one browser and collecting the failures of each.

import { mkdirSync } from 'node:fs';
import { checkPage, launch, openTab } from './browser.mjs';
import { checkAlternates, checkCrossFragments, checkStructure } from './structure.mjs';

/**
 * Checks every page; returns `[{ page, failures, seconds }]` in the order given.
 * `log` receives one line per page as soon as its browser checks are done.
 */
export async function runPages(pages, { screenshotDir, log = () => {} } = {}) {
  if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });
  const browser = await launch();
  const entries = [];
  try {
    const tab = await openTab(browser);
    for (const page of pages) {
      const started = Date.now();
      const failures = [];
      const fail = (code, message) => failures.push({ code, message });
      let facts = null;
      try {
        const res = await checkPage(tab, page, screenshotDir);
        failures.push(...res.failures);
        facts = res.facts;
        checkStructure(page, facts, fail);
      } catch (e) {
        fail('load', `could not check the page: ${e.message.split('\n')[0]}`);
      }
      const entry = { page, facts, fail, failures, seconds: (Date.now() - started) / 1000 };
      entries.push(entry);
      log(`  checked ${page.shown} in ${entry.seconds.toFixed(1)} s`);
    }
  } finally {
    await browser.close();
  }
  const loaded = entries.filter((e) => e.facts);
  checkAlternates(loaded);
  checkCrossFragments(loaded);
  return entries.map(({ page, failures, seconds }) => ({ page, failures: dedupe(failures), seconds }));
}

/** The same finding at both widths (or for each of several requests) is reported once. */
function dedupe(failures) {
  const seen = new Set();
  return failures.filter((f) => {
    const key = `${f.code} ${f.message.replace(/^\[(desktop|mobile)\] /, '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
