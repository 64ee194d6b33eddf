// robots.txt (RFC 9309), pure: the group for our user-agent token (else "*"), Allow/Disallow by the longest
// matching path pattern (Allow wins a tie), "*" and "$" in patterns, percent-encoding normalised.

export interface RobotsRules {
  allow: string[];
  disallow: string[];
}

/** The rules that apply to `token` (e.g. "ThresholdAtlas"): its own groups when any name it, else the "*" groups. */
export function parseRobots(text: string, token: string): RobotsRules {
  const groups: { agents: string[]; allow: string[]; disallow: string[] }[] = [];
  let current: (typeof groups)[number] | null = null;
  let lastWasAgent = false;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const field = m[1].toLowerCase();
    const value = m[2].trim();
    if (field === 'user-agent') {
      if (!current || !lastWasAgent) groups.push((current = { agents: [], allow: [], disallow: [] }));
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (field === 'allow' && value) current.allow.push(value);
    else if (field === 'disallow' && value) current.disallow.push(value);
  }
  const t = token.toLowerCase();
  const own = groups.filter((g) => g.agents.some((a) => a !== '*' && t.startsWith(a)));
  const chosen = own.length ? own : groups.filter((g) => g.agents.includes('*'));
  return { allow: chosen.flatMap((g) => g.allow), disallow: chosen.flatMap((g) => g.disallow) };
}

function normalise(p: string): string {
  return p.replace(/%[0-9a-f]{2}/gi, (h) => {
    const c = String.fromCharCode(parseInt(h.slice(1), 16));
    return /[A-Za-z0-9\-._~]/.test(c) ? c : h.toUpperCase();
  });
}

/** Length of the pattern when it matches `path` from its start, else -1. */
function matchLength(pattern: string, path: string): number {
  const p = normalise(pattern);
  const anchored = p.endsWith('$');
  const body = anchored ? p.slice(0, -1) : p;
  const re = new RegExp(`^${body.split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}${anchored ? '$' : ''}`);
  return re.test(normalise(path)) ? p.length : -1;
}

/** May `pathAndQuery` (e.g. "/docs/a.pdf?x=1") be fetched? */
export function robotsAllows(rules: RobotsRules, pathAndQuery: string): boolean {
  if (pathAndQuery === '/robots.txt') return true;
  let best = -1;
  let allowed = true;
  for (const a of rules.allow) {
    const n = matchLength(a, pathAndQuery);
    if (n > best || (n === best && n >= 0)) {
      best = n;
      allowed = true;
    }
  }
  for (const d of rules.disallow) {
    const n = matchLength(d, pathAndQuery);
    if (n > best) {
      best = n;
      allowed = false;
    }
  }
  return allowed;
}
