// The hang guard's worker thread starts here: plain JavaScript that teaches the thread TypeScript (tsx), then
// loads the worker proper. A worker thread can be terminated mid-regex; the test's own thread cannot.
import { register } from 'tsx/esm/api';

register();
await import('./hang-guard-worker.ts');
