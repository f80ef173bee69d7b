// Browser half of bench/posts-scroll-browser.sh: signs in as alice through the Discord emulator,
// opens Acme Creators' posts grid and times scrollToIndex(n) until row n's post is painted.
// usage: node posts-scroll-browser.cjs BASE_URL RUNS INDEX...
const { chromium } = require('playwright-core');
const { execSync } = require('child_process');
const [base, runsArg, ...indexArgs] = process.argv.slice(2);
const runs = Number(runsArg);
const indexes = indexArgs.map(Number);
const posts = `/guilds/200000000000000001/tracking/posts`;
// generated post n ("… (n)") is row n - 1, newest first (the hand-written hostile posts are the oldest)
const expectedText = index => `(${index + 1})`;

async function timeJump(page, index) {
  return page.evaluate(async ({ index, needle }) => {
    const grid = document.querySelector('#posts-grid');
    const painted = () => !grid.hasAttribute('loading') && Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))
      .some(cell => cell.textContent.includes(needle));
    const started = performance.now();
    grid.scrollToIndex(index);
    while (!painted()) {
      if (performance.now() - started > 15000) return null; // not painted: counted, not timed
      await new Promise(resolve => requestAnimationFrame(resolve));
    }
    return performance.now() - started;
  }, { index, needle: expectedText(index) });
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
};

(async () => {
  const browser = await chromium.launch({ executablePath: execSync('command -v chromium').toString().trim(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'] });
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(base + '/login');
  await page.click('#sign-in-with-discord');
  await page.waitForSelector('#login-as-alice', { timeout: 30000 });
  await page.click('#login-as-alice');
  await page.waitForURL(u => u.toString().startsWith(base) && !/login|oauth2|authorize/.test(u.pathname), { timeout: 30000 });
  const times = Object.fromEntries(indexes.map(index => [index, []]));
  const failures = {};
  for (let run = 0; run < runs; run++) {
    // a fresh page each run: no rows cached in the grid or the UI's data communicator
    await page.goto(base + posts);
    await page.waitForFunction(() => {
      const grid = document.querySelector('#posts-grid');
      return grid && !grid.hasAttribute('loading') && grid.querySelectorAll('vaadin-grid-cell-content').length > 20;
    }, null, { timeout: 60000 });
    await page.waitForTimeout(300);
    const order = run % 2 === 0 ? indexes : [...indexes].reverse();
    for (const index of order) {
      const ms = await timeJump(page, index);
      if (ms === null) failures[index] = (failures[index] || 0) + 1; else times[index].push(ms);
      if (ms === null) break; // the grid is stuck loading; the next run starts on a fresh page
      await page.waitForTimeout(200);
    }
    console.log(`run ${run + 1}: ` + indexes.map(i => `${i}=${times[i].length ? Math.round(times[i].at(-1)) : '-'} ms`).join('  '));
  }
  for (const index of indexes) {
    if (failures[index]) console.log(`scrollToIndex(${index}): not painted within 15 s in ${failures[index]} runs`);
    if (!times[index].length) continue;
    console.log(`scrollToIndex(${index}) → painted: p50 ${Math.round(percentile(times[index], 50))} ms, `
      + `max ${Math.round(Math.max(...times[index]))} ms over ${times[index].length} runs`);
  }
  if (indexes.length >= 2 && indexes.every(index => times[index].length)) {
    const [shallow, deep] = [Math.min(...indexes), Math.max(...indexes)];
    console.log(`deep/shallow p50 ratio: ${(percentile(times[deep], 50) / percentile(times[shallow], 50)).toFixed(2)}`);
  }
  await browser.close();
})().catch(e => { console.error(e.message); process.exit(1); });
