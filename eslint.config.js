// ESLint flat config.
//
// - typescript-eslint's recommended rules for all TypeScript (and this repo's JavaScript).
// - React hooks rules for the app in src/.
// - A purity fence around models/: the model may not import UI libraries or anything from src/,
//   and may not read randomness or the clock (Math.random, Date, performance.now) or touch the
//   browser's globals, nor use the Math functions engines round differently in the last digit
//   (exp, log, pow, trigonometry: models/portable-math.ts has exact-arithmetic versions). Runs
//   must depend only on their inputs and seed, bit for bit in Node and in the browser. These
//   rules are not to be relaxed; a model that needs time or randomness takes them as inputs.
// - Layers (scripts/lint/layers.js): models ← scenarios ← src/runner ← src/shared ← src/features
//   ← src/app. Shared never imports a feature; a feature uses another only through its face
//   (index.ts); models/ imports nothing from src/.
// - No literal words in the interface's JSX (scripts/lint/ui-text.js): they come from the
//   catalogues through t(), so every language gets them.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import layers from './scripts/lint/layers.js';
import uiText from './scripts/lint/ui-text.js';

const UI_PACKAGES = ['react', 'react-dom', 'recharts', 'immer'];

export default defineConfig(
  {
    ignores: ['dist/**', 'node_modules/**', 'test-artifacts/**', 'coverage/**', '.vite/**'],
  },
  tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a parameter or variable that is unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
  },
  {
    files: ['models/**/*.{ts,tsx}', 'scenarios/**/*.{ts,tsx}', 'src/**/*.{ts,tsx}'],
    plugins: { crossings: layers },
    rules: { 'crossings/layers': 'error' },
  },
  {
    // Data from outside is validated through scenarios/safe-parse.ts, whose safeParse never
    // throws (zod's own can, on ordinary JSON such as {"length":{"toString":1,"valueOf":1}}).
    files: ['scenarios/**/*.ts', 'src/**/*.{ts,tsx}', 'server/**/*.ts'],
    ignores: ['**/*.test.ts', 'scenarios/safe-parse.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='safeParse']",
          message: 'Use safeParse(schema, data) from scenarios/safe-parse.ts: zod’s own safeParse can throw on hostile JSON.',
        },
      ],
    },
  },
  {
    // Words people read come from the translation catalogues (scripts/lint/ui-text.js).
    files: ['src/**/*.tsx'],
    plugins: { 'crossings-i18n': uiText },
    rules: { 'crossings-i18n/no-literal-ui-text': 'error' },
  },
  {
    files: ['models/**/*.{ts,tsx,js,mjs,cjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: UI_PACKAGES.map((name) => ({ name, message: 'models/ is pure TypeScript: no UI libraries.' })),
          patterns: [
            {
              group: UI_PACKAGES.map((name) => `${name}/*`),
              message: 'models/ is pure TypeScript: no UI libraries.',
            },
            {
              group: ['src', 'src/*', '../src', '../src/*', '../../src', '../../src/*', '../../../src/*', '**/src/**'],
              message: 'models/ must not import from src/ (the dependency runs the other way).',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use a seeded stream from models/rng.ts.' },
        { object: 'Date', property: 'now', message: 'The model has no clock: time is the simulated month.' },
        { object: 'performance', property: 'now', message: 'The model has no clock: time it from outside.' },
        { object: 'crypto', property: 'getRandomValues', message: 'Use a seeded stream from models/rng.ts.' },
        { object: 'crypto', property: 'randomUUID', message: 'Use a seeded stream from models/rng.ts.' },
        // Engines may round these differently in the last digit (Chromium's V8 and Node's do), which
        // would make a run differ between the command line and the browser.
        ...['exp', 'expm1', 'log', 'log1p', 'log2', 'log10', 'pow', 'cbrt', 'hypot', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh'].map((property) => ({
          object: 'Math',
          property,
          message: 'JavaScript engines differ in the last digit of this function, so a run would not be bit-identical in Node and in the browser: use exp, log or pow from models/portable-math.ts (exact arithmetic only), or a table.',
        })),
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'models/ runs in Node and in a worker: no DOM.' },
        { name: 'document', message: 'models/ runs in Node and in a worker: no DOM.' },
        { name: 'self', message: 'models/ must not depend on its host (window or worker).' },
        { name: 'localStorage', message: 'models/ must not keep state outside a run.' },
        { name: 'sessionStorage', message: 'models/ must not keep state outside a run.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'The model has no clock: no new Date().' },
        { selector: "CallExpression[callee.name='Date']", message: 'The model has no clock: no Date().' },
      ],
    },
  },
);
