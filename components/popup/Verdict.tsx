import { verdictOf } from '@/lib/detect/verdict';
import type { ReportEntry } from '@/lib/detect/report';
import { plural, useT } from '../i18n';
import './popup.css';

/**
 * The popup's heading: the verdict first ("2 CITES-listed taxa · Appendix I"),
 * before any detail, as a heading so screen readers land on it.
 */
export function Verdict({ id, entries }: { id: string; entries?: readonly ReportEntry[] }) {
  const t = useT();
  if (!entries) {
    return (
      <h1 id={id} className="verdict verdict--quiet">
        {t('detectLooking')}
      </h1>
    );
  }
  const { taxa, terms, strictest } = verdictOf(entries);
  if (taxa === 0 && terms === 0) {
    return (
      <div className="verdict-block">
        <h1 id={id} className="verdict verdict--quiet">
          {t('popupVerdictNothing')}
        </h1>
        <p className="muted">{t('popupVerdictNothingHint')}</p>
      </div>
    );
  }
  const headline = taxa > 0 ? plural(t, 'popupVerdictTaxa', taxa) : plural(t, 'popupVerdictTerms', terms);
  const listing = strictest
    ? t(taxa > 0 ? 'popupVerdictAppendix' : 'popupVerdictImplies', strictest)
    : t('popupVerdictUnlisted');
  return (
    <div className={`verdict-block verdict-block--${strictest ?? 'none'}`}>
      <h1 id={id} className="verdict">
        {headline} · {listing}
      </h1>
      {taxa > 0 && terms > 0 && <p className="muted">{plural(t, 'popupVerdictAlsoTerms', terms)}</p>}
    </div>
  );
}
