/** A base model family, recognised from a model's name or the words around its link. */
export interface Family {
  id: string;
  name: string;
  pattern: RegExp;
}

/** Most specific first: "Wan 2.2" must win over a bare "Wan". Adding a family is adding a line here (and a filter rule in models.css). */
export const FAMILIES: readonly Family[] = [
  { id: 'wan-2-2', name: 'Wan 2.2', pattern: /\bwan[\s_.-]?2[._-]?2(?!\d)|\bwan22(?!\d)|(?:^|[\s(])2\.2[\s_-]+(?:t2v|i2v|high|low)/i },
  { id: 'wan-2-1', name: 'Wan 2.1', pattern: /\bwan[\s_.-]?2[._-]?1(?!\d)|\bwan21(?!\d)|(?:^|[\s(])2\.1[\s_-]+(?:t2v|i2v)/i },
  { id: 'ltxv', name: 'LTXV', pattern: /\bltx[\s_-]?(?:v\b|video\b|\d)|\bltxv/i },
  { id: 'hunyuan', name: 'Hunyuan', pattern: /hunyuan/i },
  { id: 'flux', name: 'Flux', pattern: /\bflux/i },
  { id: 'sdxl', name: 'SDXL', pattern: /\bsdxl\b/i },
];

/** Families named in the first text that names any: the model's own name, then its link text, then the context. */
export function detectFamilies(...texts: (string | undefined)[]): Family[] {
  for (const text of texts) {
    if (!text) continue;
    const found = FAMILIES.filter((family) => family.pattern.test(text));
    if (found.length > 0) return found;
  }
  return [];
}
