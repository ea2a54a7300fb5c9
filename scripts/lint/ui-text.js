// ESLint rule `crossings/no-literal-ui-text`: the interface speaks four languages, so words a
// person reads in a component come from the catalogues through t(), never from a literal in the
// JSX. The rule looks only where words reach the screen or a screen reader:
//
//   - JSX text:                              <p>Running…</p>
//   - a string or template in braces:        <p>{'Running'}</p>, <p>{busy ? 'Running' : done}</p>
//   - user-facing attributes and props:      aria-label, title, placeholder, alt, label, caption…
//
// A literal counts when it holds a letter (any script): "–", "…", "%", " · ", numbers and file
// formats' names in capitals (SVG, CSV) pass, and so does code inside <code>, <kbd> or <samp>
// (a command line reads the same in every language).
// Class names, test ids, keys, URLs and other attributes are not looked at. Code outside JSX
// (a message built in a .ts file) is out of this rule's reach: it returns a key and parameters,
// or calls i18n.t itself. Tests (*.test.tsx) are exempt. A deliberate literal (a language's own
// name in the language menu) is written in a .ts table, not disabled here.

/** Attributes and component props whose value a person reads or hears. */
export const USER_FACING_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
  'caption',
  'summary',
  'heading',
  'description',
  'what',
  'emptyText',
  'tableCaption',
  'unitLabel',
]);

const LETTER = /\p{L}/u;
/** File formats' names (SVG, PNG, CSV, JSON, HTML) read the same in every language. */
const ACRONYM = /^\s*[A-Z][A-Z0-9]{1,4}\s*$/;

const hasLetter = (text) => LETTER.test(text) && !ACRONYM.test(text);

/** The literal words inside an expression shown as is: strings, templates, and both arms of ?: and ||/&&/??. */
function literalWords(node) {
  if (!node) return [];
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' && hasLetter(node.value) ? [node] : [];
    case 'TemplateLiteral':
      return node.quasis.some((q) => hasLetter(q.value.cooked ?? q.value.raw)) ? [node] : [];
    case 'ConditionalExpression':
      return [...literalWords(node.consequent), ...literalWords(node.alternate)];
    case 'LogicalExpression':
      return [...literalWords(node.left), ...literalWords(node.right)];
    case 'TSAsExpression':
    case 'TSNonNullExpression':
      return literalWords(node.expression);
    default:
      return [];
  }
}

const CODE_ELEMENTS = new Set(['code', 'kbd', 'samp']);

/** Is the node (JSX text or braces) a direct child of <code>, <kbd> or <samp>? */
function inCode(node) {
  const parent = node.parent;
  return parent?.type === 'JSXElement' && parent.openingElement.name.type === 'JSXIdentifier' && CODE_ELEMENTS.has(parent.openingElement.name.name);
}

export const noLiteralUiTextRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Words shown to people come from the translation catalogues (t()), not from literals in JSX.' },
    schema: [],
    messages: {
      text: 'Text shown to people must come from the catalogues: use t("…") instead of the literal "{{text}}".',
      prop: 'The {{prop}} attribute is read by people: use t("…") instead of the literal "{{text}}".',
    },
  },
  create(context) {
    if (/\.test\.tsx?$/.test(context.filename)) return {};
    const shown = (node) => context.sourceCode.getText(node).replace(/\s+/g, ' ').trim().slice(0, 60);
    return {
      JSXText(node) {
        if (hasLetter(node.value) && !inCode(node)) context.report({ node, messageId: 'text', data: { text: node.value.replace(/\s+/g, ' ').trim().slice(0, 60) } });
      },
      JSXExpressionContainer(node) {
        if ((node.parent.type !== 'JSXElement' && node.parent.type !== 'JSXFragment') || inCode(node)) return;
        for (const lit of literalWords(node.expression)) context.report({ node: lit, messageId: 'text', data: { text: shown(lit) } });
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : `${node.name.namespace.name}:${node.name.name.name}`;
        if (!USER_FACING_PROPS.has(name) || !node.value) return;
        const found = node.value.type === 'Literal' ? literalWords(node.value) : node.value.type === 'JSXExpressionContainer' ? literalWords(node.value.expression) : [];
        for (const lit of found) context.report({ node: lit, messageId: 'prop', data: { prop: name, text: shown(lit) } });
      },
    };
  },
};

export default { rules: { 'no-literal-ui-text': noLiteralUiTextRule } };
