// Increases (green) and decreases (red) of members by cause for a period.
import { Empty } from "antd";
import ReactECharts from "echarts-for-react";
import { decreases, increases } from "../flows";
import { formatCount } from "../format";

export default function FlowsChart({ counts, height = 280 }: { counts: Record<string, number>; height?: number }) {
  const causes = [...increases, ...decreases];
  if (causes.every(([key]) => !counts[key])) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có biến động trong kỳ" style={{ height, paddingTop: height / 4 }} />;
  }
  const option = {
    animationDuration: 300,
    tooltip: { valueFormatter: (v: number) => formatCount(v) },
    grid: { left: 48, right: 16, top: 16, bottom: 72 },
    xAxis: { type: "category", data: causes.map(([, label]) => label), axisLabel: { rotate: 30 } },
    yAxis: { type: "value", minInterval: 1 },
    series: [
      {
        type: "bar",
        data: causes.map(([key], at) => ({
          value: counts[key] ?? 0,
          itemStyle: { color: at < increases.length ? "#2e7d32" : "#b71c1c" },
        })),
        label: { show: true, position: "top", formatter: (p: { value: number }) => (p.value ? formatCount(p.value) : "") },
      },
    ],
  };
  return <ReactECharts option={option} style={{ height }} />;
}
