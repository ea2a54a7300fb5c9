/**
 * The parts of a batch's identity shared by every command that shards: the model version and the
 * run input with every default filled in (the run cache key's fields, models/analysis/cache-key.ts,
 * without the seed, which each command lists itself). Two shards agree on these exactly when their
 * runs are the same runs.
 */
import { MODEL_VERSION, runCacheKey, type RunInput } from '../../models/index';
import type { Scenario } from '../../scenarios/index';

export function batchInputs(input: RunInput, scenario: Pick<Scenario, 'id' | 'title'>): Record<string, unknown> {
  const { seed: _seed, modelVersion: _version, ...inputs } = JSON.parse(runCacheKey(input)) as Record<string, unknown>;
  return { modelVersion: MODEL_VERSION, scenario: { id: scenario.id, title: scenario.title }, ...inputs };
}
