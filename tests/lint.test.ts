/**
 * The layering lint (scripts/lint/layers.js, in eslint.config.js): run through ESLint's Node API
 * on small snippets placed in each layer, a deliberate violation is reported and an allowed
 * import is not. The whole code base passing `npm run lint` shows the layers hold today.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

/** The layering complaints ESLint makes about `code` if it were the file at `path`. */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}` });
  return result.messages.filter((m) => m.ruleId === 'crossings/layers').map((m) => m.message);
}

describe('the layering lint', () => {
  it('refuses shared code that imports a feature', async () => {
    const errors = await layerErrors('src/shared/probe.ts', "import { planComparison } from '../features/compare/ensembles';\nexport const x = planComparison;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/src\/shared\/probe\.ts: shared\/ may not import a feature/);
    expect(await layerErrors('src/shared/probe.ts', "import { ExploreView } from '../features/explore/index';\nexport const x = ExploreView;\n")).toHaveLength(1);
  });

  it('refuses a feature reaching into another feature’s files, and allows its face', async () => {
    const inside = await layerErrors('src/features/lecture/probe.ts', "import { mixRunInput } from '../compare/mixes';\nexport const x = mixRunInput;\n");
    expect(inside).toEqual([expect.stringMatching(/only through its face \(src\/features\/compare\/index\.ts\)/)]);
    expect(await layerErrors('src/features/lecture/probe.ts', "import { CompareView } from '../compare/index';\nexport const x = CompareView;\n")).toEqual([]);
    expect(await layerErrors('src/features/lecture/probe.ts', "import { CompareView } from '../compare';\nexport const x = CompareView;\n")).toEqual([]);
  });

  it('lets a feature use the model, the scenarios, the runner, shared parts and its own files', async () => {
    const code = [
      "import { runModel } from '../../../models/index';",
      "import { BUILT_IN_TOURS } from '../../../scenarios/tours';",
      "import { RunQueue } from '../../runner/index';",
      "import { formatCount } from '../../shared/format';",
      "import { stepRunInput } from './lecture-route';",
      'export const all = [runModel, BUILT_IN_TOURS, RunQueue, formatCount, stepRunInput];',
    ].join('\n');
    expect(await layerErrors('src/features/lecture/probe.ts', code)).toEqual([]);
  });

  it('keeps the model and the runner free of the app, and the app off the features’ files', async () => {
    expect(await layerErrors('models/probe.ts', "import { formatCount } from '../src/shared/format';\nexport const x = formatCount;\n")).toHaveLength(1);
    expect(await layerErrors('src/runner/probe.ts', "import { formatCount } from '../shared/format';\nexport const x = formatCount;\n")).toHaveLength(1);
    expect(await layerErrors('src/app/probe.ts', "export const load = () => import('../features/seminar/SeminarView');\n")).toHaveLength(1);
    expect(await layerErrors('src/app/probe.ts', "export const load = () => import('../features/seminar/index');\n")).toEqual([]);
  });

  it('lets a unit test compare the app with the command line', async () => {
    const code = "import { runCli } from '../../../../scripts/cli/main';\nexport const x = runCli;\n";
    expect(await layerErrors('src/features/explore/share/probe.test.ts', code)).toEqual([]);
    expect(await layerErrors('src/features/explore/share/probe.ts', code)).toHaveLength(1);
  });
});

describe('the safeParse lint', () => {
  it('refuses zod’s own safeParse on data from outside, and allows the one that never throws', async () => {
    const messages = async (path: string, code: string) => (await eslint.lintText(code, { filePath: `${ROOT}${path}` }))[0].messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
    expect(await messages('src/shared/probe.ts', "import { z } from 'zod';\nexport const x = z.string().safeParse(1);\n")).toEqual([expect.stringMatching(/scenarios\/safe-parse\.ts/)]);
    expect(await messages('server/probe.ts', "import { z } from 'zod';\nexport const x = z.string().safeParse(1);\n")).toHaveLength(1);
    expect(await messages('src/shared/probe.ts', "import { z } from 'zod';\nimport { safeParse } from '../../scenarios/index';\nexport const x = safeParse(z.string(), 1);\n")).toEqual([]);
  });
});
