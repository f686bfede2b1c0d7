import type { LabelledPost, PostKind } from '../tests/labelled-posts.ts';

/** One labelled text after Spoor's first pass: its highlighted ranges as [start, end] offsets into its text. */
export interface EvaluatedPost {
  post: LabelledPost;
  spans: [number, number][];
}

const KIND_ORDER: readonly PostKind[] = ['listing', 'ordinary', 'trap', 'decoy'];

/** The shared real posts carry no `kind`: their `none` texts are the hard decoys of that set. */
export const kindOf = (post: LabelledPost): PostKind => post.kind ?? (post.label === 'species' ? 'listing' : 'decoy');

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A species text is found when a highlight overlaps its `mark` (any highlight when it has none). */
export function markFound({ post, spans }: EvaluatedPost): boolean {
  const start = post.mark === undefined ? -1 : post.text.indexOf(post.mark);
  if (start < 0) return spans.length > 0;
  const end = start + post.mark!.length;
  return spans.some(([from, to]) => from < end && to > start);
}

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`);
const ratio = (part: number, whole: number) => `${part}/${whole} (${percent(part, whole)})`;

function perTenThousandWords(results: readonly EvaluatedPost[]): string {
  const highlights = results.reduce((sum, { spans }) => sum + spans.length, 0);
  const words = results.reduce((sum, { post }) => sum + wordCount(post.text), 0);
  return `${((10_000 * highlights) / Math.max(1, words)).toFixed(1)} highlights / 10k words`;
}

const recallOf = (results: readonly EvaluatedPost[]) => {
  const species = results.filter(({ post }) => post.label === 'species');
  return ratio(species.filter(markFound).length, species.length);
};

const quietOf = (results: readonly EvaluatedPost[]) => {
  const none = results.filter(({ post }) => post.label === 'none');
  return ratio(none.filter(({ spans }) => spans.length === 0).length, none.length);
};

/** Totals, then one line a kind and one line a language: recall of listings, quiet share of the rest. */
export function summaryLines(results: readonly EvaluatedPost[]): string[] {
  const lines = [
    `recall: ${recallOf(results)}`,
    `quiet (label none, nothing highlighted): ${quietOf(results)}`,
    perTenThousandWords(results),
    '',
    'by kind:',
  ];
  for (const kind of KIND_ORDER) {
    const ofKind = results.filter(({ post }) => kindOf(post) === kind);
    if (ofKind.length === 0) continue;
    const measure = kind === 'listing' ? `recall ${recallOf(ofKind)}` : `quiet ${quietOf(ofKind)}`;
    lines.push(`  ${kind.padEnd(8)}  ${measure.padEnd(24)}  ${perTenThousandWords(ofKind)}`);
  }
  lines.push('', 'by language:');
  const languages = [...new Set(results.map(({ post }) => post.lang))].sort();
  for (const lang of languages) {
    const ofLang = results.filter(({ post }) => post.lang === lang);
    const quietByKind = KIND_ORDER.filter((kind) => kind !== 'listing')
      .map((kind) => [kind, ofLang.filter(({ post }) => kindOf(post) === kind)] as const)
      .filter(([, ofKind]) => ofKind.length > 0)
      .map(([kind, ofKind]) => `${kind} ${ofKind.filter(({ spans }) => spans.length === 0).length}/${ofKind.length}`);
    lines.push(
      `  ${lang}  recall ${recallOf(ofLang).padEnd(14)}  quiet ${quietOf(ofLang).padEnd(14)} ` +
        `[${quietByKind.join(', ')}]  ${perTenThousandWords(ofLang)}`,
    );
  }
  return lines;
}

const highlightedText = ({ post, spans }: EvaluatedPost) =>
  spans.map(([start, end]) => post.text.slice(start, end)).join(' | ');
const labelOf = ({ post }: EvaluatedPost) => `${post.id} (${post.lang}, ${kindOf(post)})`;

/** Species texts whose mark is not highlighted, with what was highlighted instead. */
export function missLines(results: readonly EvaluatedPost[]): string[] {
  return results
    .filter((result) => result.post.label === 'species' && !markFound(result))
    .map((result) => {
      const shown = highlightedText(result);
      return `${labelOf(result)}: "${result.post.mark ?? ''}" not highlighted${shown ? ` (highlighted: ${shown})` : ''}`;
    });
}

/** Texts labelled none that got any highlight, with the highlighted words. */
export function falseHighlightLines(results: readonly EvaluatedPost[]): string[] {
  return results
    .filter((result) => result.post.label === 'none' && result.spans.length > 0)
    .map((result) => `${labelOf(result)}: ${highlightedText(result)}`);
}
