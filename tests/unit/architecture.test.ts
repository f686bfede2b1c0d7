import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The folders the README's architecture table names in its first column. */
function tableFolders(): string[] {
  const section = readme.slice(
    readme.indexOf('## Architecture'),
    readme.indexOf('\n## ', readme.indexOf('## Architecture') + 1),
  );
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!));
}

describe("README's architecture table", () => {
  const named = tableFolders();

  it('is there, with rows', () => {
    expect(named.length).toBeGreaterThan(10);
  });

  it('names only folders that exist', () => {
    const missing = named.filter((path) => !existsSync(join(root, path)) || !statSync(join(root, path)).isDirectory());
    expect(missing).toEqual([]);
  });

  it('names every folder of lib/', () => {
    const folders = readdirSync(join(root, 'lib'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `lib/${entry.name}/`);
    expect(folders.filter((folder) => !named.includes(folder))).toEqual([]);
  });

  it('names every top-level folder of the repository', () => {
    const ignored = new Set(['node_modules', '.output', '.wxt', '.git']);
    const folders = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !ignored.has(entry.name) && !entry.name.startsWith('.output'))
      .map((entry) => `${entry.name}/`);
    const namedTop = new Set(named.map((path) => `${path.split('/')[0]}/`));
    expect(folders.filter((folder) => !namedTop.has(folder))).toEqual([]);
  });

  it('names, in the row of each folder outside lib/, every folder inside it', () => {
    const unnamed = named
      .filter((folder) => !folder.startsWith('lib/') && folder.split('/').filter(Boolean).length === 1)
      .flatMap((folder) => {
        const row = readme.split('\n').find((line) => line.startsWith(`| \`${folder}\``))!;
        return readdirSync(join(root, folder), { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && !row.includes(`\`${entry.name}/`))
          .map((entry) => `${folder}${entry.name}/`);
      });
    expect(unnamed).toEqual([]);
  });
});
