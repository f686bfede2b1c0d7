import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportNewBatch, pendingFlagIds } from '@/lib/export/export-flow';
import { importFiles, type FileReport } from '@/lib/import/import-flow';
import { acceptingKeysOf, flaggedDb, downloads, exportEnv } from '../../export/flow-support';
import { resign } from '../../export/builder';
import { chainEntry } from '@/lib/integrity/chain';
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
import { jsonOf, rawZip, resealed, unzipped, utf8, withEntry, withZip64End, type RawEntry } from './zip-craft';

/** The good files every case starts from: one researcher's batch as batch.json and as evidence bundle. */
interface Goods {
  json: Blob;
  zip: Blob;
  evidence: string;
}

let goods: Goods;
let coordinator: Profile;
let before: unknown;
/** The coordinator trusts the key the good files were signed with: a broken file is refused for what is broken. */
let trusted: { acceptKeys: Set<string> };

beforeAll(async () => {
  freshIndexedDb();
  const exported: Record<'json' | 'zip', Blob> = { json: empty(), zip: empty() };
  for (const format of ['json', 'zip'] as const) {
    const { db } = await flaggedDb(`anna-${format}`, [
      { url: 'https://shop.example/ad/1', ad: { title: "Défense d'éléphant sculptée", imageUrls: [], sources: {} } },
      { url: 'https://shop.example/ad/2' },
    ]);
    const saved = downloads();
    await exportNewBatch(exportEnv(db, saved.targets), await pendingFlagIds(db), format, {
      researcher: 'anna.k',
      survey: 'Ivory 2026',
    });
    exported[format] = saved.files[0]!;
    db.close();
  }
  goods = { ...exported, evidence: await firstPath(exported.zip, 'evidence/') };
  trusted = await acceptingKeysOf([new File([goods.json], 'batch.json'), new File([goods.zip], 'bundle.zip')]);
  coordinator = await seededProfile('coordinator');
  before = await dumpProfile(coordinator);
}, 60_000);
afterAll(removeSparseFiles);

const text = async (blob: Blob) => new TextDecoder().decode(await blob.arrayBuffer());
/**
 * batch.json edited, then signed again: a sender who alters their own file and re-signs it. Checks past the signature
 * must catch it.
 */
const jsonEdit = (edit: (doc: any) => unknown) => async (g: Goods) =>
  new Blob([JSON.stringify(await resign(edit(JSON.parse(await text(g.json))) as object))]);
/** batch.json edited without signing again. */
const unsignedEdit = (edit: (doc: any) => unknown) => async (g: Goods) =>
  new Blob([JSON.stringify(edit(JSON.parse(await text(g.json))))]);

/** An entry change whose manifest is then signed again (the deeper manifest checks are what is tested). */
const signedManifest =
  (change: (entries: RawEntry[]) => RawEntry[]) =>
  async (entries: RawEntry[]): Promise<RawEntry[]> =>
    Promise.all(
      change(entries).map(async (entry) =>
        entry.path === 'manifest.json'
          ? { path: entry.path, data: utf8(JSON.stringify(await resign(jsonOf(entry)))) }
          : entry,
      ),
    );

/**
 * A bundle changed, every hash re-computed and only the manifest signed again (batch.json is no longer JSON to sign).
 */
async function resignedManifest(good: Blob, change: (entries: RawEntry[]) => RawEntry[]): Promise<Blob> {
  const sealed = await resealed(change(await unzipped(good)));
  return rawZip(
    await Promise.all(
      sealed.map(async (entry) =>
        entry.path === 'manifest.json'
          ? { path: entry.path, data: utf8(JSON.stringify(await resign(jsonOf(entry)))) }
          : entry,
      ),
    ),
  );
}

/** A bundle changed, every hash re-computed and batch.json and the manifest signed again: a forger with a key. */
async function resigned(good: Blob, change: (entries: RawEntry[]) => RawEntry[] | Promise<RawEntry[]>): Promise<Blob> {
  const sign = async (entries: RawEntry[], path: string) =>
    Promise.all(
      entries.map(async (entry) =>
        entry.path === path ? { path, data: utf8(JSON.stringify(await resign(jsonOf(entry)))) } : entry,
      ),
    );
  const changed = await sign(await change(await unzipped(good)), 'batch.json');
  return rawZip(await sign(await resealed(changed), 'manifest.json'));
}
const firstObservation = (doc: any) => doc.flags[0].observations[0];

type Case = [
  string,
  (g: Goods) => Promise<Blob> | Blob,
  { path?: string | RegExp; message: RegExp; inside?: string | ((g: Goods) => string) },
];

/** batch.json imported on its own. The problem names the file (`batch.json`) and, where it can, the flag and field. */
const jsonCases: Case[] = [
  ['empty (0 bytes)', () => empty(), { message: /the file is empty/ }],
  ['truncated to 10%', (g) => truncated(g.json, 0.1), { message: /not valid JSON/ }],
  ['truncated to 50%', (g) => truncated(g.json, 0.5), { message: /not valid JSON/ }],
  [
    'truncated before its closing brace',
    async (g) => g.json.slice(0, (await text(g.json)).lastIndexOf('}')),
    { message: /not valid JSON/ },
  ],
  ['binary noise', () => noise(64 * 1024), { message: /not UTF-8 text/ }],
  [
    'UTF-16LE with a byte order mark',
    async (g) => new Blob([encoded(await text(g.json), 'utf-16le-bom')]),
    { message: /not UTF-8 text/ },
  ],
  [
    'UTF-16LE without a byte order mark',
    async (g) => new Blob([encoded(await text(g.json), 'utf-16le')]),
    { message: /not UTF-8 text/ },
  ],
  [
    'UTF-16BE with a byte order mark',
    async (g) => new Blob([encoded(await text(g.json), 'utf-16be-bom')]),
    { message: /not UTF-8 text/ },
  ],
  [
    'Windows-1252 (Latin-1) accents',
    async (g) => new Blob([encoded(await text(g.json), 'windows-1252')]),
    { message: /not UTF-8 text/ },
  ],
  ['JSON that is not an object (null)', () => new Blob(['null']), { path: 'format', message: /not a Spoor batch/ }],
  [
    'another format (a backup manifest)',
    jsonEdit((doc) => ({ ...doc, format: 'spoor-backup' })),
    { path: 'format', message: /not a Spoor batch/ },
  ],
  [
    'a future format version',
    jsonEdit((doc) => ({ ...doc, formatVersion: 99 })),
    { path: 'formatVersion', message: /newer Spoor/ },
  ],
  [
    'a wrong format version (0)',
    jsonEdit((doc) => ({ ...doc, formatVersion: 0 })),
    { path: 'formatVersion', message: /older Spoor/ },
  ],
  [
    'an older, unsigned format version (1)',
    unsignedEdit(({ signature: _signature, ...doc }) => ({ ...doc, formatVersion: 1 })),
    { path: 'formatVersion', message: /older Spoor/ },
  ],
  [
    'its signature removed',
    unsignedEdit(({ signature: _signature, ...doc }) => doc),
    { path: 'signature', message: /not signed/ },
  ],
  [
    'edited after it was signed',
    unsignedEdit((doc) => ({ ...doc, batch: { ...doc.batch, survey: 'Other survey' } })),
    { path: 'signature', message: /signature does not match/ },
  ],
  [
    'a signature whose fingerprint is not its key’s',
    unsignedEdit((doc) => ({ ...doc, signature: { ...doc.signature, fingerprint: '0'.repeat(64) } })),
    { path: 'signature', message: /fingerprint is not the fingerprint/ },
  ],
  [
    'signed with the key of another researcher than it names',
    async (g) => {
      const doc = JSON.parse(await text(g.json));
      const { signature: _s, ...unsigned } = doc;
      return new Blob([JSON.stringify(await resign({ ...unsigned, batch: { ...doc.batch } }, 'mallory'))]);
    },
    { path: 'signature.researcher', message: /signed with the key of mallory, but the batch says it is from anna\.k/ },
  ],
  [
    'an audit entry changed (re-signed)',
    jsonEdit((doc) => ({ ...doc, audit: doc.audit.map((entry: any) => ({ ...entry, by: 'mallory' })) })),
    { path: /^audit\[\d+\] \(flag /, message: /was changed after it was written/ },
  ],
  [
    'an audit entry of a flag the file does not hold (re-signed)',
    jsonEdit((doc) => {
      const fields = { flagId: crypto.randomUUID(), at: doc.batch.createdAt, by: 'anna.k', action: 'edit' as const };
      return { ...doc, audit: [...doc.audit, chainEntry(fields, doc.audit[0].hash, doc.flags[0])] };
    }),
    { path: /^audit\[\d+\] \(flag /, message: /not part of the history of any flag in this file/ },
  ],
  [
    'a flag changed without its history (re-signed)',
    jsonEdit((doc) => {
      doc.flags[0].assessment.suspicion = 'low';
      return doc;
    }),
    { path: /^(flag [0-9a-f-]{36} › auditHead|audit\[\d+\] \(flag .*\))$/, message: /changed outside its history/ },
  ],
  [
    'a duplicated flag id',
    jsonEdit((doc) => ({ ...doc, flags: [...doc.flags, doc.flags[0]] })),
    { path: /^flag [0-9a-f-]{36}$/, message: /same flag id appears twice/ },
  ],
  [
    'a duplicated observation id',
    jsonEdit((doc) => {
      firstObservation(doc).id = doc.flags[1].observations[0].id;
      return doc;
    }),
    { path: /observations\[0\]\.id$/, message: /appears twice/ },
  ],
  [
    'an observation edited after capture',
    jsonEdit((doc) => {
      firstObservation(doc).ad.title = 'Resin figure';
      return doc;
    }),
    { path: /observations\[0\]\.recordSha256$/, message: /changed after capture/ },
  ],
  [
    'a record hash replaced',
    jsonEdit((doc) => {
      firstObservation(doc).recordSha256 = 'f'.repeat(64);
      return doc;
    }),
    { path: /recordSha256$/, message: /changed after capture/ },
  ],
  ['a 1 GB file (sparse)', () => sparseGigabyte(), { message: /1,024 MB: over Spoor's limit of 256 MB/ }],
  [
    'a signed U+FFFD rewritten as a lone surrogate (the signature covers the escape, not a U+FFFD)',
    async (g) => {
      const signed = await jsonEdit((doc) => {
        doc.flags[0].ad.title = 'Tusk \ufffd';
        return doc;
      })(g);
      return new Blob([(await text(signed)).replace('Tusk \ufffd', 'Tusk \\udfff')]);
    },
    { path: 'signature', message: /signature does not match/ },
  ],
  [
    'overlong UTF-8 ("/" as C0 AF)',
    async (g) => {
      const bytes = new Uint8Array(await g.json.arrayBuffer());
      const at = bytes.indexOf(0x2f);
      return new Blob([bytes.slice(0, at), Uint8Array.of(0xc0, 0xaf), bytes.slice(at + 1)]);
    },
    { message: /not UTF-8 text/ },
  ],
  [
    'a count written as a string (re-signed)',
    jsonEdit((doc) => ({ ...doc, batch: { ...doc.batch, counts: { ...doc.batch.counts, flags: '2' } } })),
    { path: 'batch.counts.flags', message: /number/ },
  ],
  [
    'a count of 1e309, which JSON.parse reads as Infinity (re-signed)',
    async (g) => {
      const signed = await text(await jsonEdit((doc) => doc)(g));
      return new Blob([signed.replace(/"flags":2\b/, '"flags":1e309')]);
    },
    { message: /signature does not match|number/ },
  ],
  [
    'a byte count past 2^53, which JSON.parse rounds (re-signed)',
    async (g) => {
      const doc = JSON.parse(await text(g.json));
      firstObservation(doc).artifacts[0].bytes = 9007199254740992;
      const signed = JSON.stringify(await resign(doc));
      return new Blob([signed.replace('9007199254740992', '9007199254740993')]);
    },
    // Refused as read (forge33): the number as written is not the one JSON.parse reads, before the schema's bound.
    { message: /the number 9007199254740993 \(member "bytes"/ },
  ],
  [
    'a capture time with a timezone offset (re-signed)',
    jsonEdit((doc) => {
      firstObservation(doc).capturedAt = firstObservation(doc).capturedAt.replace('Z', '+00:00');
      return doc;
    }),
    { path: /observations\[0\]\.capturedAt$/, message: /./ },
  ],
  [
    'a capture time on 30 February (re-signed)',
    jsonEdit((doc) => {
      firstObservation(doc).capturedAt = '2026-02-30T10:00:00.000Z';
      return doc;
    }),
    { path: /observations\[0\]\.capturedAt$/, message: /./ },
  ],
  [
    'an evidence hash in upper case (re-signed)',
    jsonEdit((doc) => {
      const ref = firstObservation(doc).artifacts[0];
      ref.sha256 = ref.sha256.toUpperCase();
      return doc;
    }),
    { path: /artifacts\[0\]\.sha256$/, message: /./ },
  ],
  [
    'a canonical URL with a javascript: scheme (re-signed)',
    jsonEdit((doc) => {
      doc.flags[0].canonicalUrl = 'javascript:alert(1)';
      return doc;
    }),
    { path: /^flag [0-9a-f-]{36} › canonicalUrl$/, message: /./ },
  ],
  // forge26: fields the format does not know, which main accepted and dropped without a word.
  [
    'a field the format does not know inside a flag (re-signed)',
    jsonEdit((doc) => {
      doc.flags[0].ad.sellerPhone = '+00 000 000';
      return doc;
    }),
    { path: /^flag [0-9a-f-]{36} › ad\.sellerPhone$/, message: /is not a field of the batch format version 2/ },
  ],
  [
    'a field the format does not know at the top (re-signed)',
    jsonEdit((doc) => ({ ...doc, note: 'seized 2026-03-01' })),
    { path: 'note', message: /refused rather than dropped/ },
  ],
  [
    'a seller name of 1 MB (re-signed; main refused it already)',
    jsonEdit((doc) => {
      doc.flags[0].ad.seller = { name: 'x'.repeat(2 ** 20) };
      return doc;
    }),
    { path: /^flag [0-9a-f-]{36} › ad\.seller\.name$/, message: /./ },
  ],
];

/**
 * The evidence bundle. Archive-level problems name the file; problems inside it name the entry (`evidence/…`,
 * `manifest.json`).
 */
const zipCases: Case[] = [
  ['empty (0 bytes)', () => empty(), { message: /the file is empty/ }],
  ['truncated to 50%', (g) => truncated(g.zip, 0.5), { message: /not a complete ZIP archive/ }],
  [
    'truncated inside an evidence file',
    (g) => cutAfter(g.zip, 'png of https://shop.example/ad/1'.slice(0, 12)),
    { message: /not a complete ZIP archive/ },
  ],
  [
    'truncated by one byte',
    (g) => truncated(g.zip, (g.zip.size - 1) / g.zip.size),
    { message: /not a complete ZIP archive/ },
  ],
  ['binary noise after a ZIP signature', () => noise(64 * 1024, ZIP_MAGIC), { message: /not a complete ZIP archive/ }],
  [
    'batch.json in UTF-16 (re-hashed)',
    (g) =>
      resignedManifest(g.zip, (entries) =>
        withEntry(entries, 'batch.json', ({ data }) => ({
          path: 'batch.json',
          data: encoded(new TextDecoder().decode(data), 'utf-16le-bom'),
        })),
      ),
    { inside: 'batch.json', message: /not UTF-8 text/ },
  ],
  [
    'batch.json in Windows-1252 (re-hashed)',
    (g) =>
      resignedManifest(g.zip, (entries) =>
        withEntry(entries, 'batch.json', ({ data }) => ({
          path: 'batch.json',
          data: encoded(new TextDecoder().decode(data), 'windows-1252'),
        })),
      ),
    { inside: 'batch.json', message: /not UTF-8 text/ },
  ],
  [
    'another bundle format',
    (g) =>
      rezipped(
        g.zip,
        editJson('manifest.json', (m) => ({ ...m, format: 'spoor-backup' })),
      ),
    { inside: 'manifest.json', path: 'format', message: /spoor-bundle/ },
  ],
  [
    'a future bundle format version',
    (g) =>
      rezipped(
        g.zip,
        editJson('manifest.json', (m) => ({ ...m, formatVersion: 3 })),
      ),
    { inside: 'manifest.json', path: 'formatVersion', message: /newer Spoor/ },
  ],
  [
    'a future batch format version (re-hashed)',
    (g) =>
      resigned(
        g.zip,
        editJson('batch.json', (doc) => ({ ...doc, formatVersion: 99 })),
      ),
    { inside: 'batch.json', path: 'formatVersion', message: /newer Spoor/ },
  ],
  [
    'a manifest rewritten to match changed evidence, not signed again',
    (g) => rezipped(g.zip, flipByte(g.evidence), true),
    { inside: 'manifest.json', path: 'signature', message: /signature does not match/ },
  ],
  [
    'a manifest signed with another key than batch.json',
    (g) =>
      rezipped(g.zip, async (entries) =>
        Promise.all(
          entries.map(async (entry) =>
            entry.path === 'manifest.json'
              ? { path: entry.path, data: utf8(JSON.stringify(await resign(jsonOf(entry)))) }
              : entry,
          ),
        ),
      ),
    { inside: 'manifest.json', path: 'signature.fingerprint', message: /signed with key/ },
  ],
  [
    'an evidence file twice in the ZIP',
    (g) => rezipped(g.zip, (entries) => [...entries, entries.find((e) => e.path === g.evidence)!]),
    { message: /appears twice in the archive/ },
  ],
  [
    'a file listed twice in the manifest',
    (g) =>
      rezipped(g.zip, signedManifest(editJson('manifest.json', (m) => ({ ...m, files: [...m.files, m.files[0]] })))),
    { inside: 'manifest.json', message: /lists batch.csv twice/ },
  ],
  [
    'a duplicated flag id (re-hashed, re-signed)',
    (g) =>
      resigned(
        g.zip,
        editJson('batch.json', (doc) => ({ ...doc, flags: [...doc.flags, doc.flags[0]] })),
      ),
    { inside: 'batch.json', message: /same flag id appears twice/ },
  ],
  [
    'evidence bytes changed',
    (g) => rezipped(g.zip, flipByte(g.evidence)),
    { inside: (g) => g.evidence, message: /SHA-256 is [0-9a-f]{64}, the manifest says/ },
  ],
  [
    'a manifest hash changed',
    (g) =>
      rezipped(
        g.zip,
        signedManifest(
          editJson('manifest.json', (m) => {
            m.files.find((f: { path: string }) => f.path === g.evidence).sha256 = '0'.repeat(64);
            return m;
          }),
        ),
      ),
    { inside: (g) => g.evidence, message: /the manifest says 0{64}/ },
  ],
  [
    'SHA256SUMS changed',
    (g) =>
      rezipped(g.zip, (entries) =>
        withEntry(entries, 'SHA256SUMS', () => ({ path: 'SHA256SUMS', data: utf8(`${'0'.repeat(64)}  batch.csv\n`) })),
      ),
    { inside: 'SHA256SUMS', message: /SHA-256 is/ },
  ],
  [
    "a screenshot whose local header says it ends after 8 bytes (a streaming unzip reads on into the screenshot's bytes)",
    (g) => rezipped(g.zip, (entries) => withEntry(entries, g.evidence, (entry) => ({ ...entry, localSize: 8 }))),
    { message: /its local header says 8 bytes \(8 unpacked\), the directory \d+ \(\d+ unpacked\)/ },
  ],
  [
    'evidence swapped, every hash re-computed and re-signed',
    (g) => resigned(g.zip, flipByte(g.evidence)),
    { inside: (g) => g.evidence, message: /the flag says/ },
  ],
  ...UNSAFE_NAMES.map((name): Case => [
    `an entry named ${name}`,
    (g) => withUnsafeName(g.zip, name),
    { message: new RegExp(`file ${JSON.stringify(name).replace(/[\\.]/g, '\\$&')} .*refused`) },
  ]),
  [
    'a ZIP bomb: manifest.json inflating to 1 GiB',
    (g) => inflatesPastDeclared(g.zip, 'manifest.json'),
    { inside: 'manifest.json', message: /inflates past the \d+ bytes the directory declares/ },
  ],
  [
    'a ZIP bomb: an entry declaring 4 GB',
    (g) => declaresHuge(g.zip),
    { message: /huge.json: 4,096 MB unpacked, over Spoor's limit of 256 MB/ },
  ],
  [
    'a ZIP bomb: 1,100 entries of 1 MiB each',
    () => manyInflating(1_100),
    { message: /unpack to more than Spoor's limit of 1,024 MB/ },
  ],
  [
    'a ZIP bomb: 50,001 entries',
    () => manyEntries(50_001),
    { message: /holds 50,001 files; Spoor reads archives of up to 50,000/ },
  ],
  [
    'a forged directory of 1 GiB (sparse), refused before it is read',
    () => hugeDirectory(),
    { message: /its directory takes 1,024 MB; Spoor reads directories of up to 16 MB/ },
  ],
  [
    '65,540 entries, which the end record counts as 4 (its count is 16 bits)',
    () => manyEntries(65_540),
    { message: /its directory holds more records than the 4 its end record counts/ },
  ],
  [
    'a file listed twice in the manifest with two hashes',
    (g) =>
      rezipped(
        g.zip,
        signedManifest(
          editJson('manifest.json', (m) => ({ ...m, files: [...m.files, { ...m.files[0], sha256: 'a'.repeat(64) }] })),
        ),
      ),
    { inside: 'manifest.json', message: /lists batch.csv twice/ },
  ],
  [
    'a manifest hash in upper case (re-signed)',
    (g) =>
      rezipped(
        g.zip,
        signedManifest(
          editJson('manifest.json', (m) => {
            m.files[0].sha256 = m.files[0].sha256.toUpperCase();
            return m;
          }),
        ),
      ),
    { inside: 'manifest.json', message: /SHA-256/ },
  ],
  [
    'a ZIP comment holding a second archive',
    async (g) => {
      const hidden = new Uint8Array(await rawZip([{ path: 'batch.json', data: utf8('{}') }]).arrayBuffer());
      const bytes = new Uint8Array(await g.zip.arrayBuffer());
      new DataView(bytes.buffer).setUint16(bytes.length - 2, hidden.length, true);
      return new Blob([bytes, hidden]);
    },
    { message: /./ },
  ],
  [
    'batch.csv with a quoted cell holding a newline and a formula (re-hashed, re-signed)',
    (g) =>
      resigned(g.zip, (entries) =>
        withEntry(entries, 'batch.csv', ({ data }) => {
          const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(data);
          const lines = csv.split('\r\n');
          lines[1] = lines[1]!.replace(
            /^"[^"]*"/,
            (cell) => `${cell.slice(0, -1)}\n=HYPERLINK(""https://evil.example"")"`,
          );
          return { path: 'batch.csv', data: utf8(lines.join('\r\n')) };
        }),
      ),
    { inside: 'batch.csv', path: /^row 2 \(flag /, message: /not the one Spoor writes/ },
  ],
  [
    'a screenshot whose bytes are an SVG (re-hashed, re-signed)',
    (g) =>
      resigned(g.zip, (entries) =>
        withEntry(entries, g.evidence, () => ({
          path: g.evidence,
          data: utf8('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        })),
      ),
    { inside: (g) => g.evidence, message: /./ },
  ],
  [
    'a 1 GB file starting like a ZIP (sparse)',
    () => sparseGigabyte(ZIP_MAGIC),
    { message: /not a complete ZIP archive/ },
  ],
  // forge26: what main refused for the wrong reason or let through.
  [
    'a field the manifest format does not know (re-signed)',
    (g) => rezipped(g.zip, signedManifest(editJson('manifest.json', (m) => ({ ...m, comment: 'ok' })))),
    { inside: 'manifest.json', path: 'comment', message: /is not a field of the bundle format version 2/ },
  ],
  [
    'an entry whose sizes are in a ZIP64 extra field',
    (g) => rezipped(g.zip, (entries) => entries.map((entry) => ({ ...entry, zip64: entry.path === 'batch.csv' }))),
    { message: /^batch\.csv: uses ZIP64 records .*zip the files again without ZIP64/ },
  ],
  ['a ZIP64 end record before the end record', async (g) => withZip64End(g.zip), { message: /^uses ZIP64 records/ }],
  [
    'an HTML page named like macOS litter (__MACOSX/._batch.json)',
    (g) =>
      rezipped(g.zip, (entries) => [...entries, { path: '__MACOSX/._batch.json', data: utf8('<script>1</script>') }]),
    { inside: '__MACOSX/._batch.json', message: /in the bundle but not in the manifest/ },
  ],
  // zip26: archives under folders.
  [
    'files under two top folders (which one is the bundle?)',
    (g) =>
      rezipped(g.zip, (entries) =>
        entries.map((entry) => ({ ...entry, path: `${entry.path === 'manifest.json' ? 'a' : 'b'}/${entry.path}` })),
      ),
    { message: /more than one top folder or beside one \(a\/, b\/\)/ },
  ],
  [
    'files under one folder and a batch.json beside it',
    (g) =>
      rezipped(g.zip, (entries) => [
        ...entries.map((entry) => ({ ...entry, path: `bundle/${entry.path}` })),
        entries.find((entry) => entry.path === 'batch.json')!,
      ]),
    { message: /more than one top folder or beside one \(batch\.json, bundle\/\)/ },
  ],
  [
    'an HTML page named desktop.ini',
    (g) => rezipped(g.zip, (entries) => [...entries, { path: 'desktop.ini', data: utf8('<script>1</script>') }]),
    { inside: 'desktop.ini', message: /in the bundle but not in the manifest/ },
  ],
  // forge26: attacks that main already refused, recorded.
  [
    'batch.csv with a sep=; first line (re-hashed, re-signed)',
    (g) =>
      resigned(g.zip, (entries) =>
        withEntry(entries, 'batch.csv', ({ data }) => ({
          path: 'batch.csv',
          data: utf8(`sep=;\r\n${new TextDecoder('utf-8', { ignoreBOM: true }).decode(data)}`),
        })),
      ),
    { inside: 'batch.csv', path: 'row 1', message: /byte-order mark/ },
  ],
  [
    "a screenshot of 0 bytes (re-hashed, re-signed): the flag's own hash refuses it",
    (g) =>
      resigned(g.zip, (entries) =>
        withEntry(entries, g.evidence, () => ({ path: g.evidence, data: new Uint8Array() })),
      ),
    { inside: (g) => g.evidence, message: /the flag says/ },
  ],
  [
    'an entry named evidence/<sha>.png:Zone.Identifier (a hidden stream)',
    (g) =>
      rezipped(g.zip, (entries) => [
        ...entries,
        { path: `${g.evidence}:Zone.Identifier`, data: utf8('[ZoneTransfer]') },
      ]),
    { message: /contains ":" \(a Windows drive or hidden stream\)/ },
  ],
];

async function importInto(profile: Profile, blob: Blob, fileName: string): Promise<FileReport> {
  const [report] = await importFiles(
    { db: profile.db, by: 'coord', clock: () => new Date('2026-04-02T08:00:00.000Z') },
    [new File([blob], fileName)],
    trusted,
  );
  return report!;
}

describe.each([
  ['batch.json', 'batch.json', jsonCases],
  ['evidence bundle', 'bundle.zip', zipCases],
] as const)('a broken %s is rejected, the database unchanged', (_kind, fileName, cases) => {
  it.each(cases)('%s', async (_case, make, expected) => {
    const report = await importInto(coordinator, await make(goods), fileName);

    expect(report).toMatchObject({ fileName, status: 'invalid' });
    const inside = typeof expected.inside === 'function' ? expected.inside(goods) : expected.inside;
    const problems = report.status === 'invalid' ? report.problems : [];
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: inside ?? fileName,
        ...(expected.path
          ? { path: typeof expected.path === 'string' ? expected.path : expect.stringMatching(expected.path) }
          : {}),
        message: expect.stringMatching(expected.message),
      }),
    );
    expect(await dumpProfile(coordinator)).toEqual(before);
  });
});

it('a bundle re-zipped by an operating system (folder entries, __MACOSX, .DS_Store, Thumbs.db) imports', async () => {
  const rezippedByHand = await rezipped(goods.zip, (entries) => [
    { path: 'evidence/', data: new Uint8Array() },
    ...entries,
    { path: '__MACOSX/', data: new Uint8Array() },
    { path: '__MACOSX/evidence/', data: new Uint8Array() },
    { path: '__MACOSX/._batch.json', data: Uint8Array.of(0, 5, 0x16, 7, 0, 2, 0, 0) },
    { path: '__MACOSX/evidence/._x.png', data: Uint8Array.of(0, 5, 0x16, 7, 0, 2, 0, 0) },
    { path: '.DS_Store', data: Uint8Array.of(0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31, 0, 0) },
    { path: 'evidence/Thumbs.db', data: Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0) },
  ]);
  expect(await importInto(await emptyProfile('control-rezipped'), rezippedByHand, 'bundle.zip')).toMatchObject({
    status: 'imported',
    summary: { added: 2 },
  });
});

it.each([
  ['Finder', '__MACOSX/spoor-batch/._batch.json', Uint8Array.of(0, 5, 0x16, 7, 0, 2, 0, 0)],
  ['Windows', 'spoor-batch/desktop.ini', utf16ini('\r\n[.ShellClassInfo]\r\nIconResource=C:\\x.ico,0\r\n')],
] as const)('a bundle %s compressed under one top folder imports', async (_by, litterPath, litter) => {
  const underFolder = await rezipped(goods.zip, (entries) => [
    { path: 'spoor-batch/', data: new Uint8Array() },
    ...entries.map((entry) => ({ ...entry, path: `spoor-batch/${entry.path}` })),
    { path: litterPath, data: litter },
  ]);
  expect(await importInto(await emptyProfile(`control-folder-${_by}`), underFolder, 'bundle.zip')).toMatchObject({
    status: 'imported',
    summary: { added: 2 },
  });
});

/** Text as Windows Explorer writes desktop.ini: UTF-16 little-endian after its byte-order mark. */
function utf16ini(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let at = 0; at < text.length; at++) bytes[2 + at * 2] = text.charCodeAt(at);
  return bytes;
}

it('the untouched files import into an empty profile, so each case fails for its change alone', async () => {
  for (const [good, name] of [
    [goods.json, 'batch.json'],
    [goods.zip, 'bundle.zip'],
  ] as const) {
    expect(await importInto(await emptyProfile(`control-${name}`), good, name)).toMatchObject({
      status: 'imported',
      summary: { added: 2 },
    });
  }
});
