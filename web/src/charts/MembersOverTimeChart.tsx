// Members at the end of each year, with the year's admissions beside them.
import ReactECharts from "echarts-for-react";
import { formatCount } from "../format";

export interface YearFigures {
  year: number;
  closing: number;
  admitted: number;
}

export default function MembersOverTimeChart({ years, height = 280 }: { years: YearFigures[]; height?: number }) {
  const option = {
    animationDuration: 300,
    tooltip: { trigger: "axis", valueFormatter: (v: number) => formatCount(v) },
    legend: { data: ["Đảng viên cuối năm", "Kết nạp trong năm"] },
    grid: { left: 64, right: 56, top: 40, bottom: 32 },
    xAxis: { type: "category", data: years.map((y) => String(y.year)) },
    yAxis: [
      { type: "value", scale: true, minInterval: 1, axisLabel: { formatter: (v: number) => formatCount(v) } },
      { type: "value", minInterval: 1, splitLine: { show: false }, axisLabel: { formatter: (v: number) => formatCount(v) } },
    ],
    series: [
      { name: "Đảng viên cuối năm", type: "line", data: years.map((y) => y.closing), itemStyle: { color: "#b71c1c" } },
      { name: "Kết nạp trong năm", type: "bar", yAxisIndex: 1, data: years.map((y) => y.admitted), itemStyle: { color: "#f9a825" } },
    ],
  };
  return <ReactECharts option={option} style={{ height }} />;
}
