import { useState } from 'react';
import { useT } from '@/components/i18n';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { Notice } from '@/components/ui/Notice';
import { StatusLine } from '@/components/ui/StatusLine';
import '@/components/ui/Table.css';
import './settings.css';
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
  id?: string;
}

type Phase = { state: 'idle' } | { state: 'applying' } | { state: 'applied' } | { state: 'failed'; error: string };

/** The researcher's own terms: listed, added, removed; each change is compiled into the active list. */
export function CustomTerms({ area, apply, id }: CustomTermsProps) {
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
    <Card id={id} title={t('customTermsHeading')} headingId="custom-terms-title" intro={t('customTermsIntro')}>
      {terms && terms.length === 0 && <p className="muted">{t('customTermsNone')}</p>}
      {terms && terms.length > 0 && (
        <div className="table-scroll">
          <table aria-label={t('customTermsHeading')} className="table">
            <thead>
              <tr>
                <th scope="col">{t('customTermText')}</th>
                <th scope="col">{t('customTermLang')}</th>
                <th scope="col">{t('customTermKind')}</th>
                <th scope="col">{t('customTermMatch')}</th>
                <th scope="col">{t('customTermExclude')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('settingsRemove')}</span>
                </th>
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
                    <Button
                      variant="quiet"
                      disabled={phase.state === 'applying'}
                      onClick={() => void store(terms.filter((other) => other.id !== term.id))}
                      aria-label={t('customTermRemove', term.text)}
                    >
                      {t('settingsRemove')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {terms && <CustomTermForm busy={phase.state === 'applying'} onAdd={(term) => void store([...terms, term])} />}
      {phase.state === 'applying' && <StatusLine>{t('customTermsApplying')}</StatusLine>}
      {phase.state === 'applied' && <Notice tone="success">{t('customTermsApplied')}</Notice>}
      {phase.state === 'failed' && <Notice tone="error">{t('customTermsFailed', phase.error)}</Notice>}
    </Card>
  );
}
