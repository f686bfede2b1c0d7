import type { Category } from '@/lib/matching/types';
import type { Settings } from '@/lib/settings/schema';

const CATEGORY_LABELS: Record<Category, string> = {
  'app-i': 'CITES Appendix I',
  'app-ii': 'CITES Appendix II',
  'app-iii': 'CITES Appendix III',
  trade: 'Trade term, code word or unlisted',
};

/** What the four highlight colours mean, in the researcher's colours. */
export function Legend({ colors }: { colors: Settings['colors'] }) {
  return (
    <ul aria-label="Highlight colours" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: '4px 12px' }}>
      {(Object.keys(CATEGORY_LABELS) as Category[]).map((category) => (
        <li key={category} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
          <span data-testid={`swatch-${category}`} style={{ width: 12, height: 12, borderRadius: 2, background: colors[category] }} />
          {CATEGORY_LABELS[category]}
        </li>
      ))}
    </ul>
  );
}
