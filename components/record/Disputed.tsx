import { useT } from '@/components/i18n';
import { shownText } from '@/lib/files/shown-text';
import type { Flag } from '@/lib/records/flag';

/**
 * What another of the page's sources gave for a field the record shows (ad.disputed): a price or seller the markup
 * contradicted the shown ad with, written out as the page wrote it (hidden characters as [U+XXXX]); and whether the
 * field's value is the markup's alone, stated by no text the page showed (ad.unshown: a price shown in an image).
 */
export function Disputed({ ad, field }: { ad: Flag['ad']; field: string }) {
  const t = useT();
  const disputed = ad.disputed?.[field];
  const unshown = ad.unshown?.some((name) => name === field);
  if (!disputed && !unshown) return null;
  return (
    <>
      {unshown && <span> {t('recordUnshown', [ad.sources[field] ?? ''])}</span>}
      {disputed && <span> {t('recordDisputed', [disputed.source, shownText(disputed.value)])}</span>}
    </>
  );
}
