// Draws each report's chart from the table beside it, so the chart and the table can never disagree and the page
// still gives every figure without JavaScript.
const colours = ['#005eb8', '#ffb81c', '#007f3b', '#d5281b', '#330072', '#00a499'];

document.querySelectorAll('table[data-chart]').forEach((table) => {
  const canvas = document.getElementById('chart-' + table.dataset.for);
  if (!canvas || !window.Chart) {
    return;
  }
  const series = Number(table.dataset.series);
  const headers = [...table.tHead.rows[0].cells].map((cell) => cell.textContent.trim());
  const rows = [...table.tBodies[0].rows].map((row) => [...row.cells].map((cell) => cell.textContent.trim()));
  const datasets = headers.slice(1, 1 + series).map((label, i) => ({
    label,
    data: rows.map((row) => Number(row[i + 1])),
    backgroundColor: colours[i % colours.length],
    borderColor: colours[i % colours.length],
  }));
  new window.Chart(canvas, {
    type: table.dataset.chart,
    data: { labels: rows.map((row) => row[0]), datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: datasets.length > 1 } },
      scales: { y: { beginAtZero: true } },
    },
  });
});
