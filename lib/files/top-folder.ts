import type { ZipFile } from './zip-reader';

/** Where macOS Finder puts the AppleDouble files of a folder it compresses; they never name the top folder. */
const MAC_SIDECARS = '__MACOSX/';

/** An archive's files as Spoor wrote them, or the top folders that make it ambiguous. */
export type TopFolderResult = { files: ZipFile[] } | { roots: string[] };

/**
 * The archive's files with ONE common top folder taken off: Finder's "Compress" and Windows' "Send to →
 * Compressed folder" of an unzipped bundle or backup put every entry under `<folder>/`. `marker` (manifest.json)
 * at the top, or under no top folder, leaves the files as they are; a `<folder>/manifest.json` with files under
 * another top folder or beside it is returned as `roots` for the caller to refuse: which set is the bundle would be
 * a guess.
 * @example const read = withoutTopFolder(await readZip(blob), 'manifest.json'); if ('roots' in read) fail(read.roots);
 */
export function withoutTopFolder(files: readonly ZipFile[], marker: string): TopFolderResult {
  if (files.some((file) => file.path === marker)) return { files: [...files] };
  const own = files.filter((file) => !file.path.startsWith(MAC_SIDECARS));
  // No manifest one folder down either: not a folder of Spoor's files, so the usual checks say what is missing.
  if (!own.some((file) => file.path === `${rootOf(file.path)}${marker}`)) return { files: [...files] };
  const roots = [...new Set(own.map((file) => rootOf(file.path)))].sort();
  if (roots.length > 1) return { roots };
  const top = roots[0]!;
  return {
    files: files.map((file) => (file.path.startsWith(top) ? { ...file, path: file.path.slice(top.length) } : file)),
  };
}

/** `folder/` for a file under a folder, else the file's own name. */
function rootOf(path: string): string {
  const slash = path.indexOf('/');
  return slash < 0 ? path : path.slice(0, slash + 1);
}

/** The problem told for an archive whose files sit under several top folders. */
export function mixedRootsMessage(roots: readonly string[]): string {
  const shown = roots.length > 4 ? [...roots.slice(0, 4), `${roots.length - 4} more`] : roots;
  return `its files are under more than one top folder or beside one (${shown.join(', ')}): Spoor reads the files at the top of the archive or under one folder`;
}
