import { FlagSchema, type AdFields, type Flag, type FlagEdit } from '@/lib/records/flag';

/**
 * A flag with a researcher's correction applied. Corrected ad fields are
 * marked as the researcher's, so an export tells page data from judgement.
 * @example applyEdit(flag, { assessment: { suspicion: 'high' } }, new Date())
 */
export function applyEdit(flag: Flag, edit: FlagEdit, now: Date): Flag {
  const ad: AdFields = { ...flag.ad, sources: { ...flag.ad.sources } };
  for (const [field, value] of Object.entries(edit.ad ?? {})) {
    const merged = field === 'seller' ? { ...flag.ad.seller, ...(value as object) } : value;
    if (JSON.stringify(merged) === JSON.stringify(ad[field as keyof AdFields])) continue;
    Object.assign(ad, { [field]: merged });
    ad.sources[field] = 'researcher';
    // The reader's confidence was about the page's value, not the researcher's.
    if (ad.confidence && field in ad.confidence) {
      const { [field]: _replaced, ...rest } = ad.confidence;
      ad.confidence = rest;
    }
    // Nor is it the markup's unshown claim any more (unshown-fields.ts).
    const unshown = ad.unshown?.filter((name) => name !== field);
    if (unshown?.length) ad.unshown = unshown;
    else delete ad.unshown;
  }
  return FlagSchema.parse({
    ...flag,
    ad,
    assessment: { ...flag.assessment, ...edit.assessment },
    status: edit.status ?? flag.status,
    updatedAt: now.toISOString(),
  });
}
