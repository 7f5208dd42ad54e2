// The selection covers only cards the list shows: a search, filter or trash view that hides a ticked card also
// unticks it, so a bulk change or "Move to trash" never reaches a card the user cannot see.

/** `selected` without the ids not in `listed`; the same Set when nothing drops out (no needless re-render). */
export function keepListed(selected: Set<string>, listed: readonly string[]): Set<string> {
  if (!selected.size) return selected;
  const shown = new Set(listed);
  let dropped = false;
  for (const id of selected) if (!shown.has(id)) dropped = true;
  return dropped ? new Set([...selected].filter((id) => shown.has(id))) : selected;
}
