// Browser half of bench/frontend-bytes.sh: cold loads of the login page, the guild picker, a guild overview and
// the posts screen in headless Chromium (fresh profile, cache cleared and off) and the JS + CSS they transfer.
// Per screen it prints
//  * browser: CDP encodedDataLength of every script and stylesheet (headers included), as Chromium negotiated it,
//  * br / gzip / identity: the same URLs fetched again with only that Accept-Encoding, body bytes as sent,
// and the Cache-Control and Content-Encoding seen on the first script and stylesheet; at the end one summary line
// per screen ("bytes SCHEME SCREEN JS CSS TOTAL") for the shell script's table.
// usage: node frontend-bytes.cjs BASE_URL   (http:// or https://; a self-signed certificate is accepted)
const { chromium } = require('playwright-core');
const http = require('http');
const https = require('https');
const base = process.argv[2];
const scheme = new URL(base).protocol.replace(':', '');
const guild = '/guilds/200000000000000001';
const summary = [];

function fetchRaw(url, encoding) {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    client.get(url, { rejectUnauthorized: false,
      headers: { 'Accept-Encoding': encoding, Cookie: fetchRaw.cookie || '' } }, response => {
      let bytes = 0;
      response.on('data', chunk => { bytes += chunk.length; });
      response.on('end', () => resolve({ bytes, headers: response.headers, status: response.statusCode }));
    }).on('error', reject);
  });
}

async function coldLoad(context, page, path, ready) {
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
  if (ready) await page.waitForSelector(ready, { timeout: 120000 });
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
  console.log(`  browser (${scheme.toUpperCase()}): JS ${sum('Script')} B + CSS ${sum('Stylesheet')} B = ${sum()} B`);
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
  summary.push(`bytes ${scheme} ${name.split(' ')[0]} ${sum('Script')} ${sum('Stylesheet')} ${sum()} `
    + `${resources.filter(r => r.type === 'Script').length}+${resources.filter(r => r.type === 'Stylesheet').length}`);
}

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'] });
  const options = { viewport: { width: 1440, height: 900 }, ignoreHTTPSErrors: true };
  const login = await browser.newContext(options);
  const loginPage = await login.newPage();
  await report('login', await coldLoad(login, loginPage, '/login', '#sign-in-with-discord'));
  await login.close();

  const signedIn = await browser.newContext(options);
  const page = await signedIn.newPage();
  // on a loaded machine a sign-in can be refused (the API's token call times out: /login?error); try again
  for (let attempt = 1; ; attempt++) {
    await page.goto(base + '/login');
    await page.click('#sign-in-with-discord');
    await page.waitForSelector('#login-as-alice', { timeout: 120000 });
    await page.click('#login-as-alice');
    await page.waitForURL(u => u.toString().startsWith(base) && !/oauth2|authorize/.test(u.pathname)
      && !(u.pathname === '/login' && !u.search.includes('error')), { timeout: 120000 });
    if (!new URL(page.url()).pathname.startsWith('/login')) break;
    if (attempt === 3) throw new Error('sign-in refused three times, see the app log');
    console.log(`sign-in refused (${page.url()}), attempt ${attempt + 1}`);
  }
  fetchRaw.cookie = (await signedIn.cookies()).map(c => `${c.name}=${c.value}`).join('; ');
  for (const [name, path, ready] of [['picker', '/', '#guild-picker'], ['overview', guild, null],
    ['posts', guild + '/tracking/posts', 'vaadin-grid']]) {
    await page.goto('about:blank');
    await report(`${name} (${path}, signed in as alice)`, await coldLoad(signedIn, page, path, ready));
  }
  await browser.close();
  for (const line of summary) console.log(line);
})().catch(e => { console.error(e.message); process.exit(1); });
