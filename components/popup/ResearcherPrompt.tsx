import { useState, type FormEvent } from 'react';
import { useT } from '@/components/i18n';
import { Button } from '@/components/ui/Button';
import { Field } from '@/components/ui/Field';
import './popup.css';

export interface Identity {
  researcherId: string;
  survey: string;
}

/**
 * Asked once, in place of the flag button, before the first flag: who is
 * flagging and for which survey or case. Saving stores them in the settings
 * and flags the ad in the same click, so no flag is ever unnamed.
 */
export function ResearcherPrompt({
  initial,
  busy,
  onSubmit,
}: {
  initial: Identity;
  busy: boolean;
  onSubmit(identity: Identity): void;
}) {
  const t = useT();
  const [values, setValues] = useState(initial);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const identity = { researcherId: values.researcherId.trim(), survey: values.survey.trim() };
    setMissing(identity.researcherId === '');
    if (identity.researcherId) onSubmit(identity);
  };
  return (
    <form className="identify" onSubmit={submit} aria-labelledby="identify-title" noValidate>
      <h2 id="identify-title" className="identify__title">
        {t('identifyHeading')}
      </h2>
      <p className="muted">{t('identifyIntro')}</p>
      <div className="form-grid">
        <Field label={t('researcherId')} error={missing ? t('identifyNeedId') : undefined}>
          <input
            value={values.researcherId}
            onChange={(event) => setValues({ ...values, researcherId: event.target.value })}
            placeholder={t('researcherIdExample')}
            autoComplete="off"
            required
          />
        </Field>
        <Field label={t('researcherSurvey')}>
          <input
            value={values.survey}
            onChange={(event) => setValues({ ...values, survey: event.target.value })}
            placeholder={t('researcherSurveyExample')}
            autoComplete="off"
          />
        </Field>
      </div>
      <Button type="submit" variant="primary" size="lg" wide disabled={busy}>
        {busy ? t('flagSaving') : t('identifyAndFlag')}
      </Button>
    </form>
  );
}
