/**
 * Headless Chromium from the system (Debian's chromium package), driven by playwright-core, with every
 * request outside this machine aborted and recorded: the workbench must work offline, and a test that
 * quietly fetched a CDN would hide that it does not.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const LOCAL_PROTOCOLS = new Set(['data:', 'blob:']);

export function isLocal(url: string): boolean {
  const u = new URL(url);
  return LOCAL_PROTOCOLS.has(u.protocol) || LOCAL_HOSTS.has(u.hostname);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** Aborts every non-local request in the context; the returned list fills with what was attempted. */
export async function guardNetwork(context: BrowserContext): Promise<string[]> {
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  return outside;
}
