// Checks on the facts gathered from each page: its own structure, its links, and the
// `hreflang` alternates across the pages of a run.

import { existsSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { LANG_DIR } from './pages.mjs';

/** Checks one page on its own: `lang`, one `h1`, a table of contents, `#` links, relative links. */
export function checkStructure(page, facts, fail) {
  const lang = (facts.lang || '').trim();
  if (!lang) fail('lang', '<html> has no lang attribute');
  else if (page.langDir && lang.toLowerCase() !== page.langDir.toLowerCase()) {
    fail('lang', `<html lang="${lang}"> but the page is in directory ${page.langDir}/`);
  }
  if (facts.h1 !== 1) fail('h1', `has ${facts.h1} <h1> elements, expected exactly one`);
  if (page.langDir && facts.tocLinks === 0) fail('toc', 'a notice page has no <nav> with #anchor links (table of contents)');

  const ids = new Set(facts.ids);
  for (const link of facts.links) {
    const href = link.href.trim();
    const where = `link "${link.text}" (href="${link.href}")`;
    if (/^javascript:/i.test(href)) {
      fail('link', `${where} is a javascript: link`);
    } else if (href.startsWith('#')) {
      const id = decodeFragment(href.slice(1));
      if (!id) fail('anchor', `${where} points to no element`);
      else if (!ids.has(id)) fail('anchor', `${where}: no element has id="${id}"`);
    } else if (isRelative(href)) {
      const target = resolveLocal(page.file, href);
      if (!target) fail('link', `${where}: ${shown(page.file, href)} does not exist`);
    }
    if (link.hreflang !== null && !validTag(link.hreflang)) {
      fail('hreflang', `${where} has an invalid hreflang="${link.hreflang}"`);
    }
  }
}

/** A link within the site: no scheme (`https:`, `mailto:`…), not protocol-relative, not `#`. */
function isRelative(href) {
  return href !== '' && !href.startsWith('#') && !href.startsWith('//') && !/^[a-z][a-z0-9+.-]*:/i.test(href);
}

function decodeFragment(f) {
  try { return decodeURIComponent(f); } catch { return f; }
}

/** The file a relative link from `from` designates (`dir/` means `dir/index.html`), or null. */
export function resolveLocal(from, href) {
  const u = new URL(href, pathToFileURL(from));
  let file = fileURLToPath(new URL(u.pathname, u));
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

function shown(from, href) {
  const u = new URL(href, pathToFileURL(from));
  return path.relative(process.cwd(), fileURLToPath(new URL(u.pathname, u)));
}

function validTag(tag) {
  return tag === 'x-default' || LANG_DIR.test(tag);
}

/**
 * Checks the `hreflang` alternates of every page in the run: each resolves to an existing file,
 * each set has `x-default` and names the page itself under its own language, and the set is the
 * same on every page it points to (so the links are reciprocal).
 */
export function checkAlternates(entries) {
  const sets = new Map(); // file -> Map(hreflang -> file)
  for (const { page, facts, fail } of entries) {
    const set = new Map();
    for (const alt of facts.alternates) {
      const where = `<link rel="alternate" hreflang="${alt.hreflang}" href="${alt.href}">`;
      if (!validTag(alt.hreflang)) fail('hreflang', `${where}: invalid language tag`);
      const target = isRelative(alt.href) ? resolveLocal(page.file, alt.href) : null;
      if (!target) {
        fail('hreflang', `${where}: ${isRelative(alt.href) ? 'the file does not exist' : 'not a relative link within the site'}`);
        continue;
      }
      if (set.has(alt.hreflang) && set.get(alt.hreflang) !== target) fail('hreflang', `${where}: hreflang given twice`);
      set.set(alt.hreflang, target);
    }
    sets.set(page.file, set);
    if (set.size === 0) { fail('hreflang', 'no <link rel="alternate" hreflang> in <head>'); continue; }
    if (!set.has('x-default')) fail('hreflang', 'the hreflang alternates lack x-default');
    const self = [...set].filter(([, f]) => f === page.file).map(([h]) => h);
    if (self.length === 0) fail('hreflang', 'the hreflang alternates do not include the page itself');
    if (page.langDir && facts.lang && !set.has(facts.lang)) {
      fail('hreflang', `the hreflang alternates lack the page's own language ${facts.lang}`);
    }
  }
  for (const { page, fail } of entries) {
    const mine = sets.get(page.file);
    for (const target of new Set(mine.values())) {
      if (target === page.file || !sets.has(target)) continue;
      const diff = difference(mine, sets.get(target));
      if (diff) fail('hreflang', `not reciprocal with ${path.relative(path.dirname(page.file), target)}: ${diff}`);
    }
  }
}

function difference(a, b) {
  const fmt = ([h, f]) => `${h}→${path.basename(path.dirname(f))}/${path.basename(f)}`;
  const onlyA = [...a].filter(([h, f]) => b.get(h) !== f).map(fmt);
  const onlyB = [...b].filter(([h, f]) => a.get(h) !== f).map(fmt);
  if (!onlyA.length && !onlyB.length) return null;
  return [onlyA.length ? `that page lacks ${onlyA.join(', ')}` : '', onlyB.length ? `that page has ${onlyB.join(', ')}, this one does not` : '']
    .filter(Boolean).join('; ');
}

/** Checks links like `../it/index.html#purposes` against the ids of the target page, when checked. */
export function checkCrossFragments(entries) {
  const idsByFile = new Map(entries.map(({ page, facts }) => [page.file, new Set(facts.ids)]));
  for (const { page, facts, fail } of entries) {
    for (const link of facts.links) {
      const href = link.href.trim();
      const hash = href.indexOf('#');
      if (!isRelative(href) || hash < 0) continue;
      const target = resolveLocal(page.file, href);
      const id = decodeFragment(href.slice(hash + 1));
      if (target && id && idsByFile.has(target) && !idsByFile.get(target).has(id)) {
        fail('anchor', `link "${link.text}" (href="${link.href}"): the target page has no id="${id}"`);
      }
    }
  }
}
