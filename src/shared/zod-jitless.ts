/**
 * zod 4 compiles fast object parsers with `new Function` when it can, and probes for that on the
 * first parse. Under the app's Content-Security-Policy (no 'unsafe-eval') the probe fails
 * harmlessly but is reported as a CSP violation, so the app tells zod not to try: its parsers run
 * interpreted, which for the app's small inputs costs nothing a user could notice. Imported first
 * by the entry point, before anything parses.
 */
import { z } from 'zod';

z.config({ jitless: true });
