import { useEffect, useState } from 'react';
import {
  hasSiteAccess,
  requestAllSitesAccess,
  watchPermissions,
  type PermissionsApi,
} from '@/lib/permissions/site-access';
import { useT } from './i18n';
import { Button } from './ui/Button';
import './ui/Notice.css';

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
    <section role="alert" className="notice notice--warning site-access">
      <div className="notice__body stack">
        <p>{t('siteAccessMissing')}</p>
        <Button variant="primary" onClick={() => void requestAllSitesAccess(permissions).then(setAllowed)}>
          {t('siteAccessAllowAll')}
        </Button>
        <p>{t('siteAccessReload')}</p>
      </div>
    </section>
  );
}
