import type { ZipFile } from './zip-reader';

/*
 * Files an operating system adds when a person re-zips a bundle or backup with its own tools: macOS Finder's
 * `__MACOSX/…/._name` (AppleDouble: the resource fork and extended attributes) and `.DS_Store` (folder view
 * settings), Windows Explorer's `Thumbs.db` (an OLE file of thumbnails) and `desktop.ini` (a folder's icon and
 * name, a short INI text). Each is told by its name AND its bytes, so a forger cannot hide an HTML page or a second
 * batch under such a name.
 */
const LITTER: ReadonlyArray<{ name: RegExp; fits: (file: ZipFile) => Promise<boolean> }> = [
  { name: /^__MACOSX\/(?:.+\/)?\._[^/]+$/, fits: startsWith([0x00, 0x05, 0x16, 0x07]) },
  { name: /(?:^|\/)\.DS_Store$/, fits: startsWith([0x00, 0x00, 0x00, 0x01, 0x42, 0x75, 0x64, 0x31]) },
  { name: /(?:^|\/)Thumbs\.db$/i, fits: startsWith([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
  { name: /(?:^|\/)desktop\.ini$/i, fits: isIniText },
];

/** Explorer writes a few hundred bytes; more is not a folder's settings. */
const MAX_INI_BYTES = 4096;
/** Each line of an INI file: blank, a `;` comment, a `[section]` or a `key=value`, and never markup. */
const INI_LINE = /^[ \t]*(?:;[^<>]*|\[[^\]<>]+\]|[^=<>[;][^=<>]*=[^<>]*)?[ \t]*$/;

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
  return kind ? kind.fits(file).catch(() => false) : false;
}

function startsWith(magic: readonly number[]): (file: ZipFile) => Promise<boolean> {
  return async (file) => {
    const head = new Uint8Array(await (await file.open()).slice(0, magic.length).arrayBuffer());
    return magic.every((byte, at) => head[at] === byte);
  };
}

/** UTF-16 with its byte-order mark (as Explorer writes it) or UTF-8, every line INI. */
async function isIniText(file: ZipFile): Promise<boolean> {
  if (file.size > MAX_INI_BYTES) return false;
  const bytes = new Uint8Array(await (await file.open()).arrayBuffer());
  if (bytes.length > MAX_INI_BYTES) return false;
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  const text = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8', { fatal: true }).decode(bytes);
  return text.split(/\r?\n/).every((line) => INI_LINE.test(line) && !/\p{Cc}/u.test(line.replace(/\t/g, '')));
}
