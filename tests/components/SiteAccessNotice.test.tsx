import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { SiteAccessNotice } from '@/components/SiteAccessNotice';
import type { PermissionsApi } from '@/lib/permissions/site-access';
import { render } from './render';

/**
 * An in-memory `browser.permissions` holding granted origin patterns. Like
 * Firefox, "<all_urls>" covers every site; `answer` is the user's reply to a request.
 */
function fakePermissions(granted: string[], answer = true) {
  const origins = new Set(granted);
  const listeners = new Set<() => void>();
  const event = {
    addListener: (fn: () => void) => listeners.add(fn),
    removeListener: (fn: () => void) => listeners.delete(fn),
  };
  const notify = () => listeners.forEach((listener) => listener());
  const api: PermissionsApi & { checks: number; requests: string[][]; revoke(pattern: string): void } = {
    checks: 0,
    requests: [],
    async contains(wanted) {
      api.checks += 1;
      return wanted.origins.every((origin) => origins.has(origin) || origins.has('<all_urls>'));
    },
    async request(wanted) {
      api.requests.push(wanted.origins);
      if (answer) {
        wanted.origins.forEach((origin) => origins.add(origin));
        notify();
      }
      return answer;
    },
    onAdded: event,
    onRemoved: event,
    revoke(pattern) {
      origins.delete(pattern);
      notify();
    },
  };
  return api;
}

const notice = () => screen.queryByRole('alert');

/** Waits until the notice has asked whether access is granted, and React has shown the answer. */
async function afterCheck(permissions: { checks: number }, checks = 1) {
  await waitFor(() => expect(permissions.checks).toBe(checks));
  await act(() => Promise.resolve());
}

it.each([
  ['every site is allowed', ['<all_urls>'], 'https://www.ebay.de/itm/1'],
  ['this site is allowed', ['https://www.ebay.de/*'], 'https://www.ebay.de/itm/1'],
  ['every site is allowed and the tab is a new tab', ['<all_urls>'], 'about:newtab'],
])('says nothing when %s', async (_case, granted, url) => {
  const permissions = fakePermissions(granted);
  const { container } = render(<SiteAccessNotice url={url} permissions={permissions} />);
  await afterCheck(permissions);
  expect(container.childElementCount).toBe(0);
});

// Without the "tabs" permission, the popup sees the URL only of tabs Spoor may read.
it.each([
  ['a site Spoor may not read', 'https://www.ebay.de/itm/1'],
  ['a tab whose URL the popup may not see', undefined],
])('shows on %s when only another site is allowed', async (_case, url) => {
  render(<SiteAccessNotice url={url} permissions={fakePermissions(['https://www.avito.ru/*'])} />);
  expect(await screen.findByRole('alert')).not.toBeNull();
});

it('tells the user when Spoor may not read the site, and asks for every site on a click', async () => {
  const user = userEvent.setup();
  const permissions = fakePermissions(['https://www.avito.ru/*']);
  render(<SiteAccessNotice url="https://www.ebay.de/itm/1" permissions={permissions} />);
  expect((await screen.findByRole('alert')).textContent).toContain(
    'Spoor is not allowed to read this site, so it highlights nothing here.',
  );
  await user.click(screen.getByRole('button', { name: 'Allow Spoor on all sites' }));
  expect(permissions.requests).toEqual([['<all_urls>']]);
  await waitFor(() => expect(notice()).toBeNull());
});

it('appears when access is withdrawn in the browser, and stays when the user declines', async () => {
  const user = userEvent.setup();
  const permissions = fakePermissions(['<all_urls>'], false);
  render(<SiteAccessNotice url="https://www.ebay.de/itm/1" permissions={permissions} />);
  await afterCheck(permissions);
  expect(notice()).toBeNull();
  permissions.revoke('<all_urls>');
  await user.click(await screen.findByRole('button', { name: 'Allow Spoor on all sites' }));
  expect(permissions.requests).toEqual([['<all_urls>']]);
  await afterCheck(permissions, 2);
  expect(notice()).not.toBeNull();
});
