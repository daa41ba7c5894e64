// Pushes one CSAT value into a Baton workspace's metric series (API-RULES.md WK2).
// Usage: BATON_URL=http://localhost:8080 WORKSPACE=<id> SERIES=<series id> FEED_KEY=<key> \
//        node server/examples/push-csat.mjs 78.5 [YYYY-MM-DD]
const [value, on = new Date().toISOString().slice(0, 10)] = process.argv.slice(2);
const { BATON_URL = "http://localhost:8080", WORKSPACE, SERIES, FEED_KEY } = process.env;
if (!WORKSPACE || !SERIES || !FEED_KEY || value === undefined) {
  console.error("set WORKSPACE, SERIES and FEED_KEY, and pass the value");
  process.exit(2);
}
const res = await fetch(`${BATON_URL}/api/workspaces/${WORKSPACE}/metrics/${SERIES}/points`, {
  method: "POST",
  headers: { authorization: `Bearer ${FEED_KEY}`, "content-type": "application/json" },
  body: JSON.stringify([{ on, value: Number(value) }]),
});
const body = await res.json();
if (!res.ok) {
  console.error(`${res.status} ${body.error}`, ...(body.issues ?? []).map((i) => `\n  ${i.path}: ${i.message}`));
  process.exit(1);
}
console.log(`stored ${body.stored} point(s) in ${body.seriesId}`);
