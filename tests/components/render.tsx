import { render as renderInDom, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { I18nProvider } from '@/components/i18n';
import { englishT } from '@/lib/i18n/english';

/**
 * Testing Library's `render` inside the English translation, as every page renders inside its language's
 * (components/page/PageRoot.tsx); an inner `wrapper` of the test's own goes inside it.
 * @example render(<FlagPanel … />); screen.getByRole('button', { name: 'Flag this ad' });
 */
export function render(ui: ReactElement, options: RenderOptions = {}) {
  const Inner = options.wrapper;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nProvider t={englishT}>{Inner ? <Inner>{children}</Inner> : children}</I18nProvider>
  );
  return renderInDom(ui, { ...options, wrapper });
}
