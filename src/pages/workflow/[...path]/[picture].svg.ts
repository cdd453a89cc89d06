import type { APIRoute, GetStaticPaths } from 'astro';
import { settings } from '../../../site.ts';
import { getWorkflows, type ShownWorkflow } from '../../../data/get-workflows.ts';
import type { GraphPicture } from '../../../workflows/graph-picture.ts';
import { graphPictureSvg } from '../../../workflows/graph-picture-svg.ts';
import { pictureFile, pictureName } from '../../../workflows/picture-file.ts';

export const getStaticPaths = (async () =>
  (await getWorkflows()).flatMap((workflow) =>
    workflow.reading.pictures.map((picture) => ({
      params: { path: workflow.path, picture: pictureFile(workflow.reading.pictures, picture.id).replace(/\.svg$/, '') },
      props: { workflow, picture },
    })),
  )) satisfies GetStaticPaths;

/** A workflow's graph, or one of its subgraphs, drawn in full as a file of its own: what the viewer shows, and what a reader without script opens. */
export const GET: APIRoute = ({ props }) => {
  const { workflow, picture } = props as { workflow: ShownWorkflow; picture: GraphPicture };
  const { pictures } = workflow.reading;
  const svg = graphPictureSvg(picture, {
    detail: 'full',
    label: `${pictureName(picture, workflow.name)}: ${picture.total} nodes`,
    pictureUrl: (id) => pictureFile(pictures, id),
    stylesheet: `${settings.base}workflow-graph.css`,
  });
  // As bytes: a string body is first checked for lone surrogates, which took as long as drawing the pictures.
  return new Response(Buffer.from(svg), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
