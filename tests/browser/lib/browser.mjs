// Launching Debian's Chromium and checking one page in it.

import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';
import axe from 'axe-core';

const AXE_SOURCE = axe.source;

/** The WCAG levels axe-core checks: A and AA of WCAG 2.0, 2.1 and 2.2. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const DESKTOP = { width: 1280, height: 800 };
export const MOBILE = { width: 320, height: 640 };

/** Chromium flags that keep it offline and quiet (see /work/shared/TOOLING.md §5). */
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath} (install Debian's chromium, or set CHROMIUM)`);
  }
  return chromium.launch({ executablePath, args: FLAGS });
}

/**
 * One browser tab reused for every page (a fresh context per page costs about a second on a
 * busy 2-core machine). Requests other than the page itself are blocked before they leave.
 */
export async function openTab(browser) {
  const ctx = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1 });
  const state = { url: null, fail: () => {} };
  await ctx.route('**/*', (route) => {
    const u = route.request().url();
    return u === state.url || u.startsWith('data:') ? route.continue() : route.abort('blockedbyclient');
  });
  const tab = await ctx.newPage();
  tab.on('request', (r) => {
    const u = r.url();
    if (u !== state.url && !u.startsWith('data:')) state.fail('request', `requests ${u} (a page must load nothing but itself)`);
  });
  tab.on('console', (m) => {
    // A blocked request also logs "Failed to load resource"; it is already reported above.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
      state.fail('console', `console error: ${m.text()}`);
    }
  });
  tab.on('pageerror', (e) => state.fail('pageerror', `uncaught exception: ${e.message}`));
  return { ctx, tab, state };
}

/**
 * Loads one page and runs every check that needs the browser. Returns the failures found
 * (`{ code, message }`) and the facts the cross-page checks need (ids, links, alternates).
 */
export async function checkPage({ tab, state }, page, screenshotDir) {
  const failures = [];
  const fail = (code, message) => failures.push({ code, message });
  state.url = pathToFileURL(page.file).href;
  state.fail = fail;
  try {
    await tab.setViewportSize(DESKTOP);
    const response = await tab.goto(state.url, { waitUntil: 'load', timeout: 30_000 });
    if (!response) fail('load', 'no response');

    const facts = await tab.evaluate(domFacts);
    await tab.evaluate(AXE_SOURCE);
    await runAxe(tab, fail, 'desktop');
    if (screenshotDir) {
      await tab.screenshot({ path: path.join(screenshotDir, `${page.name}-desktop.png`), fullPage: true });
    }

    await tab.setViewportSize(MOBILE);
    const reflow = await tab.evaluate(overflowAt);
    if (reflow.scrollWidth > MOBILE.width) {
      fail('reflow', `scrolls horizontally at ${MOBILE.width} px: scrollWidth ${reflow.scrollWidth}; `
        + `too wide: ${reflow.offenders.join(', ') || '(unknown)'}`);
    }
    await runAxe(tab, fail, 'mobile');
    if (screenshotDir) {
      await tab.screenshot({ path: path.join(screenshotDir, `${page.name}-mobile.png`), fullPage: true });
    }
    return { failures, facts };
  } finally {
    // Whatever the page does after this belongs to no page: drop it.
    state.fail = () => {};
    await tab.goto('about:blank').catch(() => {});
  }
}

/**
 * Runs axe-core (injected into the page; @axe-core/playwright took 4–7 s a run here against
 * about 1 s); one failure per rule violated, naming the impact, the help and the targets.
 */
async function runAxe(tab, fail, width) {
  const res = await tab.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'],
  }), AXE_TAGS);
  for (const v of res.violations) {
    const targets = v.nodes.map((n) => n.target.join(' ')).slice(0, 5);
    const more = v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : '';
    fail(`axe:${v.id}`, `[${width}] ${v.id} (${v.impact}): ${v.help}; at ${targets.join(' | ')}${more}`);
  }
}

/** Runs inside the page: what the DOM-level and cross-page checks need. */
function domFacts() {
  const describe = (a) => (a.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return {
    lang: document.documentElement.getAttribute('lang'),
    h1: document.querySelectorAll('h1').length,
    ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
    tocLinks: document.querySelectorAll('nav a[href^="#"]').length,
    links: [...document.querySelectorAll('a[href]')].map((a) => ({
      href: a.getAttribute('href'), text: describe(a), hreflang: a.getAttribute('hreflang'),
    })),
    alternates: [...document.querySelectorAll('link[rel~="alternate" i][hreflang]')].map((l) => ({
      hreflang: l.getAttribute('hreflang'), href: l.getAttribute('href'),
    })),
  };
}

/** Runs inside the page: the document width and the outermost elements sticking out. */
function overflowAt() {
  const limit = window.innerWidth;
  const sel = (e) => e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '')
    + (typeof e.className === 'string' && e.className.trim() ? `.${e.className.trim().split(/\s+/).join('.')}` : '');
  const all = [...document.body.querySelectorAll('*')];
  // First the boxes whose content spills out visibly (a long word in a heading), deepest first:
  // a table wider than its scrolling wrapper is fine and is not the cause.
  const spills = all.filter((e) => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1
    && getComputedStyle(e).overflowX === 'visible');
  const deepest = spills.filter((e) => !spills.some((o) => o !== e && e.contains(o)));
  const wide = (e) => e.getBoundingClientRect().right > limit + 0.5;
  const scrolls = (e) => {
    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible') return true;
    }
    return false;
  };
  const outside = all.filter((e) => wide(e) && !scrolls(e)
    && !(e.parentElement && e.parentElement !== document.body && wide(e.parentElement)));
  const text = (e) => (e.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
  const offenders = (deepest.length ? deepest : outside).slice(0, 5).map((e) => `${sel(e)} "${text(e)}"`);
  return { scrollWidth: document.documentElement.scrollWidth, offenders };
}
