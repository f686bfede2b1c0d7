import type { Detection, Flag } from '@/lib/records/flag';
import type { ReadingDisagreement } from '@/lib/records/batch';

/**
 * The coordinator's own dictionary reading a text (detectionsInText over the active matcher, in the dashboard):
 * `pageLang` the language its page declared, when the batch records one; `senses: false` finds every term whatever
 * its context (MatcherOptions), to tell a word whose sense needs context from one that names no entry at all.
 */
export type Reread = (text: string, options?: { pageLang?: string; senses?: false }) => Promise<Detection[]>;

/**
 * The importing coordinator's reading of a batch's detections: every observation's words (the ad's title and
 * description, and each detection's matched words, one per line) read with this profile's own dictionary and set
 * beside what the sender's Spoor recorded. A claimed word this dictionary holds as the entry's term, but whose sense
 * needs context the batch does not carry (Italian "avorio" alone; the sender read the whole page), is `needs-context`,
 * not `unconfirmed`: a word that names no entry at all. A forged or outdated batch can claim "Appendix I" for a
 * budgie, or leave out a taxon: the disagreements come back to be shown and recorded beside the signed record,
 * which stays as signed.
 * Since the sender read the whole page and the batch holds only these words, a name found elsewhere on the page can
 * only be confirmed when it is among its matched words. The words are read under the page's declared language when the
 * observation records it (older batches do not: their words are read by their own letters).
 * @example const disagreements = await recheckDetections(document.flags, (text) => detectionsInText(matcher, text));
 */
export async function recheckDetections(flags: readonly Flag[], reread: Reread): Promise<ReadingDisagreement[]> {
  const disagreements: ReadingDisagreement[] = [];
  for (const flag of flags)
    for (const observation of flag.observations) {
      const sent = observation.detected;
      const lines = [observation.ad.title, observation.ad.description, ...sent.flatMap((d) => d.matched)];
      const { pageLang } = observation;
      const read = byEntry(await reread(lines.filter(Boolean).join('\n'), { ...(pageLang && { pageLang }) }));
      const where = {
        flagId: flag.id,
        observationId: observation.id,
        canonicalUrl: flag.canonicalUrl,
        ...(pageLang && { pageLang }),
      };
      for (const claim of sent) {
        const found = read.get(claim.entryId);
        // Not found in context: is the word the entry's term at all, its sense resting on the page the batch lacks?
        const term = found ? undefined : await termReading(claim, reread, pageLang);
        const reading = found ?? term;
        if (!reading)
          disagreements.push({
            ...where,
            kind: 'unconfirmed',
            entryId: claim.entryId,
            sent: labelOf(claim),
            matched: claim.matched,
          });
        else if (term && term.appendix === claim.appendix && term.euAnnex === claim.euAnnex)
          disagreements.push({
            ...where,
            kind: 'needs-context',
            entryId: claim.entryId,
            sent: labelOf(claim),
            read: labelOf(term),
            matched: claim.matched,
          });
        else if (reading.appendix !== claim.appendix || reading.euAnnex !== claim.euAnnex)
          disagreements.push({
            ...where,
            kind: 'differs',
            entryId: claim.entryId,
            sent: labelOf(claim),
            read: labelOf(reading),
            matched: claim.matched,
          });
      }
      const claimed = new Set(sent.map((d) => d.entryId));
      for (const reading of read.values())
        if (!claimed.has(reading.entryId))
          disagreements.push({
            ...where,
            kind: 'unreported',
            entryId: reading.entryId,
            read: labelOf(reading),
            matched: reading.matched,
          });
    }
  return disagreements;
}

/**
 * The disagreements that read the batch otherwise: a claimed word whose sense needs the page's context is the entry's
 * own term, so it is shown (the coordinator may look at the page) but not counted against the batch.
 * @example readOtherwise(record.imported.reading).length // the batch list's count
 */
export const readOtherwise = (reading: readonly ReadingDisagreement[]): ReadingDisagreement[] =>
  reading.filter(({ kind }) => kind !== 'needs-context');

const labelOf = ({ label, appendix, euAnnex }: Detection) => ({ label, appendix, euAnnex });
const byEntry = (detections: readonly Detection[]) => new Map(detections.map((d) => [d.entryId, d]));

/** The claim's entry as this dictionary reads the claim's own words when every term counts, whatever its context. */
async function termReading(claim: Detection, reread: Reread, pageLang?: string): Promise<Detection | undefined> {
  if (claim.matched.length === 0) return undefined;
  const options = { senses: false as const, ...(pageLang && { pageLang }) };
  return byEntry(await reread(claim.matched.join('\n'), options)).get(claim.entryId);
}
