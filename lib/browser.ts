import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { LIB_MESSAGES } from './error-messages.js';
import { VigieError } from './errors.js';

/**
 * Chromium as the system provides it (Debian's `chromium` package). Playwright's own browser download is never
 * used: it needs the network, and the machines Vigie runs on may have none.
 */
export const CHROMIUM_CANDIDATES = [
  process.env.VIGIE_CHROMIUM,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter((path): path is string => typeof path === 'string' && path !== '');

export function findChromium(): string | undefined {
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

/**
 * The flags every launch needs here: no sandbox (we may run as root), no GPU, and no background networking —
 * without it Chromium keeps calling Google's services, which a closed network refuses many times a second.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // No request outside the ones Playwright routes: WebRTC over UDP only through a proxy (there is none), and no
  // DNS prefetching of the names a page mentions.
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--dns-prefetch-disable',
];

export async function launchChromium(options: { timeoutMs?: number } = {}): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new VigieError(LIB_MESSAGES.chromiumMissing());
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: options.timeoutMs ?? 30_000,
  });
}
