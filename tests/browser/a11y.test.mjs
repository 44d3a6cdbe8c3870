// Accessibility of the built portals in a real browser: axe-core (WCAG
// 2.0/2.1/2.2 A and AA) at 1280 px and 320 px on sampled pages of every
// kind, no sideways page scroll at 320 px, the Nu Html Checker on every
// page, the keyboard path through a report, 长者模式, reduced motion and
// print. Two portals: the example portal (real reports) and a generated
// multi-year one (bench/synth), whose bulk and spread of figures the
// example does not have. Screenshots of each page kind go to
// .artifacts/screenshots/<portal>/.
import assert from 'node:assert/strict';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { available, executablePath, launch } from './lib/browser.mjs';
import { axe, focusState, focusables, nu, sidewaysOverflow } from './lib/checks.mjs';
import { build, htmlFiles, pageKind, pickSpread, repoRoot, serve, synthesize } from './lib/site.mjs';

const widths = [1280, 320];
const artifacts = path.join(repoRoot, '.artifacts');
const shots = path.join(artifacts, 'screenshots');
// Every page type a portal has: 首页, 机关, 报告, 报告与上年对比, 年度概览,
// 历年汇总对比.
const kinds = ['home', 'organ', 'report', 'compare', 'year', 'totals'];

// axe and reflow run on up to perKind pages of each kind, evenly spread
// (first and last included), to keep the suite to a few minutes as
// portals grow; pages of one kind share one layout. The generated portal's
// pages differ in figures only, so fewer of them are sampled.
const synthSource = await synthesize({ organs: 12, years: 4 });
const portals = [
  { name: 'example', site: await build(), perKind: 4 },
  { name: 'generated', site: await build(synthSource), perKind: 2 },
];
for (const portal of portals) {
  portal.files = await htmlFiles(portal.site);
  portal.pages = [];
  for (const f of portal.files) portal.pages.push({ file: f, kind: await pageKind(path.join(portal.site, f)) });
  // The first page of each kind is its representative for screenshots.
  portal.firstOfKind = new Map();
  for (const p of portal.pages) if (!portal.firstOfKind.has(p.kind)) portal.firstOfKind.set(p.kind, p.file);
  portal.checked = [...portal.firstOfKind.keys()].flatMap((kind) => pickSpread(portal.pages.filter((p) => p.kind === kind), portal.perKind));
}
const example = portals[0];
const site = example.site;
const firstOfKind = example.firstOfKind;
const reports = example.pages.filter((p) => p.kind === 'report').map((p) => p.file);
// The keyboard and mode tests use a report of the example portal with the
// most on it: a notice of acknowledged findings (数据核对说明) where there
// is one.
const withNotice = [];
for (const f of reports) if (/class="?notice\b/.test(await readFile(path.join(site, f), 'utf8'))) withNotice.push(f);
const report = withNotice[0] ?? reports[0];
if (report && !example.checked.some((p) => p.file === report)) example.checked.push({ file: report, kind: 'report' });

for (const portal of portals) {
  test(`the ${portal.name} portal has every page type`, () => {
    for (const kind of kinds) assert.ok(portal.firstOfKind.has(kind), `no ${kind} page in ${portal.files}`);
  });
}

test('Nu Html Checker finds no errors in any built page', async () => {
  const files = portals.flatMap((p) => p.files.map((f) => path.join(p.site, f)));
  const errors = await nu(files, portals.map((p) => p.site + '/'));
  assert.equal(errors, '', `vnu errors in ${files.length} pages:\n${errors}`);
});

const noBrowser = !(await available());
if (noBrowser && process.env.CI === 'true') throw new Error(`${executablePath} not found: CI must run the browser tests`);

describe('in chromium', { skip: noBrowser && `${executablePath} not found` }, () => {
  let browser;
  let server;
  before(async () => {
    for (const portal of portals) {
      portal.server = await serve(portal.site);
      await rm(path.join(shots, portal.name), { recursive: true, force: true });
      await mkdir(path.join(shots, portal.name), { recursive: true });
    }
    server = example.server;
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    for (const portal of portals) await portal.server?.close();
  });

  // open loads a page in a new context of the given width and options.
  async function open(file, width, options = {}, base = server.url) {
    const ctx = await browser.newContext({ viewport: { width, height: 800 }, ...options });
    const page = await ctx.newPage();
    await page.goto(base + file);
    return page;
  }

  for (const portal of portals) {
    for (const width of widths) {
      for (const { file, kind } of portal.checked) {
        test(`${portal.name} ${kind} ${file} at ${width}px: axe, reflow`, async () => {
          const page = await open(file, width, {}, portal.server.url);
          try {
            if (portal.firstOfKind.get(kind) === file) {
              await page.screenshot({ path: path.join(shots, portal.name, `${kind}-${width}.png`), fullPage: true });
            }
            await clean(page, `${portal.name} ${file} at ${width}px`);
          } finally {
            await page.context().close();
          }
        });
      }
    }
  }

  for (const width of widths) {
    test(`keyboard through ${report} at ${width}px`, async () => {
      const page = await open(report, width);
      try {
        await page.keyboard.press('Tab');
        let s = await focusState(page);
        assert.ok(s && s.cls.includes('skip-link'), `first Tab should reach the skip link, reached ${s?.label}`);
        assert.ok(s.inView && s.ring && s.coveredBy.length === 0, `skip link must show when focused: ${JSON.stringify(s)}`);
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => location.hash), '#main');
        assert.equal(await page.evaluate(() => document.activeElement.id), 'main', 'the skip link should move focus to main');
        await page.keyboard.press('Tab');
        s = await focusState(page);
        assert.ok(s?.inMain, `Tab after the skip link should land inside main, landed on ${s?.label}`);

        await page.goto('about:blank');
        await page.goto(server.url + report);
        const want = await focusables(page);
        assert.ok(want.length >= 10, `a report has links to walk, found ${want.length}`);
        const reached = new Set();
        const problems = [];
        for (let i = 0; i < want.length + 5; i++) {
          await page.keyboard.press('Tab');
          s = await focusState(page);
          if (!s || reached.has(s.index)) break;
          reached.add(s.index);
          if (!s.ring) problems.push(`${s.label}: no visible focus indicator`);
          if (!s.inView) problems.push(`${s.label}: focused outside the viewport`);
          if (s.coveredBy.length) problems.push(`${s.label}: covered by ${s.coveredBy.join(', ')}`);
        }
        for (const w of want) if (!reached.has(w.index)) problems.push(`${w.label}: not reachable by Tab`);
        assert.deepEqual(problems, []);
      } finally {
        await page.context().close();
      }
    });
  }

  // looks reads what the reader gets: root and body font size, text colour.
  const looks = (page) => page.evaluate(() => ({
    root: parseFloat(getComputedStyle(document.documentElement).fontSize),
    body: parseFloat(getComputedStyle(document.body).fontSize),
    color: getComputedStyle(document.body).color,
  }));

  // clean asserts zero axe violations and no sideways scroll.
  async function clean(page, what) {
    const violations = await axe(page);
    assert.deepEqual(violations, [], `axe violations in ${what}:\n${violations.join('\n')}`);
    const overflow = await sidewaysOverflow(page);
    assert.deepEqual(overflow, [], `${what} scrolls sideways:\n${overflow.join('\n')}`);
  }

  test('长者模式 without JavaScript: a link that enlarges the page it targets', async () => {
    const page = await open(report, 320, { javaScriptEnabled: false });
    try {
      const normal = await looks(page);
      await page.click('a.mode-on');
      assert.equal(await page.evaluate(() => location.hash), '#elder');
      const elder = await looks(page);
      assert.ok(elder.body >= normal.body * 1.3, `body text ${normal.body}px -> ${elder.body}px`);
      assert.equal(elder.color, 'rgb(0, 0, 0)');
      assert.ok(await page.isVisible('a.mode-off'), 'the way back must show');
      await page.screenshot({ path: path.join(shots, 'example', 'report-elder-nojs-320.png'), fullPage: true });
      await page.click('a.mode-off');
      assert.equal((await looks(page)).body, normal.body);
    } finally {
      await page.context().close();
    }
    // axe needs JavaScript (its timers stall with it off): it checks the
    // same no-script styling with mode.js refused instead.
    const ctx = await browser.newContext({ viewport: { width: 320, height: 800 } });
    try {
      await ctx.route('**/mode.js', (route) => route.abort());
      const page = await ctx.newPage();
      await page.goto(`${server.url}${report}#elder`);
      assert.equal(await page.evaluate(() => document.documentElement.classList.contains('js')), false);
      assert.ok(await page.isVisible('a.mode-off'));
      await clean(page, '长者模式 without JavaScript at 320px');
    } finally {
      await ctx.close();
    }
  });

  test('长者模式 with JavaScript: a pressed button kept across pages', async () => {
    const page = await open(report, 1280);
    try {
      const normal = await looks(page);
      const button = page.locator('button.mode-toggle');
      assert.equal(await page.locator('.mode-links').count(), 0, 'the links give way to the button');
      assert.equal(await button.getAttribute('aria-pressed'), 'false');
      await button.click();
      assert.equal(await button.getAttribute('aria-pressed'), 'true');
      assert.ok((await looks(page)).body >= normal.body * 1.3);
      await page.screenshot({ path: path.join(shots, 'example', 'report-elder-1280.png'), fullPage: true });
      await clean(page, '长者模式 at 1280px');
      for (const [kind, file] of firstOfKind) {
        await page.goto(server.url + file);
        assert.equal(await page.locator('button.mode-toggle').getAttribute('aria-pressed'), 'true', `${kind} keeps the mode`);
        await page.setViewportSize({ width: 320, height: 800 });
        await page.screenshot({ path: path.join(shots, 'example', `${kind}-elder-320.png`), fullPage: true });
        await clean(page, `${kind} ${file} in 长者模式 at 320px`);
        await page.setViewportSize({ width: 1280, height: 800 });
      }
      await page.locator('button.mode-toggle').click();
      await page.reload();
      assert.equal((await looks(page)).body, normal.body, 'switching off is kept too');
    } finally {
      await page.context().close();
    }
  });

  test('prefers-contrast: more gives the strongest text contrast', async () => {
    const page = await open(report, 1280, { contrast: 'more' });
    try {
      assert.equal((await looks(page)).color, 'rgb(0, 0, 0)');
      await clean(page, 'prefers-contrast: more');
    } finally {
      await page.context().close();
    }
  });

  test('text enlarged to 200% loses nothing', async () => {
    const page = await open(report, 1280);
    try {
      const normal = await looks(page);
      await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
      assert.equal((await looks(page)).body, normal.body * 2);
      await page.screenshot({ path: path.join(shots, 'example', 'report-text200-1280.png'), fullPage: true });
      await clean(page, 'the report with text at 200%');
    } finally {
      await page.context().close();
    }
  });

  test('nothing moves, and prefers-reduced-motion is honoured', async () => {
    for (const reducedMotion of ['no-preference', 'reduce']) {
      const page = await open(report, 1280, { reducedMotion });
      try {
        const moving = await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => {
          const cs = getComputedStyle(el);
          return cs.animationName !== 'none' || cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0)
            || cs.scrollBehavior === 'smooth';
        }).map((el) => el.tagName.toLowerCase() + '.' + el.className));
        assert.deepEqual(moving, [], `moving elements with ${reducedMotion}`);
        assert.equal(await page.evaluate(() => document.getAnimations().length), 0);
      } finally {
        await page.context().close();
      }
    }
  });

  test('a report prints as the document: no navigation, link URLs shown', async () => {
    const page = await open(report, 800);
    try {
      await page.emulateMedia({ media: 'print' });
      const hidden = await page.evaluate(() => ['.site-header', '.breadcrumb', '.toc', '.pager', '.skip-link']
        .filter((s) => document.querySelector(s) && getComputedStyle(document.querySelector(s)).display !== 'none'));
      assert.deepEqual(hidden, [], 'navigation that still prints');
      const urls = await page.evaluate(() => [...document.querySelectorAll('main a[href^="http"]')]
        .filter((a) => !getComputedStyle(a, '::after').content.includes(a.getAttribute('href'))).map((a) => a.href));
      assert.deepEqual(urls, [], 'links printed without their URL');
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('table.official thead')).display), 'table-header-group');
      await page.screenshot({ path: path.join(shots, 'example', 'report-print.png'), fullPage: true });
      await mkdir(path.join(artifacts, 'print'), { recursive: true });
      await page.pdf({ path: path.join(artifacts, 'print', 'report.pdf'), format: 'A4', preferCSSPageSize: true });
    } finally {
      await page.context().close();
    }
  });
});
