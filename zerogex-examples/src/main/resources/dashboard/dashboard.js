// The ZeroGEX dashboard page. Every value that comes from the store reaches the DOM through
// textContent, new Option(...) or Plotly data; text that Plotly renders as markup (titles) goes
// through plotlyText, which escapes it. Nothing is ever assigned to innerHTML.
'use strict';

const BLUE = '#1f6fd1';
const RED = '#d23f3f';
const BLUE_LIGHT = 'rgba(31, 111, 209, 0.30)';
const RED_LIGHT = 'rgba(210, 63, 63, 0.30)';
const BILLION = 1e9;

const state = { status: null, latest: {}, views: {} };

const $ = (id) => document.getElementById(id);

function plotlyText(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function signColors(values, strong) {
  return values.map((v) => (v < 0 ? (strong ? RED : RED_LIGHT) : (strong ? BLUE : BLUE_LIGHT)));
}

// "2024-01-05 09:45 ET" as "01-05 09:45": the category axes of the time charts skip the hours
// without snapshots (nights, weekends), so short labels are enough.
function shortTime(local) {
  return local.slice(5, 16);
}

function billions(values) {
  return values.map((v) => v / BILLION);
}

function formatNumber(value, digits) {
  if (value === null || value === undefined) {
    return '—';
  }
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

async function getJson(path, params) {
  const url = new URL(path, window.location.origin);
  Object.entries(params || {}).forEach(([k, v]) => url.searchParams.set(k, v));
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error((await response.text()).trim() || response.statusText);
  }
  return response.json();
}

function baseLayout(title, xTitle, yTitle) {
  return {
    title: { text: title, font: { size: 15 }, x: 0.01, xanchor: 'left' },
    margin: { l: 64, r: 20, t: 42, b: 52 },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    font: { family: 'system-ui, DejaVu Sans, sans-serif', size: 12, color: '#1d2330' },
    xaxis: { title: { text: xTitle }, gridcolor: '#eef1f5', zeroline: false },
    yaxis: { title: { text: yTitle }, gridcolor: '#eef1f5', zerolinecolor: '#9aa3b2' },
    legend: { orientation: 'h', x: 1, xanchor: 'right', y: 1.12 },
    hovermode: 'x unified',
  };
}

const CONFIG = { displaylogo: false, responsive: true, modeBarButtonsToRemove: ['select2d', 'lasso2d'] };

function showEmpty(name, message) {
  const empty = $(name + '-empty');
  if (message) {
    empty.textContent = message;
    empty.hidden = false;
    const chart = $(name + '-chart');
    if (chart && window.Plotly) {
      Plotly.purge(chart);
    }
  } else {
    empty.hidden = true;
    empty.textContent = '';
  }
  return Boolean(message);
}

function verticalLine(x, color, dash, label) {
  return {
    shape: { type: 'line', xref: 'x', yref: 'paper', x0: x, x1: x, y0: 0, y1: 1, line: { color, width: 1.6, dash } },
    annotation: {
      x, xref: 'x', yref: 'paper', y: 1, yanchor: 'bottom', text: plotlyText(label), showarrow: false,
      font: { size: 11, color }, bgcolor: 'rgba(255,255,255,0.85)',
    },
  };
}

function levelLines(view) {
  const lines = [verticalLine(view.spot, '#1d2330', 'dash', 'Spot ' + formatNumber(view.spot, 2))];
  const levels = view.levels;
  if (levels.zeroGamma !== null) {
    lines.push(verticalLine(levels.zeroGamma, '#e08a00', 'dot', 'Zero γ ' + formatNumber(levels.zeroGamma, 2)));
  }
  if (levels.callWall !== null) {
    lines.push(verticalLine(levels.callWall, BLUE, 'dashdot', 'Call wall ' + formatNumber(levels.callWall, 0)));
  }
  if (levels.putWall !== null) {
    lines.push(verticalLine(levels.putWall, RED, 'dashdot', 'Put wall ' + formatNumber(levels.putWall, 0)));
  }
  return lines;
}

function strikeGap(strikes) {
  let gap = Infinity;
  for (let i = 1; i < strikes.length; i++) {
    gap = Math.min(gap, strikes[i] - strikes[i - 1]);
  }
  return Number.isFinite(gap) && gap > 0 ? gap : 1;
}

function drawStrikes(view) {
  const s = view.byStrike;
  const gap = strikeGap(s.strike);
  const call = billions(s.callGamma);
  const put = billions(s.putGamma);
  const net = billions(s.netGamma);
  const traces = [
    { type: 'bar', name: 'Call', x: s.strike, y: call, width: gap * 0.9, marker: { color: signColors(call, false) },
      hovertemplate: 'Call %{y:.3f}<extra></extra>' },
    { type: 'bar', name: 'Put', x: s.strike, y: put, width: gap * 0.9, marker: { color: signColors(put, false) },
      hovertemplate: 'Put %{y:.3f}<extra></extra>' },
    { type: 'bar', name: 'Net', x: s.strike, y: net, width: gap * 0.5, marker: { color: signColors(net, true) },
      hovertemplate: 'Net %{y:.3f}<extra></extra>' },
  ];
  const expiration = view.expiration === 'all' ? 'all expirations'
    : view.expiration === '0dte' ? '0DTE (' + view.zeroDteDate + ')' : 'expiring ' + view.expiration;
  const layout = baseLayout(plotlyText(view.underlying + ' gamma exposure by strike, ' + expiration),
    'Strike', view.unitLabel);
  layout.barmode = 'overlay';
  layout.bargap = 0;
  const window = view.spot * 0.05;
  layout.xaxis.range = [view.spot - window, view.spot + window];
  const lines = levelLines(view);
  layout.shapes = lines.map((l) => l.shape);
  layout.annotations = lines.map((l) => l.annotation);
  Plotly.react($('strike-chart'), traces, layout, CONFIG);
}

function drawProfile(view) {
  const p = view.profile;
  const values = billions(p.netGamma);
  const positive = values.map((v) => (v >= 0 ? v : 0));
  const negative = values.map((v) => (v < 0 ? v : 0));
  const traces = [
    { type: 'scatter', mode: 'lines', name: 'Positive γ', x: p.spot, y: positive, fill: 'tozeroy',
      line: { color: BLUE, width: 0 }, fillcolor: BLUE_LIGHT, hoverinfo: 'skip' },
    { type: 'scatter', mode: 'lines', name: 'Negative γ', x: p.spot, y: negative, fill: 'tozeroy',
      line: { color: RED, width: 0 }, fillcolor: RED_LIGHT, hoverinfo: 'skip' },
    { type: 'scatter', mode: 'lines', name: 'Net GEX', x: p.spot, y: values, line: { color: '#1d2330', width: 2 },
      hovertemplate: 'Spot %{x:.2f}: %{y:.3f}<extra></extra>' },
  ];
  const layout = baseLayout(plotlyText(view.underlying + ' gamma profile'), 'Spot', view.unitLabel);
  const lines = [verticalLine(view.spot, '#1d2330', 'dash', 'Spot')];
  if (p.zeroGamma !== null) {
    lines.push(verticalLine(p.zeroGamma, '#e08a00', 'dot', 'Flip ' + formatNumber(p.zeroGamma, 2)));
  }
  layout.shapes = lines.map((l) => l.shape);
  layout.annotations = lines.map((l) => l.annotation);
  layout.showlegend = false;
  Plotly.react($('profile-chart'), traces, layout, CONFIG);
}

function drawExpirations(view) {
  const e = view.byExpiration;
  const net = billions(e.netGamma);
  const traces = [{ type: 'bar', name: 'Net', x: e.expiration, y: net, marker: { color: signColors(net, true) },
    hovertemplate: '%{x}: %{y:.3f}<extra></extra>' }];
  const layout = baseLayout(plotlyText(view.underlying + ' net gamma exposure by expiration'), 'Expiration', view.unitLabel);
  layout.xaxis.type = 'category';
  layout.xaxis.tickangle = -45;
  layout.xaxis.automargin = true;
  layout.showlegend = false;
  Plotly.react($('expiration-chart'), traces, layout, CONFIG);
}

function drawLevels(view) {
  const body = $('levels').tBodies[0];
  body.replaceChildren();
  const rows = [['Spot', view.spot, 2, false], ['Zero gamma (flip)', view.levels.zeroGamma, 2, false],
    ['Call wall', view.levels.callWall, 0, false], ['Put wall', view.levels.putWall, 0, false],
    ['Largest |GEX| strike', view.levels.absGammaStrike, 0, false], ['Max pain', view.levels.maxPain, 0, false],
    ['Net GEX (' + view.unitLabel + ')', view.totals.netGamma / BILLION, 3, true],
    ['Call GEX', view.totals.callGamma / BILLION, 3, true], ['Put GEX', view.totals.putGamma / BILLION, 3, true]];
  for (const [label, value, digits, signed] of rows) {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.textContent = label;
    const td = document.createElement('td');
    td.className = 'value' + (signed && value !== null ? (value < 0 ? ' negative' : ' positive') : '');
    td.textContent = formatNumber(value, digits);
    tr.append(th, td);
    body.append(tr);
  }
}

function drawHistory(history) {
  if (showEmpty('history', history.empty)) {
    return;
  }
  const x = history.points.map((p) => shortTime(p.asOfLocal));
  const traces = [
    { type: 'bar', name: 'Net GEX', x, y: history.points.map((p) => p.netGamma / BILLION),
      marker: { color: signColors(history.points.map((p) => p.netGamma), true), opacity: 0.55 } },
    { type: 'scatter', mode: 'lines+markers', name: 'Spot', x, y: history.points.map((p) => p.spot), yaxis: 'y2',
      line: { color: '#1d2330', width: 2 }, marker: { size: 4 } },
  ];
  const layout = baseLayout(plotlyText(history.underlying + ' total GEX and spot over time'), 'Snapshot (New York time)',
    history.unitLabel);
  layout.xaxis.type = 'category';
  layout.xaxis.nticks = 8;
  layout.xaxis.tickangle = -30;
  layout.xaxis.automargin = true;
  layout.yaxis2 = { title: { text: 'Spot' }, overlaying: 'y', side: 'right', showgrid: false };
  layout.margin.r = 64;
  Plotly.react($('history-chart'), traces, layout, CONFIG);
}

function drawVolatility(volatility) {
  if (showEmpty('volatility', volatility.empty)) {
    return;
  }
  const series = (points, name, color) => ({
    type: 'scatter', mode: 'lines+markers', name, x: points.map((p) => shortTime(p.asOfLocal)),
    y: points.map((p) => p.volatility * 100), line: { color, width: 2 }, marker: { size: 4 },
    hovertemplate: name + ' %{y:.2f}%<extra></extra>',
  });
  const traces = [series(volatility.oneHour, 'RV 1H', '#7b3fc4'), series(volatility.oneDay, 'RV 1D', '#0f9d8a')];
  const layout = baseLayout(plotlyText(volatility.underlying + ' realized volatility (annualized)'),
    'Reading (New York time)', 'Volatility (%)');
  layout.xaxis.type = 'category';
  layout.xaxis.nticks = 8;
  layout.xaxis.tickangle = -30;
  layout.xaxis.automargin = true;
  Plotly.react($('volatility-chart'), traces, layout, CONFIG);
}

function fillExpirations(view) {
  const select = $('expiration');
  const chosen = select.value;
  const dates = view.expirations || [];
  const wanted = ['all', '0dte', ...dates];
  const present = Array.from(select.options).map((o) => o.value);
  if (wanted.join() !== present.join()) {
    select.replaceChildren(new Option('All', 'all'), new Option('0DTE', '0dte'),
      ...dates.map((d) => new Option(d, d)));
    select.value = wanted.includes(chosen) ? chosen : 'all';
  }
}

function drawExposure(view) {
  fillExpirations(view);
  const snapshot = $('snapshot');
  snapshot.textContent = view.asOfLocal
    ? view.underlying + ' · snapshot ' + view.asOfLocal + ' · spot ' + formatNumber(view.spot, 2) + ' · ' + view.modeLabel
    : view.underlying;
  const empty = view.empty;
  for (const name of ['strike', 'profile', 'expiration', 'levels']) {
    showEmpty(name, empty);
  }
  if (empty) {
    return;
  }
  drawStrikes(view);
  drawProfile(view);
  drawExpirations(view);
  drawLevels(view);
}

function selection() {
  return { underlying: $('underlying').value, expiration: $('expiration').value, unit: $('unit').value, mode: $('mode').value };
}

async function refreshViews() {
  const chosen = selection();
  if (!chosen.underlying) {
    return;
  }
  document.body.dataset.loading = 'true';
  try {
    const [exposure, history, volatility] = await Promise.all([
      getJson('/api/exposure', chosen),
      getJson('/api/history', { underlying: chosen.underlying }),
      getJson('/api/volatility', { underlying: chosen.underlying }),
    ]);
    state.views = { exposure, history, volatility };
    drawExposure(exposure);
    drawHistory(history);
    drawVolatility(volatility);
    document.body.dataset.rendered = JSON.stringify(chosen);
  } catch (error) {
    for (const name of ['strike', 'profile', 'expiration', 'levels', 'history', 'volatility']) {
      showEmpty(name, 'Could not load the data: ' + error.message);
    }
  } finally {
    document.body.dataset.loading = 'false';
  }
}

function drawStatus(status) {
  const market = $('market');
  market.textContent = status.marketOpen ? 'Market open' : 'Market closed';
  market.className = 'badge ' + (status.marketOpen ? 'open' : 'closed');
  $('note').textContent = status.note || '';
  const select = $('underlying');
  const names = status.underlyings.map((u) => u.name);
  const present = Array.from(select.options).map((o) => o.value);
  if (names.join() !== present.join()) {
    const chosen = select.value;
    select.replaceChildren(...status.underlyings.map((u) => new Option(u.latest ? u.name : u.name + ' (no data)', u.name)));
    const firstWithData = status.underlyings.find((u) => u.latest);
    select.value = names.includes(chosen) ? chosen : (firstWithData ? firstWithData.name : names[0] || '');
  }
}

async function poll() {
  try {
    const status = await getJson('/api/status');
    drawStatus(status);
    const latest = {};
    status.underlyings.forEach((u) => { latest[u.name] = u.latest; });
    const chosen = $('underlying').value;
    const changed = state.status === null || latest[chosen] !== state.latest[chosen];
    state.status = status;
    state.latest = latest;
    if (changed) {
      await refreshViews();
    }
    return status.refreshSeconds || 5;
  } catch (error) {
    $('market').textContent = 'Server unreachable';
    $('market').className = 'badge closed';
    return 5;
  }
}

async function loop() {
  const seconds = await poll();
  window.setTimeout(loop, seconds * 1000);
}

function start() {
  for (const id of ['expiration', 'unit', 'mode']) {
    $(id).addEventListener('change', refreshViews);
  }
  $('underlying').addEventListener('change', () => {
    $('expiration').value = 'all';
    refreshViews();
  });
  loop();
}

document.addEventListener('DOMContentLoaded', start);
