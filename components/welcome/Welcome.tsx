import { useT } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n/translate';
import { Brand } from '@/components/popup/Brand';
import { ResearcherSettings } from '@/components/ResearcherSettings';
import { LanguageSetting } from '@/components/settings/LanguageSetting';
import { Card } from '@/components/ui/Card';
import type { WatchableKeyValueArea } from '@/components/useSettings';
import type { Category } from '@/lib/matching/types';
import './welcome.css';

/** Each colour with what its listing means for trade and a few words it marks. */
const COLOURS: Array<{ category: Category; name: MessageKey; meaning: MessageKey; examples: MessageKey }> = [
  { category: 'app-i', name: 'popupLegendAppendixI', meaning: 'welcomeAppendixI', examples: 'welcomeExamplesI' },
  { category: 'app-ii', name: 'popupLegendAppendixII', meaning: 'welcomeAppendixII', examples: 'welcomeExamplesII' },
  {
    category: 'app-iii',
    name: 'popupLegendAppendixIII',
    meaning: 'welcomeAppendixIII',
    examples: 'welcomeExamplesIII',
  },
  { category: 'trade', name: 'popupLegendTrade', meaning: 'welcomeTrade', examples: 'welcomeExamplesTrade' },
];
const NEVER_SENDS: MessageKey[] = [
  'welcomeNeverNetwork',
  'welcomeNeverFlags',
  'welcomeNeverList',
  'welcomePageCanTell',
];

/**
 * The first-run page, opened when Spoor is installed: who the researcher is
 * (so no flag is ever unnamed), the interface language, what the highlight
 * colours mean, and what Spoor never sends anywhere.
 */
export function Welcome({ area }: { area: WatchableKeyValueArea }) {
  const t = useT();
  return (
    <div className="welcome">
      <header className="welcome__hero">
        <Brand />
        <h1>{t('welcomeHeading')}</h1>
        <p className="welcome__lead">{t('welcomeLead')}</p>
      </header>
      <main className="welcome__main">
        <p className="welcome__step">{t('welcomeStepIdentity')}</p>
        <ResearcherSettings area={area} />
        <LanguageSetting area={area} />
        <Card title={t('welcomeColoursHeading')} headingId="colours-title" intro={t('welcomeColoursIntro')}>
          <ul className="welcome__colours">
            {COLOURS.map(({ category, name, meaning, examples }) => (
              <li key={category}>
                <span>
                  <mark className={`welcome__mark welcome__mark--${category}`}>{t(examples)}</mark>
                </span>
                <span>
                  <strong>{t(name)}</strong> {t(meaning)}
                </span>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t('welcomePrivacyHeading')} headingId="privacy-title">
          <ul className="welcome__list">
            {NEVER_SENDS.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </Card>
        <Card title={t('welcomeNextHeading')} headingId="next-title">
          <ol className="welcome__list">
            <li>{t('welcomeNextOpen')}</li>
            <li>{t('welcomeNextFlag')}</li>
            <li>{t('welcomeNextExport')}</li>
          </ol>
          <p className="cluster">
            <a href="/dashboard.html">{t('popupDashboard')}</a>
            <a href="/options.html">{t('popupSettings')}</a>
          </p>
        </Card>
      </main>
    </div>
  );
}
