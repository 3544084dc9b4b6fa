/**
 * A request's JSON body, or undefined when it is not JSON or cannot be read (the route then answers 400).
 * An empty body counts as `whenEmpty`: undefined unless the route says otherwise.
 */
export async function jsonBodyOf(request: Request, whenEmpty?: unknown): Promise<unknown> {
  try {
    const text = await request.text();
    return text.trim() === '' ? whenEmpty : JSON.parse(text);
  } catch {
    return undefined;
  }
}
