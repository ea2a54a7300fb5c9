/**
 * zod, as the page's code gets it: `import { z } from 'zod'` resolves here in the app's build
 * (the alias in vite.config.ts), so whichever lazy chunk loads zod first also runs this.
 *
 * zod 4 compiles fast object parsers with `new Function` when it can, and probes for that on the
 * first parse. Under the app's Content-Security-Policy (no 'unsafe-eval') the probe fails
 * harmlessly but is reported as a CSP violation, so the app tells zod not to try: its parsers run
 * interpreted, which for the app's small inputs costs nothing a user could notice. zod is not
 * loaded by the first screen (only where something from outside is decoded), so this cannot be
 * a side effect of the entry point any more. `zod/v4` is the same module as `zod` (zod 4's
 * classic API), under a name the alias does not catch.
 */
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
