/**
 * The URL of a repository's root at one ref, from the URL of a folder in it, on the hosts whose file URLs
 * have a known shape: GitHub and Gitea/Forgejo-style `…/blob/<ref>/`, GitLab's `…/-/blob/<ref>/`,
 * Codeberg's `…/src/branch/<ref>/`, Bitbucket's `…/src/<ref>/`. A link that resolves outside it climbs
 * above the repository, which is broken on the host too. `undefined` for a URL of no known shape.
 */
export function repositoryRoot(folderUrl: string): string | undefined {
  const url = new URL(folderUrl);
  const shape =
    /^(\/[^/]+\/[^/]+(?:\/[^/]+)*?\/-\/(?:blob|tree)\/[^/]+\/)/.exec(url.pathname) ??
    /^(\/[^/]+\/[^/]+\/src\/(?:branch|tag|commit)\/[^/]+\/)/.exec(url.pathname) ??
    /^(\/[^/]+\/[^/]+\/(?:blob|tree|src)\/[^/]+\/)/.exec(url.pathname);
  return shape ? `${url.origin}${shape[1]}` : undefined;
}
