// `check.mjs --self-test`: proves each check catches its defect. Every directory under
// fixtures/ is a small hand-written site; fixtures/expect.json says, for each, which pages must
// fail with exactly which check codes (a page not listed must pass) and whether the Nu HTML
// Checker must accept it.

import { readFileSync, readdirSync } from 'node:fs';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectPages } from './pages.mjs';
import { runPages } from './run.mjs';

export async function selfTest(here, screenshotDir) {
  const fixtures = path.join(here, 'fixtures');
  const expect = JSON.parse(readFileSync(path.join(fixtures, 'expect.json'), 'utf8'));
  const dirs = readdirSync(fixtures, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  let passed = 0;
  let failed = 0;
  const verdict = (ok, line) => { if (ok) passed++; else failed++; console.log(`${ok ? 'ok  ' : 'FAIL'} ${line}`); };

  for (const name of dirs.filter((d) => !(d in expect))) verdict(false, `${name}: no entry in expect.json`);
  for (const name of Object.keys(expect).filter((n) => !dirs.includes(n))) verdict(false, `${name}: no such fixture`);

  // The Nu HTML Checker runs beside the browser; one browser run covers every fixture
  // (launching one per fixture costs seconds each on a busy machine).
  const validating = vnuVerdicts(here, fixtures);
  const known = dirs.filter((d) => d in expect);
  const all = await runPages(collectPages(known.map((d) => path.join(fixtures, d))), { screenshotDir });
  const valid = await validating;
  for (const name of known) {
    const want = expect[name];
    const results = all.filter((r) => path.relative(fixtures, r.page.file).split(path.sep)[0] === name);
    for (const { page, failures } of results) {
      const got = [...new Set(failures.map((f) => f.code))].sort();
      const wanted = [...(want.fail?.[page.rel] ?? [])].sort();
      const ok = got.join(' ') === wanted.join(' ');
      const what = wanted.length ? `fails with ${wanted.join(', ')}` : 'passes';
      verdict(ok, `${name}/${page.rel} ${what}${ok ? '' : `; got ${got.join(', ') || 'no failure'}`}`);
      if (!ok) for (const f of failures) console.log(`       - ${f.code}: ${f.message}`);
    }
    for (const rel of Object.keys(want.fail ?? {}).filter((r) => !results.some((x) => x.page.rel === r))) {
      verdict(false, `${name}/${rel}: expected to fail but there is no such page`);
    }
    if (valid === null) {
      verdict(false, `${name}: Nu HTML Checker did not run`);
    } else {
      const errors = valid.get(name) ?? [];
      const wantValid = want.valid !== false;
      verdict(wantValid === (errors.length === 0),
        `${name}: Nu HTML Checker ${wantValid ? 'accepts it' : 'rejects it'}${errors.length ? ` (${errors[0]})` : ''}`);
    }
  }
  console.log(`self-test: ${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

/** The same Java flags as scripts/browser-test (where they are explained). */
const VNU_JAVA_FLAGS = ['-Xss8m', '-XX:TieredStopAtLevel=1'];

/**
 * Runs the Nu HTML Checker once over all fixtures; resolves to the error messages per fixture
 * directory, or null when it could not run.
 */
function vnuVerdicts(here, fixtures) {
  const jar = path.join(here, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
  const args = [...VNU_JAVA_FLAGS, '-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', '--stdout', fixtures];
  return new Promise((resolve) => {
    execFile('java', args, { encoding: 'utf8', maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      let messages;
      try {
        messages = JSON.parse(stdout).messages;
      } catch {
        console.log(`FAIL Nu HTML Checker did not run: ${error?.message ?? ''} ${stderr}`.trim());
        resolve(null);
        return;
      }
      const byDir = new Map();
      for (const m of messages) {
        if (m.type !== 'error' && m.subType !== 'fatal') continue;
        const rel = path.relative(fixtures, fileURLToPath(m.url.replace(/^file:(?!\/\/)/, 'file://')));
        const dir = rel.split(path.sep)[0];
        if (!byDir.has(dir)) byDir.set(dir, []);
        byDir.get(dir).push(`${rel}:${m.lastLine}: ${m.message}`);
      }
      resolve(byDir);
    });
  });
}
