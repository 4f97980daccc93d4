import type { Diagnostic } from '@fimforms/format';

/** Longest glob accepted, in characters. */
export const MAX_GLOB_LENGTH = 1024;
/** Most `*` runs within one path segment (`**` alone is a whole segment and does not count). */
export const MAX_STARS_PER_SEGMENT = 3;

/**
 * Why a glob is refused before any matching, or undefined. Glob libraries compile `*` to a lazy
 * `[^/]*?`, so a segment like `**a**a**a**a**b` backtracks polynomially in the file name's
 * length (picomatch: 24 s on one 250-character name); three runs stay below a millisecond.
 */
export function globTooComplex(glob: string): Diagnostic | undefined {
  if (glob.length > MAX_GLOB_LENGTH) {
    return refused(glob, { de: `länger als ${MAX_GLOB_LENGTH} Zeichen`, en: `longer than ${MAX_GLOB_LENGTH} characters` });
  }
  const busiest = Math.max(...glob.split('/').map(starRuns));
  if (busiest > MAX_STARS_PER_SEGMENT) {
    return refused(glob, {
      de: `mehr als ${MAX_STARS_PER_SEGMENT} Sterne in einem Pfadteil`,
      en: `more than ${MAX_STARS_PER_SEGMENT} stars in one path segment`,
    });
  }
  return undefined;
}

function starRuns(segment: string): number {
  if (segment === '**') return 0;
  return segment.match(/\*+/g)?.length ?? 0;
}

function refused(glob: string, why: { de: string; en: string }): Diagnostic {
  return {
    code: 'cli-glob-too-complex',
    severity: 'error',
    pointer: '',
    message: {
      de: `Das Muster „${glob.slice(0, 200)}“ wird nicht ausgewertet (${why.de}); es würde unverhältnismäßig lange dauern.`,
      en: `The pattern "${glob.slice(0, 200)}" is not evaluated (${why.en}); it would take disproportionately long.`,
    },
  };
}
