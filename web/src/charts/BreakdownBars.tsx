// A breakdown as horizontal bars, largest first as listed: the admissions'
// groups, the organizations by kind or sector.
import { Empty } from "antd";
import ReactECharts from "echarts-for-react";
import { formatCount, formatPercent } from "../format";

export default function BreakdownBars({ entries, total, height = 240, testId }: {
  entries: [string, number][];
  total?: number;  // each bar's share of it in the tooltip and label
  height?: number;
  testId?: string;
}) {
  if (entries.every(([, value]) => !value)) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có số liệu" style={{ height, paddingTop: height / 4 }} />;
  }
  const shown = (v: number) => (total ? `${formatCount(v)} (${formatPercent(v, total)})` : formatCount(v));
  const option = {
    animationDuration: 300,
    tooltip: { valueFormatter: shown },
    grid: { left: 8, right: 96, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1, axisLabel: { formatter: formatCount } },
    yAxis: { type: "category", inverse: true, data: entries.map(([label]) => label) },
    series: [
      {
        type: "bar",
        data: entries.map(([, value]) => value),
        itemStyle: { color: "#b71c1c" },
        label: { show: true, position: "right", formatter: (p: { value: number }) => shown(p.value) },
      },
    ],
  };
  return (
    <div data-testid={testId}>
      <ReactECharts option={option} style={{ height }} />
    </div>
  );
}
