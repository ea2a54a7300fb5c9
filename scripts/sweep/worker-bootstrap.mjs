// Entry of a sweep worker thread. Node 20 worker threads do not inherit tsx's module hooks, so
// register them here, then load the TypeScript worker (see pool.ts).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
