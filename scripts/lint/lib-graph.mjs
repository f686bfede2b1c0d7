// The import graph of lib/ folders, for the folder-cycle lint rule and the architecture test.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every .ts/.tsx file under `dir`, as paths relative to `root` with forward slashes. */
export function sourceFiles(root, dir) {
  const out = [];
  const walk = (abs) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const path = join(abs, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
        out.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(join(root, dir));
  return out.sort();
}

/** The module specifiers a file imports (static, side-effect and dynamic imports; type imports included). */
export function importsOf(source) {
  return [...source.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** The top-level lib/ folder a specifier points at from `file`, or undefined outside lib/. */
export function libFolderOf(file, specifier) {
  let target;
  if (specifier.startsWith('@/')) target = specifier.slice(2);
  else if (specifier.startsWith('.')) target = posix.normalize(posix.join(posix.dirname(file), specifier));
  else return undefined;
  const parts = target.split('/');
  return parts[0] === 'lib' && parts.length > 2 ? parts[1] : undefined;
}

/**
 * Folder → folder edges inside lib/, each with the files and specifiers that make it.
 * @example folderEdges(process.cwd()).get('export')?.get('records') // [{ file, specifier }]
 */
export function folderEdges(root) {
  const edges = new Map();
  for (const file of sourceFiles(root, 'lib')) {
    const from = file.split('/')[1];
    if (!file.slice(4).includes('/')) continue;
    for (const specifier of importsOf(readFileSync(join(root, file), 'utf8'))) {
      const to = libFolderOf(file, specifier);
      if (!to || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      const targets = edges.get(from);
      if (!targets.has(to)) targets.set(to, []);
      targets.get(to).push({ file, specifier });
    }
  }
  return edges;
}

/** Whether `to` reaches `from` through the folder graph (so an edge from → to closes a cycle). */
export function cyclePath(edges, from, to) {
  const seen = new Set([to]);
  const queue = [[to]];
  while (queue.length) {
    const path = queue.shift();
    const last = path[path.length - 1];
    for (const next of edges.get(last)?.keys() ?? []) {
      if (next === from) return [from, ...path, from];
      if (!seen.has(next)) {
        seen.add(next);
        queue.push([...path, next]);
      }
    }
  }
  return undefined;
}
