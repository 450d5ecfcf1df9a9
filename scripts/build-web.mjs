// Builds the review page (web/) into dist/web/: web/main.tsx bundled by esbuild into app.js
// (minified, no source map, the same bytes for the same sources), index.html and style.css
// copied, and the two weights of Noto Sans JP the page uses copied from the installed
// @expo-google-fonts/noto-sans-jp package (the page fetches nothing from the internet).
// `--out DIR` writes elsewhere (the determinism test). Type-checking of web/ is done by
// `tsc -p web/tsconfig.json` in `npm run build`.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'dist', 'web');
const require = createRequire(import.meta.url);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [join(root, 'web', 'main.tsx')],
  outfile: join(out, 'app.js'),
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  jsx: 'automatic',
  legalComments: 'none',
  sourcemap: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  tsconfig: join(root, 'web', 'tsconfig.json'),
});

copyFileSync(join(root, 'web', 'index.html'), join(out, 'index.html'));
for (const file of ['style.css', 'favicon.svg'])
  copyFileSync(join(root, 'web', file), join(out, file));

const fonts = dirname(require.resolve('@expo-google-fonts/noto-sans-jp/package.json'));
for (const [dir, file] of [
  ['400Regular', 'NotoSansJP_400Regular.ttf'],
  ['700Bold', 'NotoSansJP_700Bold.ttf'],
])
  copyFileSync(join(fonts, dir, file), join(out, file));
