/**
 * How `npm run -s merge` turns each command's shards back into that command's output: with the
 * same code the unsharded command prints with (scripts/cli/main.ts renderRuns, scripts/sweep/
 * main.ts renderSweep), from the view each shard carries in its batch.
 */
import type { RunResult } from '../../models/index';
import { renderRuns, type RunView } from '../cli/main';
import { renderSweep, sweepShardOrder, type SweepView } from '../sweep/main';
import type { ShardCommand } from './file';
import type { ShardRenderer } from './merge';

const viewOf = <T>(batch: Readonly<Record<string, unknown>>) => batch.view as T;

export const SHARD_RENDERERS: Record<ShardCommand, ShardRenderer> = {
  simulate: {
    order: (_batch, total) => Array.from({ length: total }, (_, i) => i),
    render: (batch, data) => renderRuns(viewOf<RunView>(batch), data as RunResult[]),
  },
  sweep: {
    order: (batch) => sweepShardOrder(viewOf<SweepView>(batch)),
    render: (batch, data) => renderSweep(viewOf<SweepView>(batch), data as number[]),
  },
};
