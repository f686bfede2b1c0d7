import { waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * The status region once its text is in: a `Notice` attaches its polite region empty and puts the text in after
 * (screen readers may not announce a region that arrives with its text), so reading it as it appears races that.
 */
export function statusWithText(scope: { getByRole(role: 'status'): HTMLElement }): Promise<HTMLElement> {
  return waitFor(() => {
    const status = scope.getByRole('status');
    expect(status.textContent).not.toBe('');
    return status;
  });
}
