// The Sekda's dashboard "Transisi Bandwidth" for Camunda 7.24 Cockpit: a plain ES module, no build
// step, no CDN. Its data comes from the plugin's own REST resource, authenticated by the Cockpit
// session (TransitionDashboardResource), with the same numbers and rules as /api/reports/transition.
// Stable hooks for browser tests: data-testid on the key numbers, data-opd="<code>" on table rows,
// data-stage="<STAGE>" on the chart's bars.

const PLUGIN = 'transisi-bandwidth';
const PATH = '/' + PLUGIN;
const LABEL = 'Transisi Bandwidth';

const STYLE = `
.tb-page { padding: 16px 24px; font-size: 14px; }
.tb-page h1 { font-size: 22px; margin: 0 0 12px; }
.tb-page h2 { font-size: 17px; margin: 24px 0 8px; }
.tb-choose { display: flex; gap: 16px; align-items: center; margin-bottom: 16px; flex-wrap: wrap; }
.tb-choose select { padding: 4px 6px; }
.tb-cards { display: flex; flex-wrap: wrap; gap: 12px; }
.tb-card { border: 1px solid #ccc; border-radius: 4px; padding: 10px 14px; min-width: 170px; background: #fff; }
.tb-card .tb-label { color: #555; font-size: 12px; }
.tb-card .tb-value { font-size: 22px; font-weight: bold; }
.tb-card.tb-warn .tb-value { color: #b5152b; }
.tb-table { border-collapse: collapse; width: 100%; background: #fff; }
.tb-table th, .tb-table td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
.tb-table td.tb-num, .tb-table th.tb-num { text-align: right; white-space: nowrap; }
.tb-risk-OVERDUE { color: #b5152b; font-weight: bold; }
.tb-risk-AT_RISK { color: #b35c00; font-weight: bold; }
.tb-legend span { display: inline-block; margin-right: 16px; }
.tb-swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; }
.tb-error { color: #b5152b; }
`;

const OPD_COLOUR = '#1f6fb2';
const SITE_COLOUR = '#7fb8e6';

/** `Rp 1.250.000`, as the city's letters write rupiah; an unknown amount is a dash. */
export function rupiah(amount) {
  if (amount === null || amount === undefined) {
    return '-';
  }
  const whole = Math.round(Number(amount));
  const digits = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return 'Rp ' + (whole < 0 ? '-' : '') + digits;
}

const DAY = new Intl.DateTimeFormat('id-ID', {
  timeZone: 'Asia/Makassar', day: 'numeric', month: 'long', year: 'numeric'
});

function day(instant) {
  return instant ? DAY.format(new Date(instant)) : '-';
}

function daysLeft(days) {
  if (days < 0) {
    return 'lewat ' + -days + ' hari';
  }
  return days === 0 ? 'hari ini' : days + ' hari lagi';
}

/** Builds an element: attributes (data-*, class, href...) and text or element children. */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach(child => {
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return node;
}

function svg(tag, attributes, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return node;
}

function card(testId, label, value, warn) {
  return el('div', { class: 'tb-card' + (warn ? ' tb-warn' : '') },
    el('div', { class: 'tb-label' }, label),
    el('div', { class: 'tb-value', 'data-testid': testId }, value));
}

/** OPDs and sites per stage: two horizontal bars per stage, plain SVG. */
function stageChart(stages) {
  const rowHeight = 34;
  const labelWidth = 230;
  const barWidth = 420;
  const most = Math.max(1, ...stages.map(stage => Math.max(stage.opds, stage.sites)));
  const chart = svg('svg', {
    width: labelWidth + barWidth + 60, height: stages.length * rowHeight + 10,
    role: 'img', 'aria-label': 'OPD dan titik per tahapan', 'data-testid': 'stage-chart'
  });
  stages.forEach((stage, index) => {
    const y = index * rowHeight + 4;
    const group = svg('g', { 'data-stage': stage.stage, 'data-opds': stage.opds, 'data-sites': stage.sites });
    group.append(svg('text', { x: 0, y: y + 18, 'font-size': 13 }, stage.label));
    [[stage.opds, OPD_COLOUR, 0, ' OPD'], [stage.sites, SITE_COLOUR, 14, ' titik']].forEach(([count, colour, dy, unit]) => {
      const width = Math.round((count / most) * barWidth);
      group.append(svg('rect', { x: labelWidth, y: y + dy, width: Math.max(width, 1), height: 12, fill: colour }));
      group.append(svg('text', { x: labelWidth + width + 6, y: y + dy + 10, 'font-size': 11 }, count + unit));
    });
    chart.append(group);
  });
  return el('div', {},
    el('div', { class: 'tb-legend' },
      el('span', {}, el('span', { class: 'tb-swatch', style: 'background:' + OPD_COLOUR }), 'OPD'),
      el('span', {}, el('span', { class: 'tb-swatch', style: 'background:' + SITE_COLOUR }), 'Titik koneksi')),
    chart);
}

function table(headers, rows, testId) {
  return el('table', { class: 'tb-table', 'data-testid': testId },
    el('thead', {}, el('tr', {}, headers.map(([text, numeric]) => el('th', numeric ? { class: 'tb-num' } : {}, text)))),
    el('tbody', {}, rows));
}

function instanceLink(row) {
  return el('a', { href: '#/process-instance/' + row.processInstanceId, 'data-testid': 'instance-link' }, 'Buka proses');
}

function deadlineSection(rows) {
  const late = rows
    .filter(row => row.deadlineRisk === 'OVERDUE' || row.deadlineRisk === 'AT_RISK')
    .sort((a, b) => a.daysLeft - b.daysLeft);
  if (late.length === 0) {
    return el('p', { 'data-testid': 'deadline-none' }, 'Tidak ada OPD yang berisiko atau melewati tenggat.');
  }
  return table(
    [['OPD'], ['Tahapan'], ['Tenggat'], ['Sisa waktu', true], ['Status']],
    late.map(row => el('tr', { 'data-opd': row.opdCode },
      el('td', {}, row.opdName),
      el('td', {}, row.stageLabel),
      el('td', {}, day(row.deadline)),
      el('td', { class: 'tb-num', 'data-testid': 'days-left' }, daysLeft(row.daysLeft)),
      el('td', { class: 'tb-risk-' + row.deadlineRisk }, row.deadlineRiskLabel))),
    'deadline-table');
}

function complaintSection(rows) {
  const troubled = rows.filter(row => row.openComplaints + row.responseBreaches + row.openTroubleTickets > 0);
  if (troubled.length === 0) {
    return el('p', { 'data-testid': 'complaints-none' }, 'Tidak ada keluhan terbuka.');
  }
  return table(
    [['OPD'], ['Keluhan terbuka', true], ['Melewati batas respons', true], ['Tiket gangguan Icon+ terbuka', true]],
    troubled.map(row => el('tr', { 'data-opd': row.opdCode },
      el('td', {}, row.opdName),
      el('td', { class: 'tb-num', 'data-testid': 'opd-open-complaints' }, row.openComplaints),
      el('td', { class: 'tb-num', 'data-testid': 'opd-response-breaches' }, row.responseBreaches),
      el('td', { class: 'tb-num', 'data-testid': 'opd-open-tickets' }, row.openTroubleTickets))),
    'complaint-table');
}

function opdTable(rows) {
  if (rows.length === 0) {
    return el('p', { 'data-testid': 'opd-none' }, 'Belum ada OPD dalam program ini.');
  }
  return table(
    [['OPD'], ['Tahapan'], ['Sejak'], ['Titik terhubung', true], ['Bandwidth', true], ['Biaya lama/tahun', true],
      ['Biaya baru/tahun', true], ['Penghematan/tahun', true], ['Keluhan terbuka', true], ['Sisa waktu', true], ['Proses']],
    rows.map(row => el('tr', { 'data-opd': row.opdCode, 'data-stage': row.stage },
      el('td', {}, el('strong', {}, row.opdCode), ' ', row.opdName),
      el('td', { 'data-testid': 'opd-stage' }, row.stageLabel),
      el('td', {}, day(row.since)),
      el('td', { class: 'tb-num', 'data-testid': 'opd-sites' },
        row.sitesConnected + '/' + row.sitesTotal + (row.sitesExempted ? ' (' + row.sitesExempted + ' dikecualikan)' : '')),
      el('td', { class: 'tb-num' }, row.bandwidthAgreedMbps ? row.bandwidthAgreedMbps + ' Mbps' : '-'),
      el('td', { class: 'tb-num', 'data-testid': 'opd-old-cost' }, rupiah(row.oldYearlyCostRupiah)),
      el('td', { class: 'tb-num', 'data-testid': 'opd-new-cost' }, rupiah(row.newYearlyCostRupiah)),
      el('td', { class: 'tb-num' }, rupiah(row.yearlySavingRupiah)),
      el('td', { class: 'tb-num', 'data-testid': 'opd-open-complaints' }, row.openComplaints),
      el('td', { class: 'tb-num tb-risk-' + row.deadlineRisk }, daysLeft(row.daysLeft)),
      el('td', {}, instanceLink(row)))),
    'opd-table');
}

function summarySection(report) {
  const s = report.summary;
  return el('div', { class: 'tb-cards' },
    card('opd-count', 'OPD dalam program', s.opds),
    card('sites-connected', 'Titik terhubung / seluruh titik', s.sitesConnected + ' / ' + s.sites),
    card('opd-at-risk', 'OPD berisiko terlambat', s.opdsAtRisk, s.opdsAtRisk > 0),
    card('opd-overdue', 'OPD melewati tenggat', s.opdsOverdue, s.opdsOverdue > 0),
    card('open-complaints', 'Keluhan terbuka', s.openComplaints, s.openComplaints > 0),
    card('response-breaches', 'Keluhan melewati batas respons', s.responseBreaches, s.responseBreaches > 0),
    card('open-tickets', 'Tiket gangguan Icon+ terbuka', s.openTroubleTickets, s.openTroubleTickets > 0),
    card('budget-moved', 'Anggaran sudah dipindahkan', rupiah(s.budgetMovedRupiah)),
    card('saving-planned', 'Penghematan per tahun (rencana)', rupiah(s.plannedYearlySavingRupiah)),
    card('saving-realized', 'Penghematan per tahun (terealisasi)', rupiah(s.realizedYearlySavingRupiah)));
}

function dashboard(node, api) {
  const base = api.cockpitApi + '/plugin/' + PLUGIN + '/' + api.engine;
  const headers = { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken };
  const get = path => fetch(base + path, { headers, credentials: 'same-origin' }).then(response => {
    if (!response.ok) {
      return response.json().catch(() => ({})).then(problem => {
        throw new Error(problem.detail || 'Gagal memuat data (' + response.status + ')');
      });
    }
    return response.json();
  });

  const yearSelect = el('select', { id: 'tb-fiscal-year', 'data-testid': 'fiscal-year-select' });
  const programSelect = el('select', { id: 'tb-program', 'data-testid': 'program-select' });
  const content = el('div', { 'data-testid': 'dashboard-content' });
  let programs = [];

  node.replaceChildren(
    el('style', {}, STYLE),
    el('div', { class: 'tb-page', 'data-testid': 'transisi-bandwidth' },
      el('h1', {}, 'Transisi Bandwidth OPD ke Diskominfo'),
      el('div', { class: 'tb-choose' },
        el('label', { for: 'tb-fiscal-year' }, 'Tahun anggaran '), yearSelect,
        el('label', { for: 'tb-program' }, 'Pemusatan '), programSelect),
      content));

  function fillPrograms() {
    const year = Number(yearSelect.value);
    programSelect.replaceChildren(
      el('option', { value: '' }, 'Semua program TA ' + year),
      ...programs.filter(program => program.fiscalYear === year)
        .map(program => el('option', { value: program.id }, program.name + ' (' + program.opds + ' OPD)')));
  }

  function show() {
    const query = '?fiscalYear=' + encodeURIComponent(yearSelect.value)
      + (programSelect.value ? '&programId=' + encodeURIComponent(programSelect.value) : '');
    content.replaceChildren(el('p', {}, 'Memuat data...'));
    get('/report' + query).then(report => {
      content.replaceChildren(
        el('p', { 'data-testid': 'report-today' }, 'Keadaan per ' + DAY.format(new Date(report.generatedAt))
          + '. Tenggat dihitung dalam hari (WITA).'),
        summarySection(report),
        el('h2', {}, 'OPD dan titik koneksi per tahapan'),
        stageChart(report.summary.stages),
        el('h2', {}, 'Tenggat: OPD berisiko atau terlambat'),
        deadlineSection(report.rows),
        el('h2', {}, 'Keluhan per OPD'),
        complaintSection(report.rows),
        el('h2', {}, 'Rincian per OPD'),
        opdTable(report.rows));
    }).catch(error => content.replaceChildren(el('p', { class: 'tb-error', 'data-testid': 'error' }, error.message)));
  }

  yearSelect.addEventListener('change', () => {
    fillPrograms();
    show();
  });
  programSelect.addEventListener('change', show);

  get('/programs').then(found => {
    programs = found;
    if (found.length === 0) {
      content.replaceChildren(el('p', { 'data-testid': 'program-none' }, 'Belum ada pemusatan belanja internet yang dapat Anda lihat.'));
      return;
    }
    // the years that have a program, the newest first (and chosen): the browser's clock is not asked
    const years = [...new Set(found.map(program => program.fiscalYear))].sort((a, b) => b - a);
    yearSelect.replaceChildren(...years.map(year => el('option', { value: year }, 'TA ' + year)));
    yearSelect.value = String(years[0]);
    fillPrograms();
    show();
  }).catch(error => content.replaceChildren(el('p', { class: 'tb-error', 'data-testid': 'error' }, error.message)));
}

export default [
  {
    id: PLUGIN + '-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    label: LABEL,
    properties: { path: PATH },
    render: node => {
      node.replaceChildren(el('a', { href: '#' + PATH, 'data-testid': 'nav-transisi-bandwidth' }, LABEL));
    }
  },
  {
    id: PLUGIN + '-route',
    pluginPoint: 'cockpit.route',
    properties: { path: PATH, label: LABEL },
    render: (node, { api }) => dashboard(node, api)
  }
];
