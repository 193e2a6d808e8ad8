import tseslint from 'typescript-eslint';

const NOT_IN_CORE = [
  { name: 'vscode', message: 'The core runs outside VS Code; the client owns vscode APIs.' },
  { name: 'vscode-languageserver', message: 'The core is protocol-free; the LSP adapter lives in server/src/lsp.' },
  { name: 'vscode-languageserver/node', message: 'The core is protocol-free; the LSP adapter lives in server/src/lsp.' },
  { name: 'fs', message: 'The core never touches the file system; the CLI and server read files.' },
  { name: 'node:fs', message: 'The core never touches the file system; the CLI and server read files.' },
  { name: 'fs/promises', message: 'The core never touches the file system.' },
  { name: 'node:fs/promises', message: 'The core never touches the file system.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'packages/cli/**', 'node_modules/**', '.vscode-test/**', 'scripts/**/*.mjs', 'scripts/**/*.cjs', '*.vsix', '**/*.tmp.*', '**/.tmp-*'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: NOT_IN_CORE }],
      'no-console': 'error',
    },
  },
);
