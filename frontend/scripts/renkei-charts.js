// Renkei's chart glue: draws an Apache ECharts option, built in Java by base.ui.Chart, into its element.
// Loaded after the ECharts webjar; no bundle, no module system.
(function () {
  'use strict';
  window.renkeiCharts = {
    render: function (element, option, renderer) {
      var chart = echarts.getInstanceByDom(element);
      if (!chart) {
        chart = echarts.init(element, null, { renderer: renderer });
        // follow the element's size (layout changes, window resizes, print preview)
        new ResizeObserver(function () { chart.resize(); }).observe(element);
      }
      chart.setOption(option, true);
      element.setAttribute('data-rendered', 'true');
    }
  };
  // print with the width of the paper, not of the screen
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('[data-rendered]').forEach(function (element) {
      var chart = echarts.getInstanceByDom(element);
      if (chart) { chart.resize(); }
    });
  });
})();
