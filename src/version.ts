/** The tool's version, read once from the package.json above this file (src/ or dist/src/). */
import { existsSync, readFileSync } from 'node:fs';

function findPackageJson(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(url)) {
      const pkg = JSON.parse(readFileSync(url, 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'evidence-pack') return pkg.version;
    }
  }
  return '0.0.0';
}

export const version: string = findPackageJson();
