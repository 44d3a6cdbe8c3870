// Runs `gongkai serve` the way an author does: a child process on a free
// loopback port (--port 0), its address read from what it prints.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { gongkai } from './site.mjs';

// startServe starts `gongkai serve --source source --port 0` and resolves
// once it has printed its URL. stop() sends SIGTERM (what Ctrl+C asks for)
// and resolves with the exit code and signal.
export async function startServe(source, timeout = 30000) {
  const child = spawn(await gongkai(), ['serve', '--source', source, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s) => { output += s; });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  // However the tests end, the server does not outlive them.
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  exited.then(() => process.off('exit', orphan));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gongkai serve printed no URL within ${timeout}ms:\n${output}`)), timeout);
    child.stdout.on('data', (s) => {
      output += s;
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`gongkai serve stopped (${code ?? signal}) before printing its URL:\n${output}`));
    });
  }).catch((e) => {
    child.kill('SIGKILL');
    throw e;
  });
  return {
    url,
    output: () => output,
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

// until calls probe every 100 ms until it returns something truthy, and
// returns that; it throws with what describe() says after timeout ms.
export async function until(probe, describe, timeout = 20000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const got = await probe().catch(() => undefined);
    if (got) return got;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout}ms: ${await describe()}`);
    await sleep(100);
  }
}
