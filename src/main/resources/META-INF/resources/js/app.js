// Page behaviour: GOV.UK Frontend components, then charts drawn over their data tables.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

const CHART_JS = '/webjars/chart.js/4.5.1/dist/chart.umd.js';
const BAR = '#1d70b8';
const HIGHLIGHT = '#6f2c91';
const OUTLINE = '#0b0c0c';

initAll();
enhanceCharts(document.querySelectorAll('figure.app-chart[data-chart]'));

// A chart figure keeps its table: the canvas is drawn above it and hidden from screen readers,
// who read the same numbers in the table. data-chart holds JSON inline or the URL of JSON:
// {"label": "...", "labels": [...], "values": [...], "highlight": <index of this council's bar>,
//  "median", "q1", "q3" (the group's, drawn as lines), "england" (England's median, a grey line; optional)}
// or, for the need model, {"type": "scatter", "label", "xLabel", "labels", "points": [{x, y}], "highlight"}.
async function enhanceCharts(figures) {
  if (figures.length === 0) {
    return;
  }
  await loadScript(CHART_JS);
  for (const figure of figures) {
    try {
      drawChart(figure, await chartData(figure.dataset.chart));
    } catch (problem) {
      console.warn('Chart not drawn; the table shows the same data.', problem);
    }
  }
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    if (window.Chart) {
      resolve();
      return;
    }
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = reject;
    document.head.appendChild(script);
  });
}

async function chartData(source) {
  if (source.trim().startsWith('{')) {
    return JSON.parse(source);
  }
  const response = await fetch(source, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error('Chart data ' + source + ' answered ' + response.status);
  }
  return response.json();
}

function drawChart(figure, data) {
  const holder = document.createElement('div');
  holder.className = 'app-chart__canvas';
  holder.setAttribute('aria-hidden', 'true');
  const canvas = document.createElement('canvas');
  holder.appendChild(canvas);
  const caption = figure.querySelector('figcaption');
  figure.insertBefore(holder, caption ? caption.nextSibling : figure.firstChild);

  const highlighted = (i) => i === data.highlight;
  const stripes = stripePattern(canvas.getContext('2d'));
  if (data.type === 'scatter') {
    drawScatter(canvas, data, highlighted, stripes);
    figure.classList.add('app-chart--drawn');
    return;
  }
  new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: [{
        label: data.label,
        data: data.values,
        backgroundColor: data.values.map((_, i) => (highlighted(i) ? stripes : BAR)),
        borderColor: data.values.map((_, i) => (highlighted(i) ? OUTLINE : BAR)),
        borderWidth: data.values.map((_, i) => (highlighted(i) ? 3 : 0)),
      }],
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false } },
      scales: { y: { beginAtZero: true, title: { display: Boolean(data.label), text: data.label } } },
    },
    plugins: [referenceLines(data)],
  });
  figure.classList.add('app-chart--drawn');
}

// Horizontal reference lines across the bars: the group's median (dashed, named), its quartiles (dotted,
// unnamed: they sit close to the medians and the caption and table give them) and England's median (grey, named).
function referenceLines(data) {
  const lines = [
    { value: data.median, text: 'Median', colour: OUTLINE, dash: [6, 4], width: 2 },
    { value: data.q1, text: '', colour: OUTLINE, dash: [2, 3], width: 1 },
    { value: data.q3, text: '', colour: OUTLINE, dash: [2, 3], width: 1 },
    { value: data.england, text: 'England median', colour: '#505a5f', dash: [], width: 2 },
  ].filter((line) => typeof line.value === 'number');
  return {
    id: 'referenceLines',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      ctx.save();
      ctx.font = '12px sans-serif';
      ctx.textAlign = 'right';
      ctx.textBaseline = 'bottom';
      for (const line of lines) {
        const y = scales.y.getPixelForValue(line.value);
        ctx.strokeStyle = line.colour;
        ctx.lineWidth = line.width;
        ctx.setLineDash(line.dash);
        ctx.beginPath();
        ctx.moveTo(chartArea.left, y);
        ctx.lineTo(chartArea.right, y);
        ctx.stroke();
        ctx.fillStyle = line.colour;
        ctx.fillText(line.text, chartArea.right - 2, y - 2);
      }
      ctx.restore();
    },
  };
}

// Actual against expected: every council a dot, this council a larger outlined striped square.
function drawScatter(canvas, data, highlighted, stripes) {
  new window.Chart(canvas, {
    type: 'scatter',
    data: {
      datasets: [{
        label: data.label,
        data: data.points,
        pointStyle: data.points.map((_, i) => (highlighted(i) ? 'rectRot' : 'circle')),
        pointRadius: data.points.map((_, i) => (highlighted(i) ? 9 : 3)),
        backgroundColor: data.points.map((_, i) => (highlighted(i) ? stripes : BAR)),
        borderColor: data.points.map((_, i) => (highlighted(i) ? OUTLINE : BAR)),
        borderWidth: data.points.map((_, i) => (highlighted(i) ? 3 : 0)),
      }],
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => data.labels[item.dataIndex] } },
      },
      scales: {
        x: { title: { display: Boolean(data.xLabel), text: data.xLabel } },
        y: { title: { display: Boolean(data.label), text: data.label } },
      },
    },
  });
}

// The highlighted bar is striped and outlined, so colour is not the only cue.
function stripePattern(context) {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const pen = tile.getContext('2d');
  pen.fillStyle = HIGHLIGHT;
  pen.fillRect(0, 0, 8, 8);
  pen.strokeStyle = '#ffffff';
  pen.lineWidth = 2;
  pen.beginPath();
  pen.moveTo(0, 8);
  pen.lineTo(8, 0);
  pen.stroke();
  return context.createPattern(tile, 'repeat');
}

// Print buttons are hidden until this script can make them work (without JavaScript, the browser's own print command does).
for (const button of document.querySelectorAll('button[data-module="app-print"]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
