// An inline message under a field; `id` lets the field point at it with aria-describedby (announced with the field).
// Not role="alert": a captured value that fails a check is a note on the draft, not an interruption, and alerts
// are kept for failures of the capture or the save.
export function InlineError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} class="la-error">
      {message}
    </p>
  );
}
