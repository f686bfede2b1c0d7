import { useT } from '@/components/i18n';
import { CATEGORY_LABELS } from '@/components/Legend';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { useSettings, type WatchableKeyValueArea } from '@/components/useSettings';
import type { Category } from '@/lib/matching/types';
import { readableTextOn } from '@/lib/settings/colors';
import { DEFAULT_COLORS } from '@/lib/settings/schema';
import { updateSettings } from '@/lib/settings/store';
import './settings.css';

/** A colour input takes only "#rrggbb"; another stored CSS colour shows as the default until changed. */
const asHex = (color: string, fallback: string) => (/^#[0-9a-f]{6}$/i.test(color) ? color.toLowerCase() : fallback);

/** The highlight colour of each category; open pages repaint as soon as it is stored. */
export function HighlightColors({ area, id }: { area: WatchableKeyValueArea; id?: string }) {
  const t = useT();
  const { colors } = useSettings(area);
  const categories = Object.keys(CATEGORY_LABELS) as Category[];
  const isDefault = categories.every((category) => colors[category] === DEFAULT_COLORS[category]);
  const change = (category: Category, color: string) =>
    void updateSettings(area, { colors: { ...colors, [category]: color } });

  return (
    <Card
      id={id}
      title={t('settingsColorsHeading')}
      headingId="highlight-colors-title"
      intro={t('settingsColorsIntro')}
      actions={
        <Button
          variant="quiet"
          disabled={isDefault}
          onClick={() => void updateSettings(area, { colors: { ...DEFAULT_COLORS } })}
        >
          {t('settingsColorsReset')}
        </Button>
      }
    >
      <ul className="rows">
        {categories.map((category) => (
          <li key={category} className="rows__item">
            <label className="check">
              <input
                type="color"
                value={asHex(colors[category], DEFAULT_COLORS[category])}
                onChange={(event) => change(category, event.target.value)}
              />
              <span>{t(CATEGORY_LABELS[category])}</span>
            </label>
            <mark className="sample" style={{ background: colors[category], color: readableTextOn(colors[category]) }}>
              {t('settingsColorsSample')}
            </mark>
          </li>
        ))}
      </ul>
    </Card>
  );
}
