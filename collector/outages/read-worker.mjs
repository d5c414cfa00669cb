// The read worker's entry: on Node 20 a worker thread gets no TypeScript loader from `--import tsx` in
// its execArgv, so it registers tsx itself and then loads the worker's code (read-worker.ts).
import { register } from 'tsx/esm/api';

register();
await import('./read-worker.ts');
