// serve's error page in a real browser. `gongkai serve` runs on a
// temporary copy of the example portal; a TOML syntax error in one report
// turns every page into the list of problems, which must pass axe at
// 1280 px and 320 px without sideways scroll and the Nu Html Checker.
// Mended, the page a reader has open must come back by itself.
// Screenshots go to .artifacts/screenshots/serve/.
import assert from 'node:assert/strict';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { available, executablePath, launch } from './lib/browser.mjs';
import { axe, nu, sidewaysOverflow } from './lib/checks.mjs';
import { startServe, until } from './lib/serve.mjs';
import { repoRoot, tempDir } from './lib/site.mjs';

const widths = [1280, 320];
const shots = path.join(repoRoot, '.artifacts', 'screenshots', 'serve');

// The copy holds what serve watches of the example portal: config.toml and
// content/ (it has no layouts/ or static/ of its own).
const dir = await tempDir('gongkai-browser-serve-');
const source = path.join(dir, 'site');
await mkdir(source);
await cp(path.join(repoRoot, 'config.toml'), path.join(source, 'config.toml'));
await cp(path.join(repoRoot, 'content'), path.join(source, 'content'), { recursive: true });

// The report to break: the first organ's first year.
const organ = (await readdir(path.join(source, 'content'))).sort()[0];
const year = (await readdir(path.join(source, 'content', organ))).filter((f) => /^\d{4}\.toml$/.test(f)).sort()[0].slice(0, 4);
const reportFile = `content/${organ}/${year}.toml`;
const reportPage = `${organ}/${year}/index.html`;
const original = await readFile(path.join(source, reportFile), 'utf8');

// get fetches a page of the running server: status, body and page kind.
async function get(server, rel) {
  const res = await fetch(server.url + rel);
  const body = await res.text();
  return { status: res.status, body, kind: /<body[^>]*class="?[^">]*\bpage-([a-z-]+)/.exec(body)?.[1] };
}

const noBrowser = !(await available());
if (noBrowser && process.env.CI === 'true') throw new Error(`${executablePath} not found: CI must run the browser tests`);

describe('serve with a broken report', () => {
  let server;
  let broken;
  before(async () => {
    server = await startServe(source);
    const ok = await until(async () => (await get(server, reportPage)).kind === 'report', () => server.output());
    assert.ok(ok);
    // An unclosed table header: a TOML syntax error on the file's last line.
    await writeFile(path.join(source, reportFile), `${original}\n[[broken\n`);
    broken = await until(async () => {
      const r = await get(server, reportPage);
      return r.status === 500 && r.kind === 'error' && r;
    }, () => `no error page; serve said:\n${server.output()}`);
    await rm(shots, { recursive: true, force: true });
    await mkdir(shots, { recursive: true });
  });
  after(async () => {
    await server?.stop();
  });

  test('every page shows the problem as file:line', async () => {
    assert.match(broken.body, new RegExp(`${reportFile.replaceAll('.', '\\.')}:\\d+: \\[syntax\\]`));
    const home = await get(server, '');
    assert.equal(home.status, 500);
    assert.equal(home.kind, 'error');
    // Stylesheet and script still come, so the page keeps the theme.
    assert.equal((await fetch(server.url + 'assets/style.css')).status, 200);
  });

  test('Nu Html Checker finds no errors in the error page', async () => {
    const file = path.join(dir, 'error.html');
    await writeFile(file, broken.body);
    const errors = await nu([file], [dir + '/']);
    assert.equal(errors, '', `vnu errors in serve's error page:\n${errors}`);
  });

  describe('in chromium', { skip: noBrowser && `${executablePath} not found` }, () => {
    let browser;
    before(async () => { browser = await launch(); });
    after(async () => { await browser?.close(); });

    async function open(width) {
      const ctx = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await ctx.newPage();
      await page.goto(server.url + reportPage);
      return page;
    }

    for (const width of widths) {
      test(`the error page at ${width}px: axe, reflow`, async () => {
        const page = await open(width);
        try {
          assert.equal(await page.evaluate(() => document.body.className), 'page-error');
          await page.screenshot({ path: path.join(shots, `error-${width}.png`), fullPage: true });
          const violations = await axe(page);
          assert.deepEqual(violations, [], `axe violations on the error page at ${width}px:\n${violations.join('\n')}`);
          const overflow = await sidewaysOverflow(page);
          assert.deepEqual(overflow, [], `the error page scrolls sideways at ${width}px:\n${overflow.join('\n')}`);
        } finally {
          await page.context().close();
        }
      });
    }

    test('mended, the open page comes back by itself', async () => {
      const page = await open(1280);
      try {
        await writeFile(path.join(source, reportFile), original);
        // Live reload: the page reloads itself; nothing here navigates.
        await until(() => page.evaluate(() => document.body.className === 'page-report'),
          async () => `the open page still shows ${await page.evaluate(() => document.body.className).catch((e) => e.message)}; serve said:\n${server.output()}`);
        await page.screenshot({ path: path.join(shots, 'report-mended-1280.png') });
        const r = await get(server, reportPage);
        assert.equal(r.status, 200);
        assert.equal(r.kind, 'report');
      } finally {
        await page.context().close();
      }
    });
  });

  test('serve stops on SIGTERM with exit status 0', async () => {
    const { code, signal } = await server.stop();
    assert.equal(signal, null);
    assert.equal(code, 0, server.output());
  });
});
