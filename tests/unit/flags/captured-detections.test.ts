import { describe, expect, it } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { detectionsInText, namesDiffer } from '@/lib/flags/captured-detections';
import { DetectionSchema } from '@/lib/records/flag';

const matcher = createMatcher(compileDictionary(loadBundledDictionary()));

describe('the names a flag finds in the text it captured', () => {
  it('counts each entry with the words as written, line by line, in the shape of a flag’s detections', () => {
    const found = detectionsInText(matcher, 'Graupapagei, handzahm\nZwei Graupapageien\nEin Fahrrad', 'de');
    expect(found.map((d) => DetectionSchema.parse(d))).toEqual(found);
    const parrot = found.find((d) => d.label === 'Psittacus erithacus');
    expect(parrot).toMatchObject({ kind: 'taxon', count: 2, appendix: 'I' });
    expect(parrot!.matched).toEqual(['Graupapagei', 'Graupapageien']);
  });

  it('never joins a name across two lines (two blocks of the page)', () => {
    expect(detectionsInText(matcher, 'Psittacus\nerithacus', 'en').map((d) => d.label)).not.toContain(
      'Psittacus erithacus',
    );
    expect(detectionsInText(matcher, 'Psittacus erithacus', 'en').map((d) => d.label)).toContain('Psittacus erithacus');
  });

  it('finds nothing in text without a listed name', () => {
    expect(detectionsInText(matcher, 'Vintage resin bangle, 1970s\nFree postage', 'en')).toEqual([]);
  });

  it('tells lists naming other entries apart, whatever their counts', () => {
    const [parrot] = detectionsInText(matcher, 'Graupapagei', 'de');
    const twice = { ...parrot!, count: 2 };
    expect(namesDiffer([parrot!], [twice])).toBe(false);
    expect(namesDiffer([parrot!], [])).toBe(true);
  });
});
