// The page address says which card is open (`#card=ID`), so a link or a notification can open one directly and
// the back button closes it again.

export interface Route {
  card?: string;
}

export function parseHash(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const card = params.get('card');
  return card ? { card } : {};
}

export function readHash(): Route {
  return parseHash(location.hash);
}

export function writeHash(route: Route): void {
  const next = route.card ? `#card=${encodeURIComponent(route.card)}` : '';
  if (location.hash !== next) history.pushState(null, '', next || location.pathname + location.search);
}
