/** A base model family, recognised from a model's name or the words around its link. */
export interface Family {
  id: string;
  name: string;
  /** The spellings people use: `Wan2.2`, `wan22`, `wan_2_2`, `LTX-2.3`, `ltxv2`, `qwen-image-edit`, `zit`. */
  pattern: RegExp;
}

/** Where a link's family may be read, surest first: the order it is looked for. */
export const FAMILY_SOURCES = ['name', 'link text', 'context', 'section', 'note title'] as const;
export type FamilySource = (typeof FAMILY_SOURCES)[number];

// Word edges that count `_` and `-` as separators, as model file names use them.
const B = '(?<![a-z0-9])';
const E = '(?![a-z0-9])';
const family = (id: string, name: string, spellings: string): Family => ({
  id,
  name,
  pattern: new RegExp(`${B}(?:${spellings})${E}`, 'i'),
});

/**
 * Most specific first: "Wan 2.2" must win over a bare "Wan", "Flux.2" over "Flux".
 * Adding a family is adding a line here; the page's filters follow by themselves.
 */
export const FAMILIES: readonly Family[] = [
  family('wan-2-2', 'Wan 2.2', String.raw`wan[\s_.-]?2[\s_.-]?2|wan22|2\.2[\s_-]+(?:t2v|i2v|ti2v|high|low|animate|s2v)|a14b|ti2v[\s_-]?5b`),
  family('wan-2-1', 'Wan 2.1', String.raw`wan[\s_.-]?2[\s_.-]?1|wan21|2\.1[\s_-]+(?:t2v|i2v|vace)`),
  // Wan's own add-ons name no version but are Wan's: InfiniteTalk, MultiTalk, UniAnimate, Uni3C, MAGREF, CausVid, SCAIL, SVI.
  family(
    'wan',
    'Wan (version not given)',
    String.raw`wan(?:video|[\s_-]?(?:i2v|t2v|vace|animate|s2v|fun))?|vace|infinite[\s_-]?talk|multi[\s_-]?talk|fantasy[\s_-]?talking|uni[\s_-]?animate|uni3c|magref|causvid|scail|svi(?:[\s_-]?(?:pro|shot|film))?`,
  ),
  family('ltx', 'LTX-2 / LTXV', String.raw`ltx[\s_-]?(?:v|video|2(?:[\s_.-]?\d+)?|\d+)?|ltxv\d*`),
  family('hunyuan', 'HunyuanVideo', String.raw`hunyuan(?:[\s_-]?video)?|hy[\s_-]?video`),
  family('longcat-video', 'LongCat-Video', String.raw`longcat(?:[\s_-]?video)?`),
  family('skyreels', 'SkyReels', String.raw`sky[\s_-]?reels(?:[\s_-]?v\d)?`),
  family('cogvideox', 'CogVideoX', String.raw`cog[\s_-]?videox?`),
  family('mochi', 'Mochi', String.raw`mochi(?:[\s_-]?1)?`),
  family('krea-2', 'Krea 2', String.raw`krea[\s_.-]?2`),
  family('flux-2', 'Flux.2 / Klein', String.raw`flux[\s_.-]?2(?:[\s_.-]?(?:dev|klein|pro))?|klein`),
  family('flux', 'Flux', String.raw`flux(?:[\s_.-]?1)?(?:[\s_.-]?(?:dev|schnell|kontext|krea))?`),
  family('qwen-image', 'Qwen-Image', String.raw`qwen[\s_-]?image(?:[\s_-]?edit)?|qwen[\s_-]?edit`),
  family('bernini', 'Bernini', String.raw`bernini`),
  family('lumina', 'Lumina', String.raw`lumina(?:[\s_-]?(?:image|2))?|neta[\s_-]?yume`),
  family('z-image', 'Z-Image', String.raw`z[\s_-]?image(?:[\s_-]?turbo)?|zit`),
  family('hidream', 'HiDream', String.raw`hi[\s_-]?dream`),
  family('kandinsky', 'Kandinsky', String.raw`kandinsky`),
  family('chroma', 'Chroma', String.raw`chroma\d*(?:[\s_.-]?(?:hd|radiance))?`),
  family('humo', 'HuMo', String.raw`humo`),
  family('ovis-image', 'Ovis-Image', String.raw`ovis[\s_-]?image`),
  family('sdxl', 'SDXL', String.raw`sdxl|illustrious|pony[\s_-]?(?:xl|diffusion)`),
  family('sd-1-5', 'SD 1.5', String.raw`sd[\s_.-]?1[\s_.-]?5|stable[\s_-]diffusion[\s_-]1\.5`),
];

/** A `wan` family found next to a versioned one says nothing more: keep the most specific. */
function mostSpecific(found: Family[]): Family[] {
  const versionedWan = found.some((f) => f.id === 'wan-2-1' || f.id === 'wan-2-2');
  const flux2 = found.some((f) => f.id === 'flux-2');
  return found.filter((f) => !(f.id === 'wan' && versionedWan) && !(f.id === 'flux' && flux2));
}

/** Families named in the first text that names any, and which text that was. */
export function detectFamilies(texts: Partial<Record<FamilySource, string | undefined>>): { families: Family[]; from?: FamilySource } {
  for (const from of FAMILY_SOURCES) {
    const text = texts[from];
    if (!text) continue;
    const found = mostSpecific(FAMILIES.filter((f) => f.pattern.test(text)));
    if (found.length > 0) return { families: found, from };
  }
  return { families: [] };
}
