import { registerHooks } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve as resolvePath } from 'node:path';

// Lets the benchmark and scripts/ import lib/ modules as the extension build does: the "@/"
// alias and extensionless TypeScript imports (Node strips the types itself).
const root = resolvePath(fileURLToPath(import.meta.url), '../..');

function candidate(base: string): string | undefined {
  for (const path of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (existsSync(path) && !path.endsWith('/')) return path;
  }
  return undefined;
}

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.startsWith('@/')) {
      const path = candidate(resolvePath(root, specifier.slice(2)));
      if (path) return nextResolve(pathToFileURL(path).href, context);
    }
    if (specifier.startsWith('.') && context.parentURL?.startsWith('file:') && !/\.[cm]?[jt]sx?$/.test(specifier)) {
      const path = candidate(resolvePath(fileURLToPath(context.parentURL), '..', specifier));
      if (path) return nextResolve(pathToFileURL(path).href, context);
    }
    return nextResolve(specifier, context);
  },
});
