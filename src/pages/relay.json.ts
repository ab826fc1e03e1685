/**
 * dist/relay.json: the base path this build was made with, for the live relay (server/main.ts),
 * so `npm start` serves a site built under a sub-path at that path. Contains nothing else.
 */
export function GET() {
  return new Response(JSON.stringify({ base: import.meta.env.BASE_URL }), { headers: { 'Content-Type': 'application/json' } });
}
