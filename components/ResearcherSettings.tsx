import { useEffect, useState, type FormEvent } from 'react';
import { readSettings, updateSettings, type KeyValueArea } from '@/lib/settings/store';

/** Who the researcher is and for which survey or case: stamped on every flag and audit entry. */
export function ResearcherSettings({ area }: { area: KeyValueArea }) {
  const [values, setValues] = useState<{ researcherId: string; survey: string }>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void readSettings(area).then(({ researcherId, survey }) => setValues({ researcherId, survey }));
  }, [area]);
  if (!values) return <p>Loading settings…</p>;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    await updateSettings(area, { researcherId: values.researcherId.trim(), survey: values.survey.trim() });
    setSaved(true);
  };
  const edit = (field: 'researcherId' | 'survey') => (event: { target: { value: string } }) => {
    setSaved(false);
    setValues({ ...values, [field]: event.target.value });
  };
  return (
    <form onSubmit={save} aria-label="Researcher">
      <h2>Researcher</h2>
      <label>Researcher id <input value={values.researcherId} onChange={edit('researcherId')} placeholder="e.g. anna.k or badge number" /></label>
      <label>Survey or case <input value={values.survey} onChange={edit('survey')} placeholder="e.g. Ivory online 2026" /></label>
      <button type="submit">Save</button>
      {saved && <p role="status">Saved: new flags will carry these.</p>}
    </form>
  );
}
