/** A random id for cards, contacts and follow-ups (crypto.randomUUID exists in extension pages, workers, Node). */
export function newId(): string {
  return crypto.randomUUID();
}
