import type { APIRoute } from 'astro';
import { getModelIndex } from '../data/get-model-index.ts';
import { noteUrl } from '../notes/note-url.ts';
import { settings } from '../site.ts';

/** The model index as data, for people who script against it. */
export const GET: APIRoute = async () => {
  const { models } = await getModelIndex();
  const body = {
    models: models.map((model) => ({
      id: model.id,
      name: model.displayName,
      url: model.canonicalUrl,
      host: model.host,
      kind: model.kind,
      owner: model.owner ?? null,
      repo: model.owner && model.name && model.host === 'huggingface' && model.kind !== 'user' ? `${model.owner}/${model.name}` : null,
      families: model.families.map((family) => family.name),
      // Where the families were read: the model's name, else its link text, the words around it, its section or the note's title.
      familySource: model.familySource ?? null,
      check: model.check ?? null,
      mentions: model.mentions.map((mention) => ({
        note: mention.noteId,
        noteTitle: mention.noteTitle,
        section: mention.section?.title ?? null,
        page: `${noteUrl(mention.noteId, settings.base)}${mention.section ? `#${mention.section.slug}` : ''}`,
        url: mention.url,
        text: mention.linkText,
        context: mention.context || null,
      })),
    })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
