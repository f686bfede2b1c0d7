/**
 * Entry of the dedicated worker the options page starts for a checklist
 * import (worker-client.ts), so parsing a 98 MB file never freezes the page.
 * Workers of extension pages have no `chrome.*`/`browser.*` APIs (checked in
 * Chromium), so the worker only reads the file and answers with messages; the
 * page stores the pieces it sends.
 */
import { serveChecklistChecks, type WorkerScope } from './worker-service';

serveChecklistChecks(self as unknown as WorkerScope);
