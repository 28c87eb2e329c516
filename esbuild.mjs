// Bundles the entries into dist/ (STYLE rule 16). Each entry is self-contained:
// the .vsix and the CLI ship without node_modules.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const entries = [
  { in: 'server/src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js' },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
].filter((e) => existsSync(e.in));

const production = process.argv.includes('--production');

await Promise.all(entries.map((e) => build({
  entryPoints: [e.in],
  outfile: e.out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  external: e.external ?? [],
  banner: e.banner ? { js: e.banner } : undefined,
  define: { __VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
})));
