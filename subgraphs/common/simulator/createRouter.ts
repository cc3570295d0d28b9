/**
 * A minimal path router for simulators: patterns like `/api/v1/donvi/:ma`, matched segment by
 * segment. A static segment beats a parameter, so `/api/v1/donvi/ds` is never read as the agency
 * code `ds` whatever the order routes are declared in.
 */

export interface RoutePattern {
  /** HTTP method, upper case. */
  readonly method: string;
  /** Path pattern; `:name` segments capture (URL-decoded) parameters. */
  readonly pattern: string;
}

export interface RouteMatch<T extends RoutePattern> {
  readonly route: T;
  readonly params: Readonly<Record<string, string>>;
}

export type Router<T extends RoutePattern> = (method: string, path: string) => RouteMatch<T> | undefined;

interface CompiledRoute<T> {
  readonly route: T;
  readonly segments: readonly string[];
  readonly staticCount: number;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/** The key a route is counted and targeted by: `"<METHOD> <pattern>"`. */
export function routeKey(route: RoutePattern): string {
  return `${route.method} ${route.pattern}`;
}

/** Builds a router over the given routes. */
export function createRouter<T extends RoutePattern>(routes: readonly T[]): Router<T> {
  const compiled: CompiledRoute<T>[] = routes.map((route) => {
    const segments = splitPath(route.pattern);
    return { route, segments, staticCount: segments.filter((s) => !s.startsWith(':')).length };
  });
  // Most specific first, so the first match is the best one.
  compiled.sort((a, b) => b.staticCount - a.staticCount);

  return (method, path) => {
    const parts = splitPath(path);
    for (const candidate of compiled) {
      if (candidate.route.method !== method || candidate.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let matched = true;
      for (let i = 0; i < parts.length && matched; i++) {
        const segment = candidate.segments[i] ?? '';
        const part = parts[i] ?? '';
        if (segment.startsWith(':')) {
          try {
            params[segment.slice(1)] = decodeURIComponent(part);
          } catch {
            matched = false;
          }
        } else if (segment !== part) {
          matched = false;
        }
      }
      if (matched) return { route: candidate.route, params };
    }
    return undefined;
  };
}
