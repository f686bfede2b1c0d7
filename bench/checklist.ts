import type { LoadedExtension } from '../tests/e2e/support/extension.ts';
import { sharedDataPath } from '../tests/shared-data.ts';

export const CHECKLIST = 'cites/checklist-index-of-cites-species-2017-04-21.csv.gz';

/** Imports the full 2017 CITES checklist through the options page, as a researcher does. */
export async function importFullChecklist(extension: LoadedExtension): Promise<void> {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await options.locator('input[type=file][accept*=".csv"]').setInputFiles(sharedDataPath(CHECKLIST));
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await options.getByRole('status').filter({ hasText: /taxa/i }).waitFor({ timeout: 300_000 });
  await options.close();
}
