// ESLint rule `crossings/layers`: which folder may import which. It resolves each relative import
// (static, re-export and dynamic) to the file it names and checks the pair of layers:
//
//   models/           the model: imports only models/
//   scenarios/        scenario data and checks: models/, scenarios/
//   src/runner/       running the model: models/, src/runner/
//   src/shared/       parts two features use: models/, scenarios/, src/runner/, src/shared/
//   src/features/X/   one feature: the above, its own folder, and another feature only through
//                     that feature's face (src/features/Y/index.ts)
//   src/app/          the shell: the above, and the features only through their faces
//   src/main.tsx      the entry: src/app/, src/shared/
//
// So shared never imports a feature, the runner and the model never import the app, and a
// feature cannot reach into another feature's files. Test files (*.test.ts) may also import
// scripts/ and tests/ (to compare the app with the command line, say). Imports of packages are
// not this rule's business (the models/ purity fence in eslint.config.js handles those).
import { dirname, relative, resolve } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');

/** The layer of a repository path (forward slashes, no leading ./), or null outside the layers. */
export function layerOf(path) {
  if (path.startsWith('models/')) return 'models';
  if (path.startsWith('scenarios/')) return 'scenarios';
  if (path.startsWith('src/runner/')) return 'runner';
  if (path.startsWith('src/shared/')) return 'shared';
  if (path.startsWith('src/app/')) return 'app';
  if (path === 'src/main.tsx') return 'main';
  const feature = /^src\/features\/([^/]+)\//.exec(path);
  if (feature) return `feature:${feature[1]}`;
  if (path.startsWith('scripts/')) return 'scripts';
  if (path.startsWith('tests/')) return 'tests';
  return null;
}

const BASE = { models: ['models'], scenarios: ['models', 'scenarios'], runner: ['models', 'runner'] };
BASE.shared = ['models', 'scenarios', 'runner', 'shared'];
const ALLOWED = {
  ...BASE,
  app: [...BASE.shared, 'app', 'face'],
  main: ['app', 'shared'],
};

/** Is the target a feature's face: src/features/Y, src/features/Y/index or src/features/Y/index.ts(x)? */
function isFace(target) {
  return /^src\/features\/[^/]+(\/index(\.tsx?)?)?$/.test(target);
}

/** Why `from` may not import `target`, or null if it may. */
export function violation(from, target, isTest = false) {
  const source = layerOf(from);
  if (!source || source === 'scripts' || source === 'tests') return null;
  const layer = isFace(target) ? 'face' : layerOf(target);
  if (isTest && (layer === 'scripts' || layer === 'tests')) return null;
  if (source.startsWith('feature:')) {
    if (layer === source || BASE.shared.includes(layer)) return null;
    if (layer === 'face') return null;
    if (layer?.startsWith('feature:')) return `${from}: a feature may use another feature only through its face (src/features/${layer.slice(8)}/index.ts), not ${target}`;
    return `${from}: a feature may import models/, scenarios/, src/runner/, src/shared/ and its own folder, not ${target}`;
  }
  const allowed = ALLOWED[source] ?? [];
  if (allowed.includes(layer)) return null;
  if (layer === 'face' && source === 'app') return null;
  const what = layer === 'face' || layer?.startsWith('feature:') ? 'a feature' : target;
  return `${from}: ${source === 'main' ? 'the entry' : source + '/'} may not import ${what} (allowed: ${allowed.filter((l) => l !== 'face').join(', ')}${allowed.includes('face') ? ', and features through their faces' : ''})`;
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep the folders layered: models ← scenarios ← runner ← shared ← features ← app.' },
    schema: [],
    messages: { layer: '{{why}}' },
  },
  create(context) {
    const file = relative(ROOT, context.filename).split('\\').join('/');
    if (!layerOf(file)) return {};
    const isTest = /\.test\.tsx?$/.test(file);
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string' || !node.value.startsWith('.')) return;
      const target = relative(ROOT, resolve(dirname(resolve(ROOT, file)), node.value)).split('\\').join('/');
      const why = violation(file, target, isTest);
      if (why) context.report({ node, messageId: 'layer', data: { why } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { rules: { layers: layersRule } };
