import { useEffect, useState } from 'react';
import {
  hasSiteAccess,
  requestAllSitesAccess,
  watchPermissions,
  type PermissionsApi,
} from '@/lib/permissions/site-access';
import { useT } from '@/components/i18n';

export interface SiteAccessNoticeProps {
  /** The current tab's URL; absent where Spoor may not read the tab (no "tabs" permission). */
  url?: string;
  /** `browser.permissions` in the popup. */
  permissions: PermissionsApi;
}

/**
 * Tells the user when Spoor may not read the current site (Firefox leaves
 * Manifest V3 host access to the user), with a button that asks for it;
 * renders nothing once access is granted.
 */
export function SiteAccessNotice({ url, permissions }: SiteAccessNoticeProps) {
  const t = useT();
  const [allowed, setAllowed] = useState<boolean>();
  useEffect(() => {
    let current = true;
    const check = () => void hasSiteAccess(permissions, url).then((granted) => current && setAllowed(granted));
    check();
    const unwatch = watchPermissions(permissions, check);
    return () => {
      current = false;
      unwatch();
    };
  }, [permissions, url]);
  if (allowed !== false) return null;
  return (
    <section role="alert" style={{ border: '1px solid #d4a72c', background: '#fff8c5', borderRadius: 6, padding: 8 }}>
      <p style={{ margin: '0 0 6px' }}>{t('siteAccessMissing')}</p>
      <button type="button" onClick={() => void requestAllSitesAccess(permissions).then(setAllowed)}>
        {t('siteAccessAllowAll')}
      </button>
      <p style={{ margin: '6px 0 0', color: '#59636e' }}>{t('siteAccessReload')}</p>
    </section>
  );
}
