import { config } from 'zod/mini';

/*
 * Imported for its effect, first thing in every extension context that parses (the pages' PageRoot, the background).
 * An extension's pages and worker may not evaluate strings (Manifest V3's content security policy), so zod's
 * compiled object parsers cannot be built there: on the first parse of an object zod tries `new Function`, fails,
 * falls back to the parser it interprets, and Chrome records a CSP violation (a console error, an event, a report;
 * two in each popup opening). jitless makes zod use that parser from the start: the same parses, no attempt.
 * zod/mini and classic zod share the one config (a global), so this covers both.
 */
config({ jitless: true });
