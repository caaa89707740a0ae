// The reports: choose the unit, the period and the structure; then the
// stock and flow of members by child unit, the composition, the admissions
// and the organizations, as tables and charts.
import { useQuery } from "@tanstack/react-query";
import { FileExcelOutlined, FilePdfOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Input, Radio, Row, Space, Statistic, Table, Tabs } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router-dom";
import { api } from "../api";
import BreakdownBars from "../charts/BreakdownBars";
import CompositionCard from "../charts/CompositionCard";
import FlowsChart from "../charts/FlowsChart";
import { decreases, flowColumns, increases, sumOf } from "../flows";
import { formatCount, formatDate, formatPercent, kindNames, sectorName } from "../format";
import PeriodPicker from "../PeriodPicker";
import { periodOfChoice, type PeriodChoice } from "../period";
import { useSession } from "../session";

type ReportName = "stock-flow" | "composition" | "admissions" | "orgs";
type Counts = Record<string, number> & { org: string; name: string };
interface LockedBefore {
  period: number;
  title: string;
  to: string;
  closing: number;
  adjustment: number;
  rows: { org: string; closing: number; adjustment: number }[];
}
interface StockFlow {
  total: Counts;
  rows: Counts[];
  locked_before?: LockedBefore;
}
interface Composition {
  total: number;
  exempted: number;
  by: Record<string, Record<string, number>>;
}
interface Admissions {
  total: number;
  youth_union: number;
  women: number;
  ethnic_minority: number;
  religious: number;
}
interface OrgCounts {
  total: number;
  grassroots: number;
  by_kind: Record<string, number>;
  by_sector: Record<string, number>;
}

// The period before this one is locked: its closing is this one's opening,
// and events recorded late against it are one adjustment.
function LockedBeforeAlert({ locked, opening }: { locked: LockedBefore; opening: number }) {
  const sign = locked.adjustment > 0 ? "+" : "−";
  return (
    <Alert
      style={{ marginBottom: 16 }}
      type={locked.adjustment === 0 ? "info" : "warning"}
      showIcon
      data-testid="report-locked-before"
      message={`Kỳ trước "${locked.title}" (đến ${formatDate(locked.to)}) đã duyệt, khóa với ${formatCount(locked.closing)} đảng viên cuối kỳ.`}
      description={
        locked.adjustment === 0
          ? "Số đầu kỳ này khớp số đã khóa."
          : `Đầu kỳ này ${formatCount(opening)} = ${formatCount(locked.closing)} đã khóa ${sign} ${formatCount(Math.abs(locked.adjustment))} điều chỉnh do sự kiện ghi sau khi khóa (xem "Sửa sau khóa" ở trang Kỳ báo cáo).`
      }
    />
  );
}

// Each row's part of the adjustment: how far its opening is from its locked closing.
function adjustmentColumn(locked: LockedBefore) {
  const byOrg = new Map(locked.rows.map((row) => [row.org, row.adjustment]));
  return {
    title: "Trong đó điều chỉnh",
    align: "right" as const,
    render: (_: unknown, row: { org: string }) => {
      // The total row is the unit's own, never among its children's rows.
      const adjustment = byOrg.get(row.org) ?? locked.adjustment;
      return adjustment === 0 ? "" : `${adjustment > 0 ? "+" : "−"}${formatCount(Math.abs(adjustment))}`;
    },
  };
}

function query<T>(path: string) {
  return () => api<T>("GET", path);
}

export default function ReportsPage() {
  const { user, lastEventOn } = useSession();
  // A link may name the unit and the period (?org=&from=&to=).
  const [params] = useSearchParams();
  const [unit, setUnit] = useState(params.get("org") ?? user!.org);
  const linked = params.get("from") && params.get("to") ? { from: params.get("from")!, to: params.get("to")! } : null;
  const [choice, setChoice] = useState<PeriodChoice>({
    kind: linked ? "custom" : "year",
    year: Number(lastEventOn?.slice(0, 4) ?? new Date().getFullYear()),
    index: 1,
    custom: linked,
  });
  const [structure, setStructure] = useState<"period" | "today">("period");

  const period = periodOfChoice(choice);
  const org = encodeURIComponent(unit);
  const [tab, setTab] = useState<ReportName>("stock-flow");
  const enabled = period !== null && unit.length > 0;
  const p = period ?? { from: "", to: "" };
  // Each report's query; with &format=xlsx or pdf, the same report on its form.
  const paths: Record<ReportName, string> = {
    "stock-flow": `org=${org}&from=${p.from}&to=${p.to}&structure=${structure}`,
    composition: `org=${org}&on=${p.to}`,
    admissions: `org=${org}&from=${p.from}&to=${p.to}`,
    orgs: `org=${org}&on=${p.to}`,
  };
  const download = (format: "xlsx" | "pdf") => `/api/v1/reports/${tab}?${paths[tab]}&format=${format}`;
  const stockFlow = useQuery({
    queryKey: ["stock-flow", unit, p.from, p.to, structure],
    enabled,
    queryFn: query<StockFlow>(`/reports/stock-flow?${paths["stock-flow"]}`),
  });
  const composition = useQuery({
    queryKey: ["composition", unit, p.to],
    enabled,
    queryFn: query<Composition>(`/reports/composition?${paths.composition}`),
  });
  const admissions = useQuery({
    queryKey: ["admissions", unit, p.from, p.to],
    enabled,
    queryFn: query<Admissions>(`/reports/admissions?${paths.admissions}`),
  });
  const orgs = useQuery({
    queryKey: ["org-counts", unit, p.to],
    enabled,
    queryFn: query<OrgCounts>(`/reports/orgs?${paths.orgs}`),
  });
  const error = stockFlow.error ?? composition.error ?? admissions.error ?? orgs.error;

  const total = stockFlow.data?.total;

  return (
    <Space direction="vertical" style={{ width: "100%" }} size="large">
      <Card title="Báo cáo">
        <Space wrap>
          <Input addonBefore="Đơn vị" value={unit} onChange={(e) => setUnit(e.target.value.trim())} style={{ width: 220 }} data-testid="report-unit" />
          <PeriodPicker value={choice} onChange={setChoice} />
          <Radio.Group value={structure} onChange={(e) => setStructure(e.target.value)}>
            <Radio.Button value="period">Cơ cấu của kỳ</Radio.Button>
            <Radio.Button value="today">Cơ cấu hiện nay</Radio.Button>
          </Radio.Group>
        </Space>
      </Card>
      {error && <Alert type="error" message={(error as Error).message} />}
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as ReportName)}
        tabBarExtraContent={
          enabled && (
            <Space>
              <Button icon={<FileExcelOutlined />} href={download("xlsx")} data-testid="download-xlsx">
                Tải Excel
              </Button>
              <Button icon={<FilePdfOutlined />} href={download("pdf")} data-testid="download-pdf">
                Tải PDF
              </Button>
            </Space>
          )
        }
        items={[
          {
            key: "stock-flow",
            label: "Số lượng đảng viên",
            children: (
              <Card>
                {stockFlow.data?.locked_before && <LockedBeforeAlert locked={stockFlow.data.locked_before} opening={total!.opening} />}
                {total && (
                  <Row gutter={16} style={{ marginBottom: 16 }}>
                    <Col flex={1} data-testid="report-opening"><Statistic title="Đầu kỳ" value={formatCount(total.opening)} /></Col>
                    <Col flex={1} data-testid="report-increases"><Statistic title="Tăng" value={formatCount(sumOf(total, increases))} valueStyle={{ color: "#2e7d32" }} /></Col>
                    <Col flex={1} data-testid="report-admitted"><Statistic title="Trong đó kết nạp" value={formatCount(total.admitted)} /></Col>
                    <Col flex={1} data-testid="report-decreases"><Statistic title="Giảm" value={formatCount(sumOf(total, decreases))} valueStyle={{ color: "#b71c1c" }} /></Col>
                    <Col flex={1} data-testid="report-closing"><Statistic title="Cuối kỳ" value={formatCount(total.closing)} /></Col>
                  </Row>
                )}
                <Table
                  size="small"
                  rowKey="org"
                  loading={stockFlow.isLoading}
                  scroll={{ x: true }}
                  dataSource={stockFlow.data ? [...stockFlow.data.rows, { ...stockFlow.data.total, name: "Tổng cộng" }] : []}
                  pagination={false}
                  columns={[
                    { title: "Đơn vị", dataIndex: "name", fixed: "left" },
                    ...flowColumns.slice(0, 1).map(([key, title]) => ({ title, dataIndex: key, align: "right" as const, render: formatCount })),
                    ...(stockFlow.data?.locked_before ? [adjustmentColumn(stockFlow.data.locked_before)] : []),
                    ...flowColumns.slice(1).map(([key, title]) => ({ title, dataIndex: key, align: "right" as const, render: formatCount })),
                  ]}
                />
                {total && <FlowsChart counts={total} height={300} />}
              </Card>
            ),
          },
          {
            key: "composition",
            label: "Cơ cấu",
            children: composition.data && (
              <Row gutter={[16, 16]}>
                {Object.entries(composition.data.by).map(([dimension, counts]) => (
                  <Col span={8} key={dimension}>
                    <CompositionCard dimension={dimension} counts={counts} total={composition.data!.total} />
                  </Col>
                ))}
              </Row>
            ),
          },
          {
            key: "admissions",
            label: "Kết nạp",
            children: admissions.data && (
              <Card>
                <Row gutter={16}>
                  <Col span={4}><Statistic title="Kết nạp" value={formatCount(admissions.data.total)} /></Col>
                  <Col span={5}><Statistic title="Là đoàn viên" value={formatCount(admissions.data.youth_union)} suffix={`(${formatPercent(admissions.data.youth_union, admissions.data.total)})`} /></Col>
                  <Col span={5}><Statistic title="Nữ" value={formatCount(admissions.data.women)} suffix={`(${formatPercent(admissions.data.women, admissions.data.total)})`} /></Col>
                  <Col span={5}><Statistic title="Dân tộc thiểu số" value={formatCount(admissions.data.ethnic_minority)} /></Col>
                  <Col span={5}><Statistic title="Có tôn giáo" value={formatCount(admissions.data.religious)} /></Col>
                </Row>
                <BreakdownBars
                  testId="chart-admissions"
                  total={admissions.data.total}
                  entries={[
                    ["Là đoàn viên", admissions.data.youth_union],
                    ["Nữ", admissions.data.women],
                    ["Dân tộc thiểu số", admissions.data.ethnic_minority],
                    ["Có tôn giáo", admissions.data.religious],
                  ]}
                />
              </Card>
            ),
          },
          {
            key: "orgs",
            label: "Tổ chức đảng",
            children: orgs.data && (
              <Row gutter={16}>
                <Col span={12}>
                  <Card size="small" title={`${formatCount(orgs.data.total)} tổ chức, trong đó ${formatCount(orgs.data.grassroots)} tổ chức cơ sở đảng`}>
                    <Table size="small" rowKey="name" pagination={false}
                      dataSource={Object.entries(orgs.data.by_kind).map(([name, value]) => ({ name: kindNames[name] ?? name, value }))}
                      columns={[{ title: "Loại", dataIndex: "name" }, { title: "Số", dataIndex: "value", align: "right", render: formatCount }]} />
                    <BreakdownBars testId="chart-orgs-kind" total={orgs.data.total}
                      entries={Object.entries(orgs.data.by_kind).map(([name, value]) => [kindNames[name] ?? name, value])} />
                  </Card>
                </Col>
                <Col span={12}>
                  <Card size="small" title="Theo lĩnh vực">
                    <Table size="small" rowKey="name" pagination={false}
                      dataSource={Object.entries(orgs.data.by_sector).map(([name, value]) => ({ name: sectorName(name), value }))}
                      columns={[{ title: "Lĩnh vực", dataIndex: "name" }, { title: "Số", dataIndex: "value", align: "right", render: formatCount }]} />
                    <BreakdownBars testId="chart-orgs-sector" total={orgs.data.total}
                      entries={Object.entries(orgs.data.by_sector).map(([name, value]) => [sectorName(name), value])} />
                  </Card>
                </Col>
              </Row>
            ),
          },
        ]}
      />
    </Space>
  );
}
