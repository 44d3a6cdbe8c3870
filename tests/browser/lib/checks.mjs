// In-page checks shared by the tests. Each returns plain data so that a
// failure message can say which element broke which rule.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const vnuJar = require.resolve('vnu-jar/build/dist/vnu.jar');

// nu runs the Nu Html Checker (vnu-jar, on the machine's Java) once over
// files and returns its errors, one per line, with the prefixes in strip
// taken off the paths; '' when there are none. HTML only: vnu's CSS
// checker predates container queries, which the theme uses to keep table
// captions in view. A checker that did not run must not pass: vnu exits 0
// only when it checked every file and found nothing.
export async function nu(files, strip = []) {
  const args = ['-jar', vnuJar, '--errors-only', '--format', 'gnu', ...files];
  const out = await promisify(execFile)('java', args, { maxBuffer: 16 << 20 }).catch((e) => e);
  let errors = `${out.stdout ?? ''}${out.stderr ?? ''}`.trim();
  for (const s of strip) errors = errors.replaceAll(s, '');
  if (out instanceof Error && errors === '') return `vnu did not run: ${out.message}`;
  return errors;
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// axe runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and returns
// its violations as readable lines. It is evaluated rather than added as a
// script tag so that it also runs on pages opened with JavaScript off.
export async function axe(page) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`),
    }));
  }, wcagTags);
  return violations.map((v) => `[${v.id}] (${v.impact}) ${v.help}\n    ${v.nodes.join('\n    ')}`);
}

// sidewaysOverflow names the elements that stick out of the viewport
// without being inside a region that scrolls on its own. Empty when the
// page itself does not scroll sideways.
export function sidewaysOverflow(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const scrolls = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
      }
      return false;
    };
    const out = [`page is ${root.scrollWidth}px wide in a ${root.clientWidth}px viewport`];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > root.clientWidth + 0.5 && !scrolls(el)) {
        out.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} ends at ${Math.round(r.right)}px`);
        if (out.length > 10) break;
      }
    }
    return out;
  });
}

// focusState describes the focused element: whether its focus indicator
// shows, whether it is in the viewport, and what covers it if anything.
export function focusState(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const all = [...document.querySelectorAll('*')];
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 && cs.outlineColor !== 'rgba(0, 0, 0, 0)')
      || (cs.boxShadow !== 'none' && cs.boxShadow !== '');
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const inView = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw;
    const clamp = (v, lo, hi) => Math.min(Math.max(v, lo), hi);
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2], [r.left + 1, r.top + 1], [r.right - 1, r.bottom - 1],
    ].map(([x, y]) => [clamp(x, 0, vw - 1), clamp(y, 0, vh - 1)]);
    const coveredBy = [];
    for (const [x, y] of points) {
      const hit = document.elementFromPoint(x, y);
      if (hit && hit !== el && !el.contains(hit) && !hit.contains(el)) coveredBy.push(hit.tagName.toLowerCase() + (hit.className ? '.' + hit.className : ''));
    }
    const text = (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 30);
    return {
      index: all.indexOf(el), id: el.id, tag: el.tagName.toLowerCase(), cls: String(el.className),
      label: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${text}"`,
      ring, inView, coveredBy, inMain: !!el.closest('main'),
    };
  });
}

// focusables lists the elements a keyboard user must be able to reach,
// as indexes into document.querySelectorAll('*') plus a label.
export function focusables(page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const sel = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll(sel)]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.disabled)
      .map((el) => ({ index: all.indexOf(el), label: `${el.tagName.toLowerCase()} "${(el.textContent || '').trim().slice(0, 30)}"` }));
  });
}
