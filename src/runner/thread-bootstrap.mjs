// Entry of a model worker thread (node-threads.ts). Node 20 worker threads do not inherit tsx's
// module hooks from the parent's `--import tsx` (nor from `execArgv`), and a .ts entry fails with
// "Unknown file extension"; so register them here, then load the TypeScript worker. This works
// however the parent was started (tsx, node --import tsx, vitest).
import { register } from 'tsx/esm/api';

register();
await import('./thread-worker.ts');
