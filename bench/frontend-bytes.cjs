// Browser half of bench/frontend-bytes.sh: cold loads of /login and of a guild overview in headless
// Chromium (fresh profile, cache off) and the JS + CSS they transfer. Per screen it prints
//  * browser: CDP encodedDataLength of every script and stylesheet, over plain HTTP as Chromium
//    negotiated it (Chromium does not offer brotli over plain HTTP),
//  * br / gzip / identity: the same URLs fetched again with only that Accept-Encoding, body bytes as
//    sent (what an HTTPS browser, which offers br, would receive),
// and the Cache-Control and Content-Encoding seen on the first script and stylesheet.
// usage: node frontend-bytes.cjs BASE_URL
const { chromium } = require('playwright-core');
const http = require('http');
const base = process.argv[2];
const overview = '/guilds/200000000000000001';

function fetchRaw(url, encoding) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'Accept-Encoding': encoding, Cookie: fetchRaw.cookie || '' } }, response => {
      let bytes = 0;
      response.on('data', chunk => { bytes += chunk.length; });
      response.on('end', () => resolve({ bytes, headers: response.headers, status: response.statusCode }));
    }).on('error', reject);
  });
}

async function coldLoad(context, page, path) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requests = new Map();
  cdp.on('Network.responseReceived', e => requests.set(e.requestId,
    { url: e.response.url, type: e.type, encoding: (e.response.headers['content-encoding'] || e.response.headers['Content-Encoding'] || '') }));
  cdp.on('Network.loadingFinished', e => { const r = requests.get(e.requestId); if (r) r.bytes = e.encodedDataLength; });
  const sockets = [];
  cdp.on('Network.webSocketHandshakeResponseReceived', e => sockets.push(e.response.headers['Sec-WebSocket-Extensions']
    || e.response.headers['sec-websocket-extensions'] || 'none'));
  await page.goto(base + path);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000); // lazily loaded chunks after the first render
  await cdp.detach();
  const all = [...requests.values()].filter(r => r.bytes !== undefined);
  const other = all.filter(r => r.type === 'Document' || r.type === 'XHR' || r.type === 'Fetch');
  const resources = all.filter(r => r.type === 'Script' || r.type === 'Stylesheet');
  resources.other = other.map(r => `${r.type} ${new URL(r.url).pathname} ${r.bytes} B ${r.encoding || 'identity'}`);
  resources.sockets = sockets;
  return resources;
}

async function report(name, resources) {
  const sum = type => resources.filter(r => !type || r.type === type).reduce((s, r) => s + r.bytes, 0);
  const refetch = {};
  for (const encoding of ['br', 'gzip', 'identity']) {
    refetch[encoding] = 0;
    for (const r of resources) refetch[encoding] += (await fetchRaw(r.url, encoding)).bytes;
  }
  console.log(`${name}: ${resources.length} files (${resources.filter(r => r.type === 'Script').length} scripts, `
    + `${resources.filter(r => r.type === 'Stylesheet').length} stylesheets)`);
  console.log(`  browser (HTTP): JS ${sum('Script')} B + CSS ${sum('Stylesheet')} B = ${sum()} B`);
  console.log(`  refetched: br ${refetch.br} B, gzip ${refetch.gzip} B, identity ${refetch.identity} B`);
  for (const r of resources) console.log(`    ${r.type.padEnd(10)} ${String(r.bytes).padStart(8)} B ${r.encoding.padEnd(5)} ${new URL(r.url).pathname}`);
  for (const line of resources.other) console.log(`  ${line}`);
  for (const extensions of resources.sockets) console.log(`  push websocket: Sec-WebSocket-Extensions "${extensions}"`);
  for (const type of ['Script', 'Stylesheet']) {
    const first = resources.find(r => r.type === type);
    if (!first) continue;
    const h = (await fetchRaw(first.url, 'br, gzip')).headers;
    console.log(`  ${type} ${new URL(first.url).pathname}: Cache-Control "${h['cache-control']}", Content-Encoding "${h['content-encoding'] || ''}"`);
  }
}

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'] });
  const login = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const loginPage = await login.newPage();
  await report('/login', await coldLoad(login, loginPage, '/login'));
  await login.close();

  const signedIn = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await signedIn.newPage();
  await page.goto(base + '/login');
  await page.click('#sign-in-with-discord');
  await page.waitForSelector('#login-as-alice', { timeout: 30000 });
  await page.click('#login-as-alice');
  await page.waitForURL(u => u.toString().startsWith(base) && !/login|oauth2|authorize/.test(u.pathname), { timeout: 30000 });
  fetchRaw.cookie = (await signedIn.cookies()).map(c => `${c.name}=${c.value}`).join('; ');
  await page.goto('about:blank');
  await report(overview + ' (overview, signed in as alice)', await coldLoad(signedIn, page, overview));
  await browser.close();
})().catch(e => { console.error(e.message); process.exit(1); });
