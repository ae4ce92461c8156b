// 运行监控: one line chart per project (计划进度 / 序时进度 / 实际累计执行率, percent by month), data from data-chart.
(function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  var months = [];
  for (var m = 1; m <= 12; m++) {
    months.push(m + '月');
  }
  document.querySelectorAll('.jx-chart').forEach(function (el) {
    var data = JSON.parse(el.dataset.chart);
    var chart = echarts.init(el, null, {renderer: 'canvas'});
    chart.setOption({
      animation: false,
      tooltip: {trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + '%'; }},
      legend: {data: ['实际累计执行率', '资金支出计划', '序时进度'], bottom: 0},
      grid: {left: 45, right: 15, top: 20, bottom: 50},
      xAxis: {type: 'category', data: months},
      yAxis: {type: 'value', min: 0, axisLabel: {formatter: '{value}%'}},
      series: [
        {name: '实际累计执行率', type: 'line', data: data.actual, itemStyle: {color: '#c0392b'}},
        {name: '资金支出计划', type: 'line', data: data.plan, connectNulls: true, lineStyle: {type: 'dashed'},
          itemStyle: {color: '#2471a3'}},
        {name: '序时进度', type: 'line', data: data.time, symbol: 'none', lineStyle: {type: 'dotted'},
          itemStyle: {color: '#7f8c8d'}}
      ]
    });
    el.dataset.rendered = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
