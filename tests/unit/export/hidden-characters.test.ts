import { describe, expect, it } from 'vitest';
import { flagsCsv } from '@/lib/export/csv-columns';
import { batchJson, csvContextOf } from '@/lib/export/json';
import { shownText } from '@/lib/files/shown-text';
import { takedownCsv, takedownGroups } from '@/lib/takedown/lists';
import { batchMeta, flag, observation, signedBatch } from './builder';

/*
 * Invisible and reordering characters in what a seller or a sender writes (forge17): an RLO turns "gnivrac yrovi"
 * into "ivory carving" on screen, a NUL or a zero-width space hides inside a name. What Spoor writes for people
 * shows each one as its code point; batch.json keeps the text as it came, so the signed record is unchanged.
 */

const RLO_TITLE = 'Resin figurine \u202Egnivrac yrovi\u202C, 40 cm';
const HIDDEN_SELLER = 'anti\u0000ques\u200B_\u2066berlin\u2069';

async function hostileFlag() {
  const obs = await observation({ n: 1 });
  return flag({
    n: 1,
    observations: [obs],
    ad: { title: RLO_TITLE, seller: { name: HIDDEN_SELLER }, location: 'Köln\uFEFF' },
    assessment: { notes: 'see \u2067אלון\u2069 and 👩‍🔬' },
  });
}

describe('hidden and reordering characters in exports', () => {
  it('writes each one out in the CSV, and keeps the original text in batch.json', async () => {
    const doc = await signedBatch([await hostileFlag()], batchMeta(1));
    const csv = flagsCsv(doc.flags, csvContextOf(doc));
    expect(csv).toContain('"Resin figurine [U+202E]gnivrac yrovi[U+202C], 40 cm"');
    expect(csv).toContain('"anti[U+0000]ques[U+200B]_[U+2066]berlin[U+2069]"');
    expect(csv).toContain('"Köln[U+FEFF]"');
    expect(csv).not.toMatch(/[\0\u200B\u202A-\u202E\u2066-\u2069]/u);
    // The byte-order mark opens the file and is nowhere else.
    expect(csv.indexOf('\uFEFF', 1)).toBe(-1);

    const json = JSON.parse(batchJson(doc));
    expect(json.flags[0].ad).toMatchObject({ title: RLO_TITLE, seller: { name: HIDDEN_SELLER } });
  });

  it('writes them out in a takedown list too', async () => {
    const csv = takedownCsv(takedownGroups([await hostileFlag()])[0]!);
    expect(csv).toContain('[U+202E]gnivrac yrovi[U+202C]');
    expect(csv).not.toContain('\u202E');
  });

  it('leaves joiners, accents and right-to-left letters as they are', () => {
    expect(shownText('👩‍🔬 Elfenbein, Köln, אלון, حلوى, क्‍ष')).toBe('👩‍🔬 Elfenbein, Köln, אלון, حلوى, क्‍ष');
    expect(shownText('line\nnext\tcell')).toBe('line\nnext\tcell');
  });

  it('writes out tag characters, Hangul fillers and the Arabic letter mark', () => {
    expect(shownText('ivory\u{E0069}\u3164\u061C')).toBe('ivory[U+E0069][U+3164][U+061C]');
  });
});
