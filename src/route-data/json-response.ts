/** A JSON file a route serves (the feeds for a team's tools): indented, with a final newline. */
export const jsonResponse = (value: unknown): Response =>
  new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
