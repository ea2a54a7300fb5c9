/**
 * Command line that puts the shards of a batch back together: `npm run -s merge -- --help`.
 * As in simulate.ts, the program is loaded inside runEntry so that any failure ends as one
 * `error:` line rather than a stack trace.
 */
import { runEntry } from './cli/entry';

await runEntry(async () => {
  const { runMergeCli } = await import('./shard/merge');
  const { SHARD_RENDERERS } = await import('./shard/renderers');
  return runMergeCli(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd(), SHARD_RENDERERS);
});
