// Builds a gongkai site with the real CLI and serves it on loopback, so the
// browser sees exactly what a reader would.
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// tempDir makes a fresh temporary directory that is removed when the
// test process exits, however the tests end. (A root-level after() hook
// is no place for this: node:test may run it while the module is still
// awaiting, before later suites have run.)
const temps = [];
process.once('exit', () => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
export async function tempDir(prefix) {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

// gongkai builds the CLI once per test process, so that build and serve
// run the same binary and a stopped server is the process that served
// (go run would leave its child behind). Returns the binary's path.
let binary;
export function gongkai() {
  binary ??= (async () => {
    const bin = path.join(await tempDir('gongkai-browser-bin-'), 'gongkai');
    await run('go', ['build', '-o', bin, './cmd/gongkai'], { cwd: repoRoot, maxBuffer: 16 << 20 });
    return bin;
  })();
  return binary;
}

// build runs `gongkai build` on source into a fresh temporary directory.
export async function build(source = repoRoot) {
  const dest = await tempDir('gongkai-browser-');
  await run(await gongkai(), ['build', '--source', source, '--destination', dest], { maxBuffer: 16 << 20 });
  return dest;
}

// synthesize writes a generated multi-year portal (bench/synth: valid,
// deterministic, made-up organs) into a fresh temporary directory and returns it.
export async function synthesize({ organs, years }) {
  const dir = await tempDir('gongkai-browser-synth-');
  const out = path.join(dir, 'site');
  await run('go', ['run', './bench/synth', '-organs', String(organs), '-years', String(years), '-out', out],
    { cwd: repoRoot, maxBuffer: 16 << 20 });
  return out;
}

// pickSpread returns up to n items of list, evenly spread and always
// including the first and the last, so that a sample covers both ends.
export function pickSpread(list, n) {
  if (list.length <= n) return list;
  if (n === 1) return [list[0]];
  return Array.from({ length: n }, (_, i) => list[Math.round((i * (list.length - 1)) / (n - 1))]);
}

// htmlFiles lists every built page, as slash paths relative to dir, sorted.
export async function htmlFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) {
      out.push(path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'));
    }
  }
  return out.sort();
}

// pageKind reads the page kind from <body class="page-KIND">, the one
// place every layout states it.
export async function pageKind(file) {
  const m = /<body[^>]*class="?[^">]*\bpage-([a-z-]+)/.exec(await readFile(file, 'utf8'));
  return m ? m[1] : 'unknown';
}

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml', '.xml': 'application/xml',
};

// serve answers GETs from dir on 127.0.0.1 at a free port.
export async function serve(dir) {
  const server = createServer(async (req, res) => {
    try {
      let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = path.join(dir, path.normalize(rel));
      if (!file.startsWith(dir)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}
