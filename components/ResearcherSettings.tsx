import { useEffect, useState, type FormEvent } from 'react';
import { readSettings, updateSettings, type KeyValueArea } from '@/lib/settings/store';
import { useT } from './i18n';
import { Button } from './ui/Button';
import { Card } from './ui/Card';
import { Field } from './ui/Field';
import { Notice } from './ui/Notice';

/**
 * Who the researcher is and for which survey or case: stamped on every flag and audit entry. `onSaved` follows each
 * save.
 */
export function ResearcherSettings({ area, id, onSaved }: { area: KeyValueArea; id?: string; onSaved?: () => void }) {
  const t = useT();
  const [values, setValues] = useState<{ researcherId: string; survey: string }>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void readSettings(area).then(({ researcherId, survey }) => setValues({ researcherId, survey }));
  }, [area]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    await updateSettings(area, { researcherId: values!.researcherId.trim(), survey: values!.survey.trim() });
    setSaved(true);
    onSaved?.();
  };
  const edit = (field: 'researcherId' | 'survey') => (event: { target: { value: string } }) => {
    setSaved(false);
    setValues({ ...values!, [field]: event.target.value });
  };
  return (
    <Card id={id} title={t('researcherHeading')} headingId="researcher-title" intro={t('researcherIntro')}>
      {!values ? (
        <p className="muted">{t('researcherLoading')}</p>
      ) : (
        <form onSubmit={save} aria-labelledby="researcher-title" className="form-grid">
          <Field label={t('researcherId')}>
            <input
              value={values.researcherId}
              onChange={edit('researcherId')}
              placeholder={t('researcherIdExample')}
              autoComplete="off"
            />
          </Field>
          <Field label={t('researcherSurvey')}>
            <input
              value={values.survey}
              onChange={edit('survey')}
              placeholder={t('researcherSurveyExample')}
              autoComplete="off"
            />
          </Field>
          <div className="form-grid__wide cluster">
            <Button type="submit" variant="primary">
              {t('researcherSave')}
            </Button>
            {saved && <Notice tone="success">{t('researcherSaved')}</Notice>}
          </div>
        </form>
      )}
    </Card>
  );
}
