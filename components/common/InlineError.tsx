// An inline message under a field; `id` lets the field point at it with aria-describedby.
export function InlineError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} class="la-error" role="alert">
      {message}
    </p>
  );
}
