#!/usr/bin/env node
// Finds the Chromium the e2e tests and the demo drive (CHROMIUM_PATH, else /usr/bin/chromium). Without it, says how
// to get one instead of letting Playwright fail later with a long stack trace about a missing executable.
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

const DEFAULT_PATH = '/usr/bin/chromium';

/** The path of a usable Chromium executable, or null. */
export function findChromium(env = process.env) {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : [DEFAULT_PATH];
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not there or not executable: try the next one
    }
  }
  return null;
}

export function howToGetChromium(env = process.env) {
  const tried = env.CHROMIUM_PATH ? `CHROMIUM_PATH=${env.CHROMIUM_PATH}` : DEFAULT_PATH;
  return [
    `Chromium was not found (looked at ${tried}).`,
    'The end-to-end tests and the demo drive a real Chromium with the extension loaded. Get one with:',
    '',
    '  sudo apt-get update && sudo apt-get install -y chromium',
    '',
    'or point CHROMIUM_PATH at an existing Chromium/Chrome executable, for example:',
    '',
    '  CHROMIUM_PATH=/path/to/chrome npm test',
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = findChromium();
  if (!found) {
    process.stderr.write(howToGetChromium());
    process.exit(1);
  }
  if (!process.argv.includes('--quiet')) process.stdout.write(`Chromium: ${found}\n`);
}
