// One dimension of the composition: a ring chart and the table with shares.
import { Card, Table } from "antd";
import ReactECharts from "echarts-for-react";
import { compositionEntries, compositionLabel, formatCount, formatPercent } from "../format";

export const dimensionNames: Record<string, string> = {
  sex: "Giới tính",
  status: "Loại đảng viên",
  ethnicity: "Dân tộc",
  religion: "Tôn giáo",
  education: "Học vấn",
  theory_level: "Lý luận chính trị",
  youth_union: "Đoàn viên",
  age_band: "Độ tuổi",
  party_age_band: "Tuổi Đảng",
};

export default function CompositionCard({ dimension, counts, total, table = true }: {
  dimension: string;
  counts: Record<string, number>;
  total: number;
  table?: boolean;
}) {
  const rows = compositionEntries(dimension, counts).map(([key, value]) => ({ name: compositionLabel(dimension, key), value }));
  return (
    <Card size="small" title={dimensionNames[dimension] ?? dimension} data-testid={`composition-${dimension}`}>
      <ReactECharts
        style={{ height: table ? 220 : 260 }}
        option={{
          animationDuration: 300,
          tooltip: { trigger: "item", valueFormatter: (v: number) => `${formatCount(v)} (${formatPercent(v, total)})` },
          // Without the table, a legend names the parts: labels would not fit.
          legend: table ? undefined : { type: "scroll", bottom: 0 },
          series: [
            {
              type: "pie",
              radius: ["35%", "65%"],
              center: ["50%", table ? "50%" : "42%"],
              label: { show: table },
              data: rows,
            },
          ],
        }}
      />
      {table && (
        <Table
          size="small"
          rowKey="name"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: "", dataIndex: "name" },
            { title: "Số", dataIndex: "value", align: "right", render: formatCount },
            { title: "Tỷ lệ", dataIndex: "value", align: "right", render: (v: number) => formatPercent(v, total) },
          ]}
        />
      )}
    </Card>
  );
}
