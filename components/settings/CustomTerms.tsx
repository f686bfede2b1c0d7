import { useState } from 'react';
import { useT } from '@/components/i18n';
import { useStoredValue, type WatchableKeyValueArea } from '@/components/useSettings';
import type { ActiveStatus } from '@/lib/active-dictionary/status';
import {
  CUSTOM_TERMS_KEY,
  readCustomTerms,
  saveCustomTerms,
  type CustomTerm,
} from '@/lib/dictionary/custom-terms-store';
import { CustomTermForm } from './CustomTermForm';
import { KIND_LABELS, languageName, MATCH_LABELS } from './custom-term-labels';

export interface CustomTermsProps {
  area: WatchableKeyValueArea;
  /** Compiles the active list again with the stored terms ('dictionary/applyCustomTerms'). */
  apply(): Promise<ActiveStatus>;
}

type Phase = { state: 'idle' } | { state: 'applying' } | { state: 'applied' } | { state: 'failed'; error: string };

/** The researcher's own terms: listed, added, removed; each change is compiled into the active list. */
export function CustomTerms({ area, apply }: CustomTermsProps) {
  const t = useT();
  const locale = t('uiLocale');
  const [terms, setTerms] = useStoredValue<CustomTerm[] | undefined>(
    area,
    CUSTOM_TERMS_KEY,
    readCustomTerms,
    undefined,
  );
  const [phase, setPhase] = useState<Phase>({ state: 'idle' });

  const store = async (next: CustomTerm[]) => {
    setPhase({ state: 'applying' });
    try {
      setTerms(await saveCustomTerms(area, next));
      await apply();
      setPhase({ state: 'applied' });
    } catch (error) {
      setPhase({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };
  const describe = ({ target }: CustomTerm) =>
    target.kind === 'taxon'
      ? t('customTermTaxonSummary', [
          target.scientificName,
          target.appendix,
          target.euAnnex === 'none' ? t('customTermNoAnnex') : target.euAnnex,
        ])
      : `${t(KIND_LABELS[target.kind])} → ${target.taxa.join(', ')}`;

  return (
    <section aria-labelledby="custom-terms-title">
      <h2 id="custom-terms-title">{t('customTermsHeading')}</h2>
      <p>{t('customTermsIntro')}</p>
      {terms && terms.length === 0 && <p>{t('customTermsNone')}</p>}
      {terms && terms.length > 0 && (
        <table aria-label={t('customTermsHeading')}>
          <thead>
            <tr>
              <th>{t('customTermText')}</th>
              <th>{t('customTermLang')}</th>
              <th>{t('customTermKind')}</th>
              <th>{t('customTermMatch')}</th>
              <th>{t('customTermExclude')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <tr key={term.id}>
                <td>{term.text}</td>
                <td>{languageName(term.lang, locale)}</td>
                <td>{describe(term)}</td>
                <td>{t(MATCH_LABELS[term.match])}</td>
                <td>{term.exclude.join('; ')}</td>
                <td>
                  <button
                    type="button"
                    disabled={phase.state === 'applying'}
                    onClick={() => void store(terms.filter((other) => other.id !== term.id))}
                    aria-label={t('customTermRemove', term.text)}
                  >
                    {t('settingsRemove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {terms && <CustomTermForm busy={phase.state === 'applying'} onAdd={(term) => void store([...terms, term])} />}
      {phase.state === 'applying' && <p role="status">{t('customTermsApplying')}</p>}
      {phase.state === 'applied' && <p role="status">{t('customTermsApplied')}</p>}
      {phase.state === 'failed' && <p role="alert">{t('customTermsFailed', phase.error)}</p>}
    </section>
  );
}
