// Browser half of bench/page-load.sh: cold loads of the login, guild picker, overview and posts screens
// in Debian's chromium (playwright-core), one fresh browser (own temporary profile) per run and one
// fresh context (no cache, only the session cookie) per screen, the apps given interleaved run by run.
// Per screen and app it prints, as the median and p75 of the runs:
//  * bytes by type on the cold load, CDP encodedDataLength (headers included, encoded as Chromium
//    negotiated it: on loopback it offers brotli over plain HTTP too), counted until the data is
//    visible, one second more and the network is idle; push = websocket frame payloads;
//  * time until the data is visible, from navigation start (performance.now() in the page, polled on
//    every animation frame by a script that runs before any of the page's own);
//  * CLS: the sum of layout-shift entries without recent input, from navigation start until one
//    second after the data is visible.
// Then Lighthouse desktop (performance, accessibility, best practices, CLS) on login and overview.
// usage: node page-load.cjs RUNS LIGHTHOUSE_RUNS NAME=BASE_URL...
const { chromium } = require('playwright-core');

const [runsArg, lighthouseArg, ...apps] = process.argv.slice(2);
const RUNS = +runsArg;
const LIGHTHOUSE_RUNS = +lighthouseArg;
const targets = apps.map(a => { const i = a.indexOf('='); return { name: a.slice(0, i), base: a.slice(i + 1) }; });
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-extensions'];
const GUILD = '200000000000000001';

// What "the data is visible" means per screen: a check run in the page on every frame.
// login: the sign-in button (the page has no data of its own);
// picker: the first guild card (the guild list came from the API);
// overview: the status card shows a real heartbeat (not the "—" it starts with), the 24 h uptime bar
//   has its pieces and both usage charts have their bars;
// posts: a body row of the grid whose cells have text (not a loading row).
const SCREENS = [
  { name: 'login', path: '/login', signedIn: false, visible: `!!document.querySelector('#sign-in-with-discord')` },
  { name: 'picker', path: '/', signedIn: true, visible: `!!document.querySelector('[id^="guild-card-"]')` },
  { name: 'overview', path: `/guilds/${GUILD}`, signedIn: true, visible: `(() => {
      const beat = document.querySelector('#status-heartbeat');
      const none = document.querySelector('#status-version');
      return !!beat && beat.textContent.trim() !== '' && /\\d/.test(beat.textContent)
        && !!none && /\\d/.test(none.textContent)
        && !!document.querySelector('#status-panel .tb-uptime-piece')
        && !!document.querySelector('#chart-posts svg rect') && !!document.querySelector('#chart-notifications svg rect');
    })()` },
  { name: 'posts', path: `/guilds/${GUILD}/tracking/posts`, signedIn: true, visible: `(() => {
      for (const cell of document.querySelectorAll('vaadin-grid vaadin-grid-cell-content')) {
        const row = cell.assignedSlot && cell.assignedSlot.closest('tr');
        if (row && row.parentElement && row.parentElement.id === 'items' && !row.hidden && !row.hasAttribute('loading')
            && cell.textContent.trim() !== '') return true;
      }
      return false;
    })()` },
];

// Runs before the page's own scripts: layout shifts (buffered) and the first frame the data is visible.
const probe = visible => `(() => {
  window.__tb = { cls: 0, shifts: [], visibleAt: null };
  new PerformanceObserver(list => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      if (window.__tb.visibleAt !== null && e.startTime > window.__tb.visibleAt + 1000) continue;
      window.__tb.cls += e.value;
      window.__tb.shifts.push({ at: Math.round(e.startTime), value: +e.value.toFixed(4),
        nodes: (e.sources || []).map(s => s.node ? (s.node.id ? '#' + s.node.id : s.node.nodeName + (s.node.className && s.node.className.baseVal === undefined ? '.' + String(s.node.className).split(' ')[0] : '')) : '?').join(',') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const check = () => {
    let ok = false;
    try { ok = ${visible}; } catch (e) { ok = false; }
    if (ok) { window.__tb.visibleAt = performance.now(); return; }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

const TYPES = { Script: 'js', Stylesheet: 'css', Document: 'doc', Font: 'font/img', Image: 'font/img', XHR: 'xhr', Fetch: 'xhr' };
const COLUMNS = ['js', 'css', 'doc', 'font/img', 'xhr', 'push', 'other', 'total'];

async function signIn(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(base + '/login');
  await page.click('#sign-in-with-discord');
  await page.waitForSelector('#login-as-alice', { timeout: 30000 });
  await page.click('#login-as-alice');
  await page.waitForURL(u => u.toString().startsWith(base) && !/login|oauth2|authorize/.test(u.pathname), { timeout: 30000 });
  const cookies = (await context.cookies()).filter(c => base.includes(c.domain));
  await context.close();
  return cookies;
}

async function coldLoad(browser, base, screen, cookies) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  if (screen.signedIn) await context.addCookies(cookies);
  const page = await context.newPage();
  await page.addInitScript(probe(screen.visible));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requests = new Map();
  const bytes = Object.fromEntries(COLUMNS.map(c => [c, 0]));
  cdp.on('Network.responseReceived', e => requests.set(e.requestId, TYPES[e.type] || 'other'));
  cdp.on('Network.loadingFinished', e => { const type = requests.get(e.requestId) || 'other'; bytes[type] += e.encodedDataLength; });
  cdp.on('Network.webSocketFrameReceived', e => { bytes.push += e.response.payloadData.length; });
  cdp.on('Network.webSocketFrameSent', e => { bytes.push += e.response.payloadData.length; });
  const response = await page.goto(base + screen.path, { waitUntil: 'commit' });
  if (!response || response.status() !== 200 || new URL(page.url()).pathname !== screen.path) {
    throw new Error(`${base}${screen.path}: status ${response && response.status()}, landed on ${page.url()}`);
  }
  await page.waitForFunction(() => window.__tb && window.__tb.visibleAt !== null, null, { timeout: 30000, polling: 100 });
  await page.waitForTimeout(1000); // the CLS window after the data is visible, and late requests
  await page.waitForLoadState('networkidle').catch(() => {});
  const result = await page.evaluate(() => ({ visibleAt: window.__tb.visibleAt, cls: window.__tb.cls, shifts: window.__tb.shifts }));
  await cdp.detach();
  await context.close();
  bytes.total = COLUMNS.filter(c => c !== 'total').reduce((s, c) => s + bytes[c], 0);
  return { ...result, bytes };
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = q * (sorted.length - 1);
  const low = Math.floor(rank);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (rank - low);
};
const kb = b => (b / 1000).toFixed(1);

async function lighthouse(base, path, cookies) {
  // ES modules: import() does not read NODE_PATH, require.resolve does
  const esm = id => import(require('url').pathToFileURL(require.resolve(id)).href);
  const { default: run } = await esm('lighthouse');
  const desktop = (await esm('lighthouse/core/config/desktop-config.js')).default;
  const chromeLauncher = await esm('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...ARGS] });
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'] };
    if (cookies) flags.extraHeaders = { Cookie: cookies.map(c => `${c.name}=${c.value}`).join('; ') };
    const result = await run(base + path, flags, desktop);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`lighthouse ${path}: ${lhr.runtimeError.message}`);
    const score = id => Math.round(lhr.categories[id].score * 100);
    const failing = Object.values(lhr.audits)
      .filter(a => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
      .map(a => `${a.id}${a.displayValue ? ' (' + a.displayValue + ')' : ''}`);
    return { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'),
      cls: lhr.audits['cumulative-layout-shift'].numericValue, fcp: lhr.audits['first-contentful-paint'].numericValue,
      lcp: lhr.audits['largest-contentful-paint'].numericValue, tbt: lhr.audits['total-blocking-time'].numericValue,
      finalUrl: lhr.finalDisplayedUrl, failing };
  } finally {
    await chrome.kill();
  }
}

(async () => {
  const results = {}; // app -> screen -> [run]
  for (const t of targets) results[t.name] = Object.fromEntries(SCREENS.map(s => [s.name, []]));
  for (let run = 1; run <= RUNS; run++) {
    for (const t of (run % 2 ? targets : [...targets].reverse())) { // interleaved, alternating who goes first
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS }); // a fresh temporary profile
      try {
        const cookies = await signIn(browser, t.base);
        for (const screen of SCREENS) {
          const r = await coldLoad(browser, t.base, screen, cookies);
          results[t.name][screen.name].push(r);
          const shifts = r.shifts.length ? ' shifts ' + r.shifts.map(s => `${s.value}@${s.at}ms ${s.nodes}`).join('; ') : '';
          console.error(`run ${run} ${t.name} ${screen.name}: visible ${Math.round(r.visibleAt)} ms, CLS ${r.cls.toFixed(4)}, ${kb(r.bytes.total)} kB${shifts}`);
        }
      } finally {
        await browser.close();
      }
    }
  }

  console.log(`\nCold loads: ${RUNS} runs per screen and app, median (p75); bytes in kB (1,000 B) as received, headers included`);
  console.log(['app', 'screen', 'visible ms', 'CLS', ...COLUMNS.map(c => c + ' kB'), 'JS+CSS kB'].join(' | '));
  for (const screen of SCREENS) {
    for (const t of targets) {
      const runs = results[t.name][screen.name];
      const pair = (f, fmt) => `${fmt(quantile(runs.map(f), 0.5))} (${fmt(quantile(runs.map(f), 0.75))})`;
      console.log([t.name, screen.name, pair(r => r.visibleAt, v => Math.round(v)), pair(r => r.cls, v => v.toFixed(3)),
        ...COLUMNS.map(c => kb(quantile(runs.map(r => r.bytes[c]), 0.5))),
        kb(quantile(runs.map(r => r.bytes.js + r.bytes.css), 0.5))].join(' | '));
    }
  }

  if (LIGHTHOUSE_RUNS > 0) {
    console.log(`\nLighthouse ${require('lighthouse/package.json').version} desktop preset, median of ${LIGHTHOUSE_RUNS} runs`);
    console.log(['app', 'screen', 'performance', 'accessibility', 'best practices', 'CLS', 'FCP ms', 'LCP ms', 'TBT ms', 'below 0.9 in the last run'].join(' | '));
    for (const screen of SCREENS.filter(s => s.name === 'login' || s.name === 'overview')) {
      for (const t of targets) {
        const cookies = screen.signedIn ? await (async () => {
          const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
          try { return await signIn(browser, t.base); } finally { await browser.close(); }
        })() : null;
        const runs = [];
        for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouse(t.base, screen.path, cookies));
        const last = runs[runs.length - 1];
        if (!last.finalUrl.endsWith(screen.path)) throw new Error(`lighthouse ended on ${last.finalUrl}, not ${screen.path}`);
        const med = f => quantile(runs.map(f), 0.5);
        console.log([t.name, screen.name, med(r => r.performance), med(r => r.accessibility), med(r => r.bestPractices),
          med(r => r.cls).toFixed(3), Math.round(med(r => r.fcp)), Math.round(med(r => r.lcp)), Math.round(med(r => r.tbt)),
          last.failing.join(', ') || '-'].join(' | '));
      }
    }
  }
})().catch(e => { console.error(e.stack || e.message); process.exit(1); });
