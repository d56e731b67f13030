/**
 * Path arithmetic on URIs (`vscode-remote://host/a/b.imr.md`, `vscode-vfs://github/o/r/x.txt`),
 * which the browser names files by: their paths are `/`-separated whatever the platform.
 * A folder's URI carries no trailing `/` (as VS Code writes workspace folders), except a root's.
 */

/** `scheme://authority` and the path after it; a URI without `//` (`untitled:x`) has the whole rest as path. */
function split(uri: string): { root: string; path: string } {
  const authority = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(uri);
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(uri);
  const root = authority?.[0] ?? scheme?.[0] ?? '';
  return { root, path: uri.slice(root.length) || '/' };
}

export function dirname(uri: string): string {
  const { root, path } = split(uri);
  const slash = path.lastIndexOf('/');
  return root + (slash <= 0 ? '/' : path.slice(0, slash));
}

export function basename(uri: string): string {
  const { path } = split(uri);
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `written` against `folder`: a URI stays as it is, `/x` starts at the folder's root, `../x` climbs. */
export function resolve(folder: string, written: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(written)) return written;
  const { root, path } = split(folder);
  const segments = written.startsWith('/') ? [] : path.split('/').filter(Boolean);
  for (const segment of written.split(/[/\\]/)) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return `${root}/${segments.join('/')}`;
}

/** Whether `uri` lies under `folder` (not the folder itself). */
export function isInside(uri: string, folder: string): boolean {
  return uri.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}

/** `file`'s path from `folder`, `/`-separated (`../` where it lies outside), as `ignore` entries name letters. */
export function relative(folder: string, file: string): string {
  const from = split(folder).path.split('/').filter(Boolean);
  const to = split(file).path.split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
