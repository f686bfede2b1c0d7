import { useT } from '@/components/i18n';
import { shownText } from '@/lib/files/shown-text';
import type { Flag } from '@/lib/records/flag';

/**
 * What another of the page's sources gave for a field the record shows (ad.disputed): a price or seller the markup
 * contradicted the shown ad with, written out as the page wrote it (hidden characters as [U+XXXX]).
 */
export function Disputed({ ad, field }: { ad: Flag['ad']; field: string }) {
  const t = useT();
  const disputed = ad.disputed?.[field];
  if (!disputed) return null;
  return <span> {t('recordDisputed', [disputed.source, shownText(disputed.value)])}</span>;
}
