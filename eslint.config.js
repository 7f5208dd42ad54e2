import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'dist', 'demo-output', 'test-results', 'playwright-report', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Scraped text is data: never assign it as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render scraped text as text, never HTML.' },
        { property: 'outerHTML', message: 'Render scraped text as text, never HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render scraped text as text.' },
      ],
    },
  },
);
