import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';
import { noHardcodedUiStrings } from './eslint-rules/no-hardcoded-ui-strings.js';

/**
 * Import boundaries (CONVENTIONS.md §1): pure modules never reach the browser app, Node-only code or the mock;
 * the server and the mock never reach app code; features never import each other.
 */
const pureModules = ['schema', 'contract', 'render', 'import', 'services', 'api'];
const appLayers = ['app', 'features', 'components', 'lib', 'editor'];

function forbid(folders, message) {
  return folders.map((folder) => ({
    regex: `^(@/|(\\.\\.?/)+([\\w-]+/)*)${folder}(/|$)`,
    message,
  }));
}

const nodeBuiltins = {
  regex: '^(node:|fs$|path$|os$|crypto$|child_process$|http$|https$|stream$|url$)',
  message: 'Pure modules run in the browser too: no Node built-ins.',
};

const featureNames = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const boundaryConfigs = [
  {
    files: pureModules.map((folder) => `src/${folder}/**/*.{ts,tsx}`),
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbid([...appLayers, 'server', 'mocks'], 'Pure modules import only other pure modules and npm packages.'),
            nodeBuiltins,
            { regex: '^react-dom/client$', message: 'Pure modules do not touch the DOM.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/schema/**/*.{ts,tsx}', 'src/contract/**/*.{ts,tsx}', 'src/services/**/*.{ts,tsx}', 'src/import/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbid([...appLayers, 'server', 'mocks', 'render'], 'Keep schema/contract/services/import free of rendering and app code.'),
            nodeBuiltins,
            { regex: '^react', message: 'Only render/ may use React among the pure modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.{ts,tsx}', 'src/mocks/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: forbid(appLayers, 'The server and the mock call services/, never app code.') },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: forbid(['app', 'features', 'server'], 'Shared UI and lib code cannot depend on features or the app.') },
      ],
    },
  },
  ...featureNames.flatMap((feature) => [false, true].map((tests) => ({
    files: tests ? [`src/features/${feature}/**/*.test.{ts,tsx}`] : [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(@/|(\\.\\.?/)+([\\w-]+/)*)features/(?!${feature}(/|$))`,
              message: 'Features do not import each other; share through components/, lib/ or a pure module.',
            },
            ...forbid(
              ['app', 'server', ...(tests ? [] : ['mocks'])],
              tests
                ? 'Feature tests may use the mock backend, never the app shell or the server.'
                : 'Features do not import the app shell, the server or the mock.',
            ),
          ],
        },
      ],
    },
  }))),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', '.reports'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...boundaryConfigs,
  {
    // Every string the UI shows goes through t(). src/render is exempt: it lays out the published article, whose
    // words (등록, 사진 없음, the dateline) belong to the outlet's house style and language, not to the editor's UI
    // language; the demo roundup is article content too.
    files: ['src/**/*.tsx', 'src/{app,features,components,lib}/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}', 'src/render/**', 'src/schema/demo/**', 'src/lib/locales/**'],
    plugins: { bureau: { rules: { 'no-hardcoded-ui-strings': noHardcodedUiStrings } } },
    rules: { 'bureau/no-hardcoded-ui-strings': 'error' },
  },
);
