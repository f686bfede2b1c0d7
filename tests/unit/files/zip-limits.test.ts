import { describe, expect, it } from 'vitest';
import { megabytes, unsafeEntryName } from '@/lib/files/zip-limits';

describe('unsafeEntryName', () => {
  it.each([
    ['batch.json', undefined],
    ['evidence/ab12.png', undefined],
    ['artifacts/0f1e', undefined],
    ['', 'is empty'],
    ['../evil', 'has a "." or ".." step (it could climb out of the archive)'],
    ['a/../../b', 'has a "." or ".." step (it could climb out of the archive)'],
    ['./batch.json', 'has a "." or ".." step (it could climb out of the archive)'],
    ['/abs', 'is an absolute path'],
    ['C:\\x', 'uses "\\" (a Windows path)'],
    ['C:x', 'starts with a drive letter'],
    ['evil\u0000.png', 'contains control characters'],
    // hostile24: names unpacked onto another file's name, which main let through.
    ['evidence//ab12.png', 'has an empty step ("a//b", or a folder entry ending in "/")'],
    ['evidence/', 'has an empty step ("a//b", or a folder entry ending in "/")'],
    ['batch.json.', 'has a step ending in "." or a space, which Windows drops (it would unpack over another file)'],
    [
      'evidence /ab12.png',
      'has a step ending in "." or a space, which Windows drops (it would unpack over another file)',
    ],
    ['evidence/ab12.png:x', 'contains ":" (a Windows drive or hidden stream)'],
    ['evidence/.ab12.png', undefined],
    // forge26: Windows device names, which main let through.
    [
      'evidence/CON.png',
      'names a Windows device ("CON", "NUL", "COM1"…, with any extension): unpacked on Windows it opens the device',
    ],
    [
      'nul',
      'names a Windows device ("CON", "NUL", "COM1"…, with any extension): unpacked on Windows it opens the device',
    ],
    [
      'LPT1.batch.json',
      'names a Windows device ("CON", "NUL", "COM1"…, with any extension): unpacked on Windows it opens the device',
    ],
    ['evidence/console.png', undefined],
  ])('%j', (path, expected) => {
    expect(unsafeEntryName(path)).toBe(expected);
  });
});

it.each([
  [256 * 2 ** 20, '256 MB'],
  [2 ** 32 - 1, '4,096 MB'],
])('megabytes(%i) is %s', (bytes, expected) => {
  expect(megabytes(bytes)).toBe(expected);
});
