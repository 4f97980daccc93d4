/** Whether a command-line argument is a glob (shells leave quoted globs to the program). */
export function isGlob(text: string): boolean {
  return /[*?[{]/.test(text);
}

/**
 * Converts a glob (`*`, `**`, `?`, `[abc]`, `{a,b}`) on `/`-separated paths to an anchored
 * RegExp. `**` spans directories, `*` does not.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        source += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else {
        source += '[^/]*';
      }
    } else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) source += '\\[';
      else {
        source += '[' + glob.slice(i + 1, end).replace(/^!/, '^').replaceAll('\\', '\\\\') + ']';
        i = end;
      }
    } else if (c === '{') {
      braces++;
      source += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (c === ',' && braces > 0) source += '|';
    else source += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** The directory part of a glob before its first wildcard segment (where the walk starts). */
export function globBase(glob: string): string {
  const segments = glob.split('/');
  const base: string[] = [];
  for (const segment of segments) {
    if (isGlob(segment)) break;
    base.push(segment);
  }
  return base.join('/') || '.';
}
