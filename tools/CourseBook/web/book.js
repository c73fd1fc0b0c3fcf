// The course book's page script: draws the math (KaTeX), highlights the code (Prism) and draws every chart with the
// site's own plotly.js from the figure JSON the build wrote next to it. Everything it loads is local: no network.
// When all is drawn, <body data-book-ready="true"> tells the browser tests (and anyone curious) that the page is done.
(function () {
  "use strict";

  // The build writes $…$ as <span class="math">\(…\)</span> and $$…$$ as <span class="math display">\[…\]</span>.
  function renderMath() {
    document.querySelectorAll(".math").forEach(function (element) {
      var tex = element.textContent.trim();
      var display = element.classList.contains("display");
      if (tex.startsWith("\\(") && tex.endsWith("\\)")) {
        tex = tex.slice(2, -2);
      } else if (tex.startsWith("\\[") && tex.endsWith("\\]")) {
        tex = tex.slice(2, -2);
        display = true;
      }
      try {
        // strict: false: the notebooks are written for Jupyter's MathJax, which takes Unicode (σ′, ŷ) in math.
        katex.render(tex, element, { displayMode: display, throwOnError: true, strict: false });
      } catch (error) {
        element.classList.add("math-error");
        console.error("KaTeX could not draw " + JSON.stringify(tex) + ": " + error.message);
      }
    });
  }

  function renderCharts() {
    var drawn = [];
    document.querySelectorAll("script.chart-figure").forEach(function (script) {
      var element = document.getElementById(script.dataset.chart);
      var figure = JSON.parse(script.textContent);
      var layout = figure.layout || {};
      // The notebooks size a chart for a notebook's column (720 px); here it takes the width of the book's column,
      // and follows it when the window changes (config.responsive).
      delete layout.width;
      layout.autosize = true;
      var config = figure.config || {};
      config.responsive = true;
      drawn.push(Plotly.newPlot(element, figure.data, layout, config));
    });
    return Promise.all(drawn);
  }

  renderMath();
  Prism.highlightAll();
  renderCharts().then(
    function () { document.body.dataset.bookReady = "true"; },
    function (error) { console.error("A chart could not be drawn: " + error); document.body.dataset.bookReady = "error"; });
})();
