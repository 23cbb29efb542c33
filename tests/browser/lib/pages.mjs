// Finding the HTML pages to check and naming them.
//
// A site directory holds one or more generated sites. A generated site is a directory with
// `policy.json`, a language chooser `index.html` and one `<lang>/index.html` per language.
// `target/site/` holds one such site per example, so its pages are `<example>/<lang>/index.html`.

import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** A BCP 47 tag as used for directory names: `en`, `pt-BR`, `zh-Hant`, `es-419`. */
export const LANG_DIR = /^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|[0-9]{3}))?$/i;

/** Every `*.html` file under `dir`, sorted, skipping `node_modules`. */
function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(full);
  }
  return out.sort();
}

/**
 * Turns command-line paths (site directories or single HTML files) into page records:
 * `{ file, rel, shown, name, langDir }`. `rel` is the path from the directory given, `shown` the
 * path from the working directory (for messages), `name` the stem of the screenshot files,
 * `langDir` the language the directory names (or null for a chooser).
 */
export function collectPages(args) {
  const pages = [];
  for (const arg of args) {
    const abs = path.resolve(arg);
    if (!existsSync(abs)) throw new Error(`no such file or directory: ${arg}`);
    if (statSync(abs).isDirectory()) {
      // A directory that is itself one site gets its own name as a prefix.
      const prefix = existsSync(path.join(abs, 'policy.json')) ? [path.basename(abs)] : [];
      for (const file of walk(abs)) {
        pages.push(record(file, path.relative(abs, file), prefix));
      }
    } else {
      pages.push(record(abs, path.relative(process.cwd(), abs), []));
    }
  }
  return pages;
}

function record(file, rel, prefix) {
  const parts = [...prefix, ...rel.split(path.sep).filter((p) => p !== '..' && p !== '.')];
  if (parts.length > 1 && parts[parts.length - 1] === 'index.html') parts.pop();
  else parts[parts.length - 1] = parts[parts.length - 1].replace(/\.html$/, '');
  return {
    file,
    rel: rel.split(path.sep).join('/'),
    shown: shown(file),
    name: parts.join('-'),
    langDir: langDir(file),
  };
}

/** The path from the working directory, or the absolute path for a file outside it. */
function shown(file) {
  const rel = path.relative(process.cwd(), file);
  return (rel.startsWith('..') ? file : rel).split(path.sep).join('/');
}

/**
 * The language a notice page's directory names: `site/it/index.html` is `it` when `site/`
 * is a generated site (it has `policy.json` or a chooser `index.html`). Otherwise null.
 */
function langDir(file) {
  if (path.basename(file) !== 'index.html') return null;
  const dir = path.dirname(file);
  const site = path.dirname(dir);
  const isSite = existsSync(path.join(site, 'policy.json')) || existsSync(path.join(site, 'index.html'));
  return LANG_DIR.test(path.basename(dir)) && isSite ? path.basename(dir) : null;
}
