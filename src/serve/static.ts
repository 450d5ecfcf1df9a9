/**
 * The page's own files (dist/web, built by `npm run build`): only files under that folder, by a
 * path that is plain (no `..`, no encoded dots, slashes or backslashes, no NUL), and whose real
 * path (symlinks followed) is still inside it.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * dist/web beside the compiled code (dist/src/serve → dist/web); run from the sources (tests),
 * the built dist/web of the same checkout.
 */
export function defaultWebRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const compiled = path.basename(path.resolve(here, '../..')) === 'dist';
  return compiled ? path.resolve(here, '../../web') : path.resolve(here, '../../dist/web');
}

/** A name asked for under /assets/, or undefined when it is anything but a plain relative path. */
export function plainAssetName(rawPath: string): string | undefined {
  const rest = rawPath.slice('/assets/'.length);
  if (!rest || rest.length > 200) return undefined;
  // encoded dots, slashes, backslashes and NUL; a literal backslash, NUL or dot segment
  if (/%(2e|2f|5c|00)/i.test(rest) || /[\\\0]/.test(rest)) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(rest);
  } catch {
    return undefined;
  }
  if (/[\\\0]/.test(name) || name.includes('%')) return undefined;
  const segments = name.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.startsWith('.')))
    return undefined;
  return segments.join('/');
}

export interface StaticFile {
  body: Buffer;
  type: string;
}

/** The file `name` (relative) under `root`, or undefined when it is not a file inside it. */
export async function readWebFile(root: string, name: string): Promise<StaticFile | undefined> {
  const type = TYPES[path.extname(name).toLowerCase()];
  if (!type) return undefined;
  let realRoot: string;
  let real: string;
  try {
    realRoot = await realpath(root);
    const joined = path.resolve(realRoot, name);
    if (!joined.startsWith(realRoot + path.sep)) return undefined;
    real = await realpath(joined);
  } catch {
    return undefined;
  }
  if (!real.startsWith(realRoot + path.sep)) return undefined;
  const st = await stat(real).catch(() => undefined);
  if (!st?.isFile()) return undefined;
  return { body: await readFile(real), type };
}
