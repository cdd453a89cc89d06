/** What a page is, as a search result says and the search dialog narrows results by. */
export type SearchKind = 'Note' | 'Contents' | 'Workflow' | 'Model index' | "What's new";

/**
 * A workflow's page, the contents page and the indexes name what the notes discuss (a LoRA, a node pack, a
 * note's title), so their words weigh less in Pagefind's ranking: for a topic, the notes that discuss it come first.
 */
const WEIGHT: Record<SearchKind, number> = { Note: 1, Contents: 0.25, Workflow: 0.25, 'Model index': 0.25, "What's new": 0.25 };

/** The attributes of the element search indexes on a page of this kind: its body, its kind as filter and metadata, its weight. */
export function searchBody(kind: SearchKind): Record<string, string> {
  return {
    'data-pagefind-body': '',
    'data-pagefind-filter': `kind:${kind}`,
    'data-pagefind-meta': `kind:${kind}`,
    ...(WEIGHT[kind] === 1 ? {} : { 'data-pagefind-weight': String(WEIGHT[kind]) }),
  };
}
