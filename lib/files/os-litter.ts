import type { ZipFile } from './zip-reader';

/*
 * Files an operating system adds when a person re-zips a bundle or backup with its own tools: macOS Finder's
 * `__MACOSX/…/._name` (AppleDouble: the resource fork and extended attributes) and `.DS_Store` (folder view
 * settings), Windows Explorer's `Thumbs.db` (an OLE file of thumbnails). Each is told by its name AND its first
 * bytes, so a forger cannot hide an HTML page or a second batch under such a name.
 */
const LITTER: ReadonlyArray<{ name: RegExp; magic: readonly number[] }> = [
  { name: /^__MACOSX\/(?:.+\/)?\._[^/]+$/, magic: [0x00, 0x05, 0x16, 0x07] },
  { name: /(?:^|\/)\.DS_Store$/, magic: [0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31] },
  { name: /(?:^|\/)Thumbs\.db$/i, magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

/**
 * The archive's files less the operating system's litter that `claimed` (the manifest's list) does not name: an
 * honest re-zip is read as the files Spoor wrote. A file with a litter name but other bytes is kept, so the checks
 * that follow refuse it as a file the manifest does not list.
 * @example const files = await withoutOsLitter(await readZip(blob), (path) => listed.has(path));
 */
export async function withoutOsLitter(
  files: Iterable<ZipFile>,
  claimed: (path: string) => boolean,
): Promise<ZipFile[]> {
  const kept: ZipFile[] = [];
  for (const file of files) if (claimed(file.path) || !(await isOsLitter(file))) kept.push(file);
  return kept;
}

async function isOsLitter(file: ZipFile): Promise<boolean> {
  const kind = LITTER.find(({ name }) => name.test(file.path));
  if (!kind) return false;
  const head = await file
    .open()
    .then(async (blob) => new Uint8Array(await blob.slice(0, kind.magic.length).arrayBuffer()))
    .catch(() => new Uint8Array());
  return kind.magic.every((byte, at) => head[at] === byte);
}
