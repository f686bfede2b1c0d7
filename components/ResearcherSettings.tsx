import { useEffect, useState, type FormEvent } from 'react';
import { readSettings, updateSettings, type KeyValueArea } from '@/lib/settings/store';
import { useT } from '@/components/i18n';

/** Who the researcher is and for which survey or case: stamped on every flag and audit entry. `onSaved` follows each save. */
export function ResearcherSettings({ area, onSaved }: { area: KeyValueArea; onSaved?: () => void }) {
  const t = useT();
  const [values, setValues] = useState<{ researcherId: string; survey: string }>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void readSettings(area).then(({ researcherId, survey }) => setValues({ researcherId, survey }));
  }, [area]);
  if (!values) return <p>{t('researcherLoading')}</p>;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    await updateSettings(area, { researcherId: values.researcherId.trim(), survey: values.survey.trim() });
    setSaved(true);
    onSaved?.();
  };
  const edit = (field: 'researcherId' | 'survey') => (event: { target: { value: string } }) => {
    setSaved(false);
    setValues({ ...values, [field]: event.target.value });
  };
  return (
    <form onSubmit={save} aria-label={t('researcherHeading')}>
      <h2>{t('researcherHeading')}</h2>
      <label>
        {t('researcherId')}{' '}
        <input value={values.researcherId} onChange={edit('researcherId')} placeholder={t('researcherIdExample')} />
      </label>
      <label>
        {t('researcherSurvey')}{' '}
        <input value={values.survey} onChange={edit('survey')} placeholder={t('researcherSurveyExample')} />
      </label>
      <button type="submit">{t('researcherSave')}</button>
      {saved && <p role="status">{t('researcherSaved')}</p>}
    </form>
  );
}
