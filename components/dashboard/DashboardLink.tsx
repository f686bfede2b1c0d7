import { useT } from '@/components/i18n';

/** Link to the dashboard page; from the popup it opens a tab (`newTab`), from the record page it navigates. */
export function DashboardLink({ newTab = false }: { newTab?: boolean }) {
  const t = useT();
  return (
    <a href="/dashboard.html" {...(newTab && { target: '_blank', rel: 'noreferrer' })}>
      {t('openDashboard')}
    </a>
  );
}
