import type { Detection, Flag } from '@/lib/records/flag';
import type { ReadingDisagreement } from '@/lib/records/batch';

/** The coordinator's own dictionary reading a text (detectionsInText over the active matcher, in the dashboard). */
export type Reread = (text: string) => Promise<Detection[]>;

/**
 * The importing coordinator's reading of a batch's detections: every observation's words (the ad's title and
 * description, and each detection's matched words, one per line) read with this profile's own dictionary and set
 * beside what the sender's Spoor recorded. A forged or outdated batch can claim "Appendix I" for a budgie, or leave
 * out a taxon: the disagreements come back to be shown and recorded beside the signed record, which stays as signed.
 * Since the sender read the whole page and the batch holds only these words, a name found elsewhere on the page can
 * only be confirmed when it is among its matched words.
 * @example const disagreements = await recheckDetections(document.flags, (text) => detectionsInText(matcher, text));
 */
export async function recheckDetections(flags: readonly Flag[], reread: Reread): Promise<ReadingDisagreement[]> {
  const disagreements: ReadingDisagreement[] = [];
  for (const flag of flags)
    for (const observation of flag.observations) {
      const sent = observation.detected;
      const lines = [observation.ad.title, observation.ad.description, ...sent.flatMap((d) => d.matched)];
      const read = new Map((await reread(lines.filter(Boolean).join('\n'))).map((d) => [d.entryId, d]));
      const where = { flagId: flag.id, observationId: observation.id, canonicalUrl: flag.canonicalUrl };
      for (const claim of sent) {
        const reading = read.get(claim.entryId);
        if (!reading)
          disagreements.push({
            ...where,
            kind: 'unconfirmed',
            entryId: claim.entryId,
            sent: labelOf(claim),
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

const labelOf = ({ label, appendix, euAnnex }: Detection) => ({ label, appendix, euAnnex });
