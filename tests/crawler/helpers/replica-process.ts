import { startReplica } from '../../../replica/index.js';

/**
 * Runs a replica in its own process, so that generating offers and serving them uses the second core while the
 * crawler under test uses the first. Prints one JSON line with the URLs once listening; exits on SIGTERM.
 */
const options = JSON.parse(process.argv[2] ?? '{}');
const replica = await startReplica({ rateLimit: false, ...options });
process.stdout.write(
  `${JSON.stringify({ url: replica.url, apiUrl: replica.apiUrl, tokenUrl: replica.tokenUrl, siteUrl: replica.siteUrl })}\n`,
);
process.on('SIGTERM', () => {
  replica.close().finally(() => process.exit(0));
});
