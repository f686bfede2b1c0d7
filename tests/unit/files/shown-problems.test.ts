import { describe, expect, it } from 'vitest';
import { describeProblem } from '@/lib/backup/problems';
import { SHOWN_NAME_MAX, shownWithin } from '@/lib/files/shown-text';
import { readRevocationList } from '@/lib/signing/revocation-list';

// A file's sender writes what a problem quotes: a right-to-left override turns "gpj.exe" into "exe.jpg" on screen,
// and a megabyte-long id would bury the report. Import problems are covered in tests/unit/import/import-report-text.
const OVERRIDE = '\u202E';

describe('shownWithin', () => {
  it('writes hidden characters out and leaves short text as it is', () => {
    expect(shownWithin(`flags${OVERRIDE}nosj`, SHOWN_NAME_MAX)).toBe('flags[U+202E]nosj');
  });

  it('cuts long text and says how long it was', () => {
    expect(shownWithin('x'.repeat(5_000), 10)).toBe('xxxxxxxxxx… (5,000 characters)');
  });
});

describe('a refused backup', () => {
  it('shows the file, record, field and message with hidden characters written out, each cut', () => {
    const line = describeProblem({
      file: `flags${OVERRIDE}nosj.json`,
      record: `2 (id ${'a'.repeat(1_000_000)})`,
      field: 'observations.0.url',
      message: `not a URL: ${OVERRIDE}moc.elpmaxe`,
    });
    expect(line).toContain('flags[U+202E]nosj.json, record 2 (id aaa');
    expect(line).toContain('… (1,000,007 characters), field observations.0.url: not a URL: [U+202E]moc.elpmaxe');
    expect(line.length).toBeLessThan(SHOWN_NAME_MAX * 2 + 200);
  });
});

describe('a refused list of revoked keys', () => {
  it('names its file with hidden characters written out', async () => {
    const read = await readRevocationList('{ not json', `keys${OVERRIDE}nosj.json`);
    expect(read.status).toBe('invalid');
    if (read.status !== 'invalid') return;
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]!.file).toBe('keys[U+202E]nosj.json');
    expect(read.problems[0]!.message).toMatch(/^not valid JSON/);
  });
});
