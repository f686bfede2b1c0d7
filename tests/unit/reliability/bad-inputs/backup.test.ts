import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBackup } from '@/lib/backup/read';
import { InvalidBackupError, type BackupProblem } from '@/lib/backup/problems';
import { restoreBackup } from '@/lib/backup/restore';
import { createBackup } from '@/lib/backup/write';
import {
  UNSAFE_NAMES,
  ZIP_MAGIC,
  cutAfter,
  declaresHuge,
  editJson,
  empty,
  encoded,
  firstPath,
  flipByte,
  inflatesPastDeclared,
  hugeDirectory,
  manyEntries,
  manyInflating,
  noise,
  removeSparseFiles,
  rezipped,
  sparseGigabyte,
  truncated,
  withUnsafeName,
} from './corpus';
import { dumpProfile, emptyProfile, freshIndexedDb, seededProfile, type Profile } from './profile';
import { jsonOf, utf8, withEntry } from './zip-craft';
import { advance, chainEntry } from '@/lib/integrity/chain';

/** The good backup every case starts from, and its first evidence file. */
interface Goods {
  backup: Blob;
  artifact: string;
}

let goods: Goods;
let target: Profile;
let before: unknown;

beforeAll(async () => {
  freshIndexedDb();
  const researcher = await seededProfile('researcher');
  const backup = await new Response(
    (await createBackup(researcher.db, researcher.area, '0.1.0', new Date('2026-04-01T10:00:00.000Z'))).stream,
  ).blob();
  goods = { backup, artifact: await firstPath(backup, 'artifacts/') };
  target = await seededProfile('new-machine');
  before = await dumpProfile(target);
}, 60_000);
afterAll(removeSparseFiles);

const ARCHIVE = 'the backup file';
const reencoded =
  (path: string, encoding: Parameters<typeof encoded>[1]) => (entries: Parameters<typeof withEntry>[0]) =>
    withEntry(entries, path, ({ data }) => ({ path, data: encoded(new TextDecoder().decode(data), encoding) }));

type Case = [
  string,
  (g: Goods) => Promise<Blob> | Blob,
  Partial<Record<keyof BackupProblem, string | RegExp>> & { message: RegExp },
];

/**
 * A backup restored on a new machine: the problem names the file inside the backup, the record and the field where it
 * can.
 */
const cases: Case[] = [
  ['empty (0 bytes)', () => empty(), { file: ARCHIVE, message: /not a complete ZIP archive/ }],
  ['truncated to 50%', (g) => truncated(g.backup, 0.5), { file: ARCHIVE, message: /not a complete ZIP archive/ }],
  [
    'truncated inside an evidence file',
    (g) => cutAfter(g.backup, 'png of https://shop.example/ad/seed-2'.slice(0, 12)),
    { file: ARCHIVE, message: /not a complete ZIP archive/ },
  ],
  [
    'truncated by one byte',
    (g) => truncated(g.backup, (g.backup.size - 1) / g.backup.size),
    { file: ARCHIVE, message: /not a complete ZIP archive/ },
  ],
  ['binary noise', () => noise(64 * 1024), { file: ARCHIVE, message: /not a complete ZIP archive/ }],
  [
    'binary noise after a ZIP signature',
    () => noise(64 * 1024, ZIP_MAGIC),
    { file: ARCHIVE, message: /not a complete ZIP archive/ },
  ],
  [
    'flags.json in UTF-16 (re-hashed)',
    (g) => rezipped(g.backup, reencoded('flags.json', 'utf-16le-bom'), true),
    { file: 'flags.json', message: /not UTF-8 text/ },
  ],
  [
    'flags.json in Windows-1252 (re-hashed)',
    (g) => rezipped(g.backup, reencoded('flags.json', 'windows-1252'), true),
    { file: 'flags.json', message: /not UTF-8 text/ },
  ],
  [
    'manifest.json in UTF-16',
    (g) => rezipped(g.backup, reencoded('manifest.json', 'utf-16le')),
    { file: 'manifest.json', message: /not UTF-8 text/ },
  ],
  [
    'another format (an evidence bundle)',
    (g) =>
      rezipped(
        g.backup,
        editJson('manifest.json', (m) => ({ ...m, format: 'spoor-bundle' })),
      ),
    { file: 'manifest.json', field: 'format', message: /not a Spoor backup/ },
  ],
  [
    'a future format version',
    (g) =>
      rezipped(
        g.backup,
        editJson('manifest.json', (m) => ({ ...m, formatVersion: 3 })),
      ),
    { file: 'manifest.json', field: 'formatVersion', message: /newer Spoor/ },
  ],
  [
    'a duplicated flag id (re-hashed)',
    (g) =>
      rezipped(
        g.backup,
        editJson('flags.json', (flags) => [...flags, flags[0]]),
        true,
      ),
    { file: 'flags.json', record: /^3 \(id /, field: 'id', message: /appears twice/ },
  ],
  [
    // Per flag: a record kept apart after a conflict shares observation ids with the flag it clashed with.
    'an observation twice in one flag (re-hashed)',
    (g) =>
      rezipped(
        g.backup,
        editJson('flags.json', (flags) => {
          flags[0].observations.push(flags[0].observations[0]);
          return flags;
        }),
        true,
      ),
    { file: 'flags.json', record: /^1 \(id /, field: 'observations.id', message: /appears twice/ },
  ],
  [
    'a duplicated evidence record (re-hashed)',
    (g) =>
      rezipped(
        g.backup,
        editJson('artifacts.json', (list) => [...list, list[0]]),
        true,
      ),
    { file: 'artifacts.json', field: 'sha256', message: /appears twice/ },
  ],
  [
    'a duplicated custom term (re-hashed)',
    (g) =>
      rezipped(
        g.backup,
        editJson('custom-terms.json', (terms) => [...terms, terms[0]]),
        true,
      ),
    { file: 'custom-terms.json', field: 'id', message: /seedterm1 appears twice/ },
  ],
  [
    'a page Spoor never writes into a backup, listed in manifest.json (a person unpacking it opens it)',
    (g) =>
      rezipped(
        g.backup,
        (entries) => [...entries, { path: 'readme.html', data: utf8('<script>fetch("https://x.example")</script>') }],
        true,
      ),
    { file: 'readme.html', message: /not a file of a Spoor backup/ },
  ],
  [
    'an evidence file named with a look-alike slash (artifacts\u2215<sha>), listed in manifest.json',
    (g) =>
      rezipped(
        g.backup,
        (entries) => [...entries, { path: g.artifact.replace('/', '\u2215'), data: utf8('<svg onload="alert(1)"/>') }],
        true,
      ),
    { file: /^artifacts\u2215/, message: /not a file of a Spoor backup/ },
  ],
  [
    'a file twice in the ZIP',
    (g) => rezipped(g.backup, (entries) => [...entries, entries.find((e) => e.path === g.artifact)!]),
    { file: /^artifacts\//, message: /appears twice in the ZIP/ },
  ],
  [
    'a file listed twice in the manifest',
    (g) =>
      rezipped(
        g.backup,
        editJson('manifest.json', (m) => ({ ...m, files: [...m.files, m.files[0]] })),
      ),
    { file: 'manifest.json', field: 'files', message: /lists a file twice/ },
  ],
  [
    'evidence bytes changed',
    (g) => rezipped(g.backup, flipByte(g.artifact)),
    { file: /^artifacts\//, message: /SHA-256 is [0-9a-f]{64}, but manifest.json says/ },
  ],
  [
    'a manifest hash changed',
    (g) =>
      rezipped(
        g.backup,
        editJson('manifest.json', (m) => {
          m.files.find((f: { path: string }) => f.path === 'flags.json').sha256 = '0'.repeat(64);
          return m;
        }),
      ),
    { file: 'flags.json', message: /manifest.json says 0{64}/ },
  ],
  [
    'an observation edited, every hash re-computed',
    (g) =>
      rezipped(
        g.backup,
        editJson('flags.json', (flags) => {
          flags[0].observations[0].ad.title = 'Resin figure';
          return flags;
        }),
        true,
      ),
    { file: 'flags.json', field: 'observations.0.recordSha256', message: /changed after capture/ },
  ],
  [
    'an audit entry’s author changed, every file hash re-computed',
    (g) =>
      rezipped(
        g.backup,
        editJson('audit.json', (audit) => audit.map((entry: { by: string }) => ({ ...entry, by: 'mallory' }))),
        true,
      ),
    { file: 'flags.json', field: 'auditHead', message: /was changed after it was written/ },
  ],
  [
    'an audit entry for no flag, hashed as Spoor would',
    (g) =>
      rezipped(
        g.backup,
        editJson('audit.json', (audit) => [
          ...audit,
          chainEntry(
            { flagId: crypto.randomUUID(), at: '2026-04-01T00:00:00.000Z', by: 'x', action: 'create' },
            null,
            null,
          ),
        ]),
        true,
      ),
    { file: 'audit.json', message: /is not part of the history of any flag or deleted flag/ },
  ],
  [
    'a flag changed outside its history, every file hash re-computed',
    (g) =>
      rezipped(
        g.backup,
        editJson('flags.json', (flags) => {
          flags[0].assessment.suspicion = 'low';
          return flags;
        }),
        true,
      ),
    { file: 'flags.json', field: 'auditHead', message: /changed outside its history/ },
  ],
  [
    'an eBay ad filed under Vinted, its history extended as Spoor would',
    (g) =>
      forgedEdit(g.backup, (flag) => {
        flag.canonicalUrl = 'https://www.ebay.de/itm/1';
        flag.platform = { id: 'vinted', name: 'Vinted', host: 'www.ebay.de', country: 'DE' };
      }),
    {
      file: 'flags.json',
      record: /^1 /,
      field: 'platform.id',
      message: /is "vinted" \(Vinted\), but www\.ebay\.de is eBay/,
    },
  ],
  [
    'a posting dated 30 February, its history extended as Spoor would',
    (g) =>
      forgedEdit(g.backup, (flag) => {
        flag.ad.postedAt = '2026-02-30';
      }),
    { file: 'flags.json', record: /^1 /, field: 'ad.postedAt', message: /not a day that exists/ },
  ],
  ...UNSAFE_NAMES.map((name): Case => [
    `an entry named ${name}`,
    (g) => withUnsafeName(g.backup, name),
    { file: ARCHIVE, message: new RegExp(`file ${JSON.stringify(name).replace(/[\\.]/g, '\\$&')} .*refused`) },
  ]),
  [
    'a ZIP bomb: manifest.json inflating to 1 GiB',
    (g) => inflatesPastDeclared(g.backup, 'manifest.json'),
    { file: 'manifest.json', message: /inflates past the \d+ bytes the directory declares/ },
  ],
  [
    'a ZIP bomb: an entry declaring 4 GB',
    (g) => declaresHuge(g.backup),
    { file: ARCHIVE, message: /huge.json: 4,096 MB unpacked, over Spoor's limit of 256 MB/ },
  ],
  [
    'a ZIP bomb: 1,100 entries of 1 MiB each',
    () => manyInflating(1_100),
    { file: ARCHIVE, message: /unpack to more than Spoor's limit of 1,024 MB/ },
  ],
  ['a ZIP bomb: 50,001 entries', () => manyEntries(50_001), { file: ARCHIVE, message: /holds 50,001 files/ }],
  [
    'a forged directory of 1 GiB (sparse), refused before it is read',
    () => hugeDirectory(),
    { file: ARCHIVE, message: /its directory takes 1,024 MB; Spoor reads directories of up to 16 MB/ },
  ],
  [
    '65,540 entries, which the end record counts as 4 (its count is 16 bits)',
    () => manyEntries(65_540),
    { file: ARCHIVE, message: /its directory holds more records than the 4 its end record counts/ },
  ],
  ['a 1 GB file (sparse)', () => sparseGigabyte(), { file: ARCHIVE, message: /not a complete ZIP archive/ }],
  [
    'a 1 GB file starting like a ZIP (sparse)',
    () => sparseGigabyte(ZIP_MAGIC),
    { file: ARCHIVE, message: /not a complete ZIP archive/ },
  ],
  // forge26: what main restored, dropping a field or fetching from the network.
  [
    'a field the format does not know in a flag (re-hashed)',
    (g) =>
      rezipped(
        g.backup,
        editJson('flags.json', (flags) => {
          flags[1].ad.sellerPhone = '+00 000 000';
          return flags;
        }),
        true,
      ),
    { file: 'flags.json', record: /^2 \(id /, field: 'ad.sellerPhone', message: /not a field of the backup format/ },
  ],
  [
    'a field the format does not know in settings.json (re-hashed)',
    (g) =>
      rezipped(
        g.backup,
        editJson('settings.json', (settings) => ({ ...settings, checklistUrl: 'https://evil.example/list.json' })),
        true,
      ),
    { file: 'settings.json', field: 'checklistUrl', message: /refused rather than dropped/ },
  ],
  [
    'a field the format does not know in the manifest',
    (g) =>
      rezipped(
        g.backup,
        editJson('manifest.json', (m) => ({ ...m, restoreUrl: 'https://evil.example/' })),
      ),
    { file: 'manifest.json', field: 'restoreUrl', message: /not a field of the backup format version 2/ },
  ],
  [
    'a highlight colour that loads from the network (re-hashed)',
    (g) =>
      rezipped(
        g.backup,
        editJson('settings.json', (settings) => ({
          ...settings,
          colors: { ...settings.colors, trade: 'url(https://evil.example/beacon.png)' },
        })),
        true,
      ),
    { file: 'settings.json', field: 'colors.trade', message: /is not a colour/ },
  ],
  [
    'an entry whose sizes are in a ZIP64 extra field',
    (g) => rezipped(g.backup, (entries) => entries.map((entry) => ({ ...entry, zip64: entry.path === 'flags.json' }))),
    { file: ARCHIVE, message: /^flags\.json: uses ZIP64 records/ },
  ],
  // zip26: archives under folders.
  [
    'files under two top folders (which one is the backup?)',
    (g) =>
      rezipped(g.backup, (entries) =>
        entries.map((entry) => ({ ...entry, path: `${entry.path === 'manifest.json' ? 'a' : 'b'}/${entry.path}` })),
      ),
    { file: ARCHIVE, message: /more than one top folder or beside one \(a\/, b\/\)/ },
  ],
  [
    'an HTML page named desktop.ini',
    (g) => rezipped(g.backup, (entries) => [...entries, { path: 'artifacts/desktop.ini', data: utf8('<p>hi</p>') }]),
    { file: 'artifacts/desktop.ini', message: /./ },
  ],
];

/**
 * The backup with its first flag changed and an edit entry appended to its history, hashed as Spoor hashes (a backup is
 * not signed: anyone with Spoor's code can extend a chain), every file hash re-computed.
 */
async function forgedEdit(backup: Blob, change: (flag: any) => void): Promise<Blob> {
  return rezipped(
    backup,
    async (entries) => {
      const flags = jsonOf(entries.find((entry) => entry.path === 'flags.json')!);
      const audit = jsonOf(entries.find((entry) => entry.path === 'audit.json')!);
      const flag = structuredClone(flags[0]);
      change(flag);
      const fields = { flagId: flag.id, at: flags[0].updatedAt, by: 'anna.k', action: 'edit' as const };
      const { flag: edited, entry } = advance(flag, fields, flags[0].auditHead);
      flags[0] = edited;
      const rewrite = (path: string, value: unknown) => (list: typeof entries) =>
        withEntry(list, path, () => ({ path, data: utf8(JSON.stringify(value)) }));
      const manifest = jsonOf(entries.find((entry) => entry.path === 'manifest.json')!);
      manifest.counts.audit += 1;
      return [
        rewrite('audit.json', [...audit, entry]),
        rewrite('flags.json', flags),
        rewrite('manifest.json', manifest),
      ].reduce((list, edit) => edit(list), entries);
    },
    true,
  );
}

/** What the options page does with a chosen backup: read and check all of it, and only then restore. */
async function restoreFile(profile: Profile, file: Blob): Promise<readonly BackupProblem[]> {
  return readBackup(file).then(
    async (backup) => {
      await restoreBackup(profile.restoreEnv, backup);
      return [];
    },
    (error: unknown) => (error instanceof InvalidBackupError ? error.problems : Promise.reject(error)),
  );
}

describe('a broken backup is rejected, the profile unchanged', () => {
  it.each(cases)('%s', async (_case, make, expected) => {
    const problems = await restoreFile(target, await make(goods));

    const matchers = Object.fromEntries(
      Object.entries(expected).map(([key, value]) => [
        key,
        typeof value === 'string' ? value : expect.stringMatching(value),
      ]),
    );
    expect(problems).toContainEqual(expect.objectContaining(matchers));
    expect(await dumpProfile(target)).toEqual(before);
  });
});

it('a backup re-zipped by an operating system (folder entries, __MACOSX, .DS_Store) restores', async () => {
  const rezippedByHand = await rezipped(goods.backup, (entries) => [
    { path: 'artifacts/', data: new Uint8Array() },
    ...entries,
    { path: '__MACOSX/', data: new Uint8Array() },
    { path: '__MACOSX/._flags.json', data: Uint8Array.of(0, 5, 0x16, 7, 0, 2, 0, 0) },
    { path: 'artifacts/.DS_Store', data: Uint8Array.of(0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31) },
  ]);
  const fresh = await emptyProfile('control-rezipped');
  expect(await restoreFile(fresh, rezippedByHand)).toEqual([]);
  expect(await fresh.db.count('flags')).toBe(2);
});

it('a backup Finder compressed under one top folder restores', async () => {
  const underFolder = await rezipped(goods.backup, (entries) => [
    ...entries.map((entry) => ({ ...entry, path: `spoor-backup/${entry.path}` })),
    { path: '__MACOSX/spoor-backup/._flags.json', data: Uint8Array.of(0, 5, 0x16, 7, 0, 2, 0, 0) },
    { path: 'spoor-backup/desktop.ini', data: utf8('[.ShellClassInfo]\r\nIconResource=x.ico,0\r\n') },
  ]);
  const fresh = await emptyProfile('control-folder');
  expect(await restoreFile(fresh, underFolder)).toEqual([]);
  expect(await fresh.db.count('flags')).toBe(2);
});

it('the untouched backup restores into an empty profile, so each case fails for its change alone', async () => {
  const fresh = await emptyProfile('control');
  expect(await restoreFile(fresh, goods.backup)).toEqual([]);
  expect(await fresh.db.count('flags')).toBe(2);
});
