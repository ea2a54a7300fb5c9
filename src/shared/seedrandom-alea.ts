/**
 * What the browser build gets for `import seedrandom from 'seedrandom'` (an alias in
 * vite.config.ts): only the Alea generator, the one the model uses (models/rng.ts derives each
 * purpose's key with it; models/analysis/robustness.ts samples weightings with it). The package's
 * own entry brings seven generators (about 2.5 kB gzip), and the page's first chunks and the
 * model worker load it. The generator is the package's own file, so every draw is the same as in
 * Node, where the whole package stays (seedrandom-alea.test.ts compares them). Calling any other
 * part of seedrandom in the page fails loudly here rather than drawing different numbers.
 */
// @ts-expect-error the package's generator files have no type declarations (the whole package's do: @types/seedrandom)
import alea from 'seedrandom/lib/alea';
import type seedrandomType from 'seedrandom';

function onlyAlea(): never {
  throw new Error('seedrandom: the browser build carries only seedrandom.alea (src/shared/seedrandom-alea.ts)');
}

const seedrandom = Object.assign(onlyAlea, { alea: alea as typeof seedrandomType.alea });
export default seedrandom;
