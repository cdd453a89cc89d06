import type { GraphPicture } from './graph-picture.ts';

/**
 * The file a workflow's picture is published as, beside its page: `graph.svg` for the top level,
 * `subgraph-2.svg` for the second subgraph. By position, not by the subgraph's id, which is the file's to choose.
 */
export const pictureFile = (pictures: readonly GraphPicture[], id: string): string => {
  const index = pictures.findIndex((picture) => picture.id === id);
  return index <= 0 ? 'graph.svg' : `subgraph-${index}.svg`;
};

/** What a picture shows, for its label and its link. */
export const pictureName = (picture: GraphPicture, workflow: string): string =>
  picture.id === 'main' ? `The graph of ${workflow}` : `Subgraph “${picture.name}” of ${workflow}`;
