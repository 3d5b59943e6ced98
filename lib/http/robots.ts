/**
 * robots.txt as RFC 9309 reads it, plus the `Crawl-delay` extension most sites still use. The group for Vigie's
 * product token wins over the `*` group; within a group the longest matching rule wins, and Allow wins a tie.
 */
export interface RobotsRules {
  allows(pathAndQuery: string): boolean;
  /** Seconds to wait between two requests, when the site asks for it. */
  crawlDelay: number | null;
}

interface Rule {
  allow: boolean;
  pattern: string;
  regex: RegExp;
}

interface Group {
  agents: string[];
  rules: Rule[];
  crawlDelay: number | null;
}

export const ALLOW_ALL: RobotsRules = { allows: () => true, crawlDelay: null };

/** Everything forbidden: what RFC 9309 says to assume while a site's robots.txt answers 5xx. */
export const DISALLOW_ALL: RobotsRules = { allows: () => false, crawlDelay: null };

export function parseRobots(text: string, productToken = 'vigie'): RobotsRules {
  const groups: Group[] = [];
  let current: Group | undefined;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelay: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (field === 'allow' || field === 'disallow') {
      // An empty Disallow allows everything: it is no rule at all.
      if (value === '') continue;
      current.rules.push({ allow: field === 'allow', pattern: value, regex: patternToRegex(value) });
    } else if (field === 'crawl-delay') {
      const seconds = Number(value.replace(',', '.'));
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelay = seconds;
    }
  }

  const token = productToken.toLowerCase();
  const own = groups.filter((group) => group.agents.some((agent) => agent !== '*' && token.includes(agent)));
  const chosen = own.length > 0 ? own : groups.filter((group) => group.agents.includes('*'));
  const rules = chosen.flatMap((group) => group.rules);
  const delays = chosen.map((group) => group.crawlDelay).filter((delay): delay is number => delay !== null);
  return {
    crawlDelay: delays.length > 0 ? Math.max(...delays) : null,
    allows(pathAndQuery: string) {
      const path = pathAndQuery.startsWith('/') ? pathAndQuery : `/${pathAndQuery}`;
      if (path === '/robots.txt') return true;
      let best: Rule | undefined;
      for (const rule of rules) {
        if (!rule.regex.test(path)) continue;
        if (
          !best ||
          rule.pattern.length > best.pattern.length ||
          (rule.pattern.length === best.pattern.length && rule.allow)
        ) {
          best = rule;
        }
      }
      return best ? best.allow : true;
    },
  };
}

function patternToRegex(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => encodePath(part).replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

// Rules and paths are compared in their percent-encoded form, whichever way the file wrote them.
function encodePath(part: string): string {
  try {
    return encodeURI(decodeURI(part));
  } catch {
    return part;
  }
}
