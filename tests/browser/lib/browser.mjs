// Launches Debian's chromium through playwright-core: no browser download,
// no network beyond loopback, a fresh profile every run.
import { access } from 'node:fs/promises';
import { chromium } from 'playwright-core';

export const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

export async function available() {
  try {
    await access(executablePath);
    return true;
  } catch {
    return false;
  }
}

// launch starts one browser; tests open contexts with their own viewport,
// media features and JavaScript setting. Playwright gives the browser a
// fresh --user-data-dir of its own (a new temporary profile each launch).
export function launch() {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}
