/**
 * Fails on text a user sees or hears that does not come from the locale files (`src/lib/locales/ko.ts`, `en.ts`, and the
 * lazily loaded screens' bundles in `src/lib/locales/lazy/`):
 * JSX text, text attributes, and string literals handed to the places the app shows text (toasts, dialogs, the
 * document title, DOM properties and attributes in the plain-DOM node views).
 *
 * "Text" means a string with a letter in any script. Allowed without translation: strings with no letter at all
 * (symbols such as `◇` `·` `⠿`, punctuation, numbers), a URL with a scheme (`https://…`, a placeholder showing the
 * expected form) and keyboard shortcuts with a modifier (`Ctrl+Enter`, `⌘K`), printed the same on every keyboard.
 * Korean (Hangul) is UI text wherever it is written, in a constant as much as in JSX, since the app's own words are
 * Korean first.
 */

const letter = /\p{L}/u;
const hangul = /\p{Script=Hangul}/u;
const urlWithScheme = /^[a-z][a-z\d+.-]*:\/\/\S*$/i;
const keyName = String.raw`(?:[A-Z\d]|F\d{1,2}|Enter|Esc|Escape|Tab|Space|Backspace|Delete|Home|End|PageUp|PageDown|[↑↓←→↵⌫])`;
const modifier = String.raw`(?:(?:Ctrl|Control|Alt|Option|Shift|Meta|Cmd|Mod)\s*\+\s*|[⌘⌥⇧⌃])`;
/** A key with at least one modifier (`Ctrl+Alt+Enter`, `⌘K`); a bare key name such as `Delete` is also a word. */
const keyboardShortcut = new RegExp(String.raw`^${modifier}+${keyName}$`);

/** JSX attributes whose value is read out or shown: accessible names and descriptions, tooltips, hints, alt text. */
const textAttributes = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
  'hint',
]);

/** DOM properties that put text on screen or into the accessibility tree (`document.title`, `el.textContent`, …). */
const textProperties = new Set([
  'title',
  'textContent',
  'innerText',
  'placeholder',
  'alt',
  'ariaLabel',
  'ariaDescription',
  'ariaRoleDescription',
  'ariaValueText',
  'ariaPlaceholder',
]);

/** Fields of the object given to `toast.show({ … })`, and of its `action`, that are shown. */
const toastTextFields = new Set(['message', 'label']);
const dialogFunctions = new Set(['alert', 'confirm', 'prompt']);

/** @param {string} text */
function needsTranslation(text) {
  const trimmed = text.trim();
  if (!letter.test(trimmed)) return false;
  return !urlWithScheme.test(trimmed) && !keyboardShortcut.test(trimmed);
}

/** @param {import('estree').Node} node */
function propertyName(node) {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  return null;
}

/**
 * @param {import('estree').Expression | import('estree').Super} callee
 * @returns {string | null} the called function's or method's name
 */
function calledName(callee) {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed) return propertyName(callee.property);
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noHardcodedUiStrings = {
  meta: {
    type: 'problem',
    docs: { description: 'UI text comes from the locale files through t(), never from a string in the code' },
    schema: [],
    messages: {
      hardcoded:
        'Hard-coded UI text "{{text}}": add a key to src/lib/locales/ko.ts and en.ts (or, for a lazily loaded screen, to its bundle in src/lib/locales/lazy/) and use t().',
    },
  },
  create(context) {
    /** @type {Set<import('estree').Node>} */
    const reported = new Set();

    /**
     * @param {import('estree').Node} node
     * @param {string} text
     */
    function report(node, text) {
      if (reported.has(node)) return;
      reported.add(node);
      const shown = text.trim().replace(/\s+/g, ' ');
      context.report({ node, messageId: 'hardcoded', data: { text: shown.length > 40 ? `${shown.slice(0, 39)}…` : shown } });
    }

    /**
     * Reports the literal text in an expression that ends up as the shown value: the literal itself, both branches
     * of `a ? 'x' : 'y'`, the text of `cond && 'x'`, the fixed parts of a template, `'x' + y`. Calls such as
     * `t('key')` are left alone; their arguments are keys and options, not text.
     * @param {import('estree').Node | null | undefined} node
     */
    function checkShown(node) {
      if (!node) return;
      switch (node.type) {
        case 'Literal':
          if (typeof node.value === 'string' && needsTranslation(node.value)) report(node, node.value);
          return;
        case 'TemplateLiteral': {
          const text = node.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join('${…}');
          if (needsTranslation(text)) report(node, text);
          return;
        }
        case 'ConditionalExpression':
          checkShown(node.consequent);
          checkShown(node.alternate);
          return;
        case 'LogicalExpression':
          checkShown(node.left);
          checkShown(node.right);
          return;
        case 'BinaryExpression':
          if (node.operator === '+') {
            checkShown(node.left);
            checkShown(node.right);
          }
          return;
        default: {
          // TypeScript wrappers (`'x' as const`, `x!`) and `{…}` in JSX: look at what they wrap.
          const wrapped = /** @type {{ expression?: import('estree').Node }} */ (node).expression;
          const type = /** @type {string} */ (node.type);
          if (wrapped && /^(TSAsExpression|TSSatisfiesExpression|TSNonNullExpression|JSXExpressionContainer)$/.test(type)) {
            checkShown(wrapped);
          }
        }
      }
    }

    /** @param {import('estree').Node} node */
    function checkToastFields(node) {
      if (node.type !== 'ObjectExpression') return;
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.computed) continue;
        const name = propertyName(property.key);
        if (name === 'action') checkToastFields(property.value);
        else if (name !== null && toastTextFields.has(name)) checkShown(property.value);
      }
    }

    return {
      /** @param {import('estree').Node & { value: string }} node */
      JSXText(node) {
        if (needsTranslation(node.value)) report(node, node.value);
      },
      /** @param {import('estree').Node & { expression: import('estree').Node }} node */
      'JSXElement > JSXExpressionContainer, JSXFragment > JSXExpressionContainer'(node) {
        checkShown(node.expression);
      },
      /** @param {import('estree').Node & { name: { type: string, name: string | { name: string } }, value: import('estree').Node | null }} node */
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : node.name.name.name;
        if (textAttributes.has(name)) checkShown(node.value);
      },
      Literal(node) {
        if (typeof node.value === 'string' && hangul.test(node.value)) report(node, node.value);
      },
      TemplateElement(node) {
        if (hangul.test(node.value.cooked ?? node.value.raw)) report(node, node.value.cooked ?? node.value.raw);
      },
      CallExpression(node) {
        const name = calledName(node.callee);
        const [first, second] = node.arguments;
        if (name === null || first === undefined) return;
        const isGlobalDialog =
          node.callee.type === 'Identifier' ||
          (node.callee.type === 'MemberExpression' &&
            node.callee.object.type === 'Identifier' &&
            /^(window|globalThis|self)$/.test(node.callee.object.name));
        if (dialogFunctions.has(name) && isGlobalDialog) {
          for (const argument of node.arguments) checkShown(argument);
        } else if (name === 'show' && node.callee.type === 'MemberExpression') {
          checkToastFields(first);
        } else if (name === 'setAttribute' && first.type === 'Literal' && typeof first.value === 'string') {
          if (textAttributes.has(first.value)) checkShown(second);
        } else if (name === 'createTextNode') {
          checkShown(first);
        } else if (name === 'insertAdjacentText') {
          checkShown(second);
        }
      },
      AssignmentExpression(node) {
        if (node.left.type !== 'MemberExpression' || node.left.computed) return;
        const name = propertyName(node.left.property);
        if (name !== null && textProperties.has(name)) checkShown(node.right);
      },
    };
  },
};

export default noHardcodedUiStrings;
