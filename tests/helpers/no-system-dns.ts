import { createRequire, syncBuiltinESMExports } from 'node:module';
import { isIP } from 'node:net';
import { afterAll } from 'vitest';

/**
 * The suite sends nothing past loopback, DNS included (issue 19): every name a test needs resolved goes through
 * a lookup the test injects. This setup file, loaded in every test process, replaces the system resolver
 * (`dns.lookup`, which `net`, `http` and `fetch` call, and `dns.promises.lookup`) with one that answers
 * addresses and `localhost` itself and refuses any other name; each refused name fails the file it was asked from.
 */
const require = createRequire(import.meta.url);
const dns: typeof import('node:dns') = require('node:dns');

/** Names asked of the system resolver by this test file, in order. */
export const systemLookups: string[] = [];

type LookupCallback = (error: NodeJS.ErrnoException | null, address?: unknown, family?: number) => void;

/** What needs no DNS query: an address written out (servers listening on 127.0.0.1 ask for it), or localhost. */
function loopbackAnswer(
  hostname: string,
  options: unknown,
): { address: string; family: number }[] | undefined {
  const literal = isIP(hostname);
  if (literal !== 0) return [{ address: hostname, family: literal }];
  if (hostname !== 'localhost' && !hostname.endsWith('.localhost')) return undefined;
  const family = typeof options === 'object' && options !== null && 'family' in options ? options.family : 0;
  return family === 6 ? [{ address: '::1', family: 6 }] : [{ address: '127.0.0.1', family: 4 }];
}

function refusal(hostname: string): NodeJS.ErrnoException {
  systemLookups.push(hostname);
  const error: NodeJS.ErrnoException = new Error(
    `getaddrinfo ENOTFOUND ${hostname} (tests may not use the system resolver: inject a lookup)`,
  );
  error.code = 'ENOTFOUND';
  return error;
}

function wantsAll(options: unknown): boolean {
  return typeof options === 'object' && options !== null && 'all' in options && options.all === true;
}

function testLookup(hostname: string, optionsOrCallback: unknown, maybeCallback?: LookupCallback): void {
  const callback = (
    typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback
  ) as LookupCallback;
  const options = typeof optionsOrCallback === 'function' ? undefined : optionsOrCallback;
  const answer = loopbackAnswer(hostname, options);
  process.nextTick(() => {
    if (!answer) return callback(refusal(hostname));
    if (wantsAll(options)) return callback(null, answer);
    const [first] = answer;
    callback(null, first?.address, first?.family);
  });
}

dns.lookup = testLookup as typeof dns.lookup;
dns.promises.lookup = (async (hostname: string, options?: unknown) => {
  const answer = loopbackAnswer(hostname, options);
  if (!answer) throw refusal(hostname);
  return wantsAll(options) ? answer : answer[0];
}) as typeof dns.promises.lookup;
// `import { lookup } from 'node:dns/promises'` binds the builtin's export: this updates those bindings too.
syncBuiltinESMExports();

afterAll(() => {
  if (systemLookups.length > 0) {
    const names = [...new Set(systemLookups)].join(', ');
    systemLookups.length = 0;
    throw new Error(`this test file asked the system resolver for ${names}: inject a lookup instead`);
  }
});
