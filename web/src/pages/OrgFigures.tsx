// An org's figures for a chosen period (the year of the latest recorded day
// at first): the stock and flow, members over the years up to it, the flows
// by cause and the composition at its end.
import { useQueries, useQuery } from "@tanstack/react-query";
import { Alert, Card, Col, Row, Statistic } from "antd";
import { useState } from "react";
import { api, type Org } from "../api";
import CompositionCard from "../charts/CompositionCard";
import FlowsChart from "../charts/FlowsChart";
import MembersOverTimeChart from "../charts/MembersOverTimeChart";
import { decreases, increases, sumOf } from "../flows";
import { formatCount } from "../format";
import PeriodPicker from "../PeriodPicker";
import { periodOfChoice, periodTitle, type PeriodChoice } from "../period";

type Counts = Record<string, number>;
interface StockFlow {
  total: Counts;
}
interface Composition {
  total: number;
  by: Record<string, Record<string, number>>;
}

const kYearsShown = 10;
const kDimensionsShown = ["sex", "status", "age_band", "party_age_band"];

function stockFlowOf(org: string, from: string, to: string) {
  return {
    queryKey: ["stock-flow", org, from, to, "period"],
    queryFn: () => api<StockFlow>("GET", `/reports/stock-flow?org=${encodeURIComponent(org)}&from=${from}&to=${to}`),
  };
}

export default function OrgFigures({ org, latestDay }: { org: Org; latestDay: string }) {
  const [choice, setChoice] = useState<PeriodChoice>({ kind: "year", year: Number(latestDay.slice(0, 4)), index: 1, custom: null });
  const period = periodOfChoice(choice);
  const figures = useQuery({ ...stockFlowOf(org.code, period?.from ?? "", period?.to ?? ""), enabled: period !== null });
  const composition = useQuery({
    queryKey: ["composition", org.code, period?.to],
    enabled: period !== null,
    queryFn: () => api<Composition>("GET", `/reports/composition?org=${encodeURIComponent(org.code)}&on=${period!.to}`),
  });
  const lastYear = Number((period?.to ?? latestDay).slice(0, 4));
  const firstYear = Math.max(Number(org.established_on.slice(0, 4)), lastYear - kYearsShown + 1);
  const years = Array.from({ length: Math.max(0, lastYear - firstYear + 1) }, (_, k) => firstYear + k);
  const yearly = useQueries({ queries: years.map((y) => stockFlowOf(org.code, `${y}-01-01`, `${y}-12-31`)) });

  const counts = figures.data?.total;
  const overTime = yearly.every((q) => q.data)
    ? yearly.map((q, k) => ({ year: years[k], closing: q.data!.total.closing, admitted: q.data!.total.admitted }))
    : null;
  const error = figures.error ?? composition.error;
  return (
    <Card title={`Số liệu ${periodTitle(choice)}`} extra={<PeriodPicker value={choice} onChange={setChoice} />} data-testid="org-figures">
      {error && <Alert type="error" message={(error as Error).message} style={{ marginBottom: 16 }} />}
      {counts && (
        <Row gutter={16} style={{ marginBottom: 16 }}>
          <Col span={6} data-testid="org-opening"><Statistic title="Đầu kỳ" value={formatCount(counts.opening)} /></Col>
          <Col span={6} data-testid="org-increases"><Statistic title="Tăng" value={formatCount(sumOf(counts, increases))} valueStyle={{ color: "#2e7d32" }} /></Col>
          <Col span={6} data-testid="org-decreases"><Statistic title="Giảm" value={formatCount(sumOf(counts, decreases))} valueStyle={{ color: "#b71c1c" }} /></Col>
          <Col span={6} data-testid="org-closing"><Statistic title="Cuối kỳ" value={formatCount(counts.closing)} /></Col>
        </Row>
      )}
      <Row gutter={[16, 16]}>
        <Col span={12}>
          <Card size="small" title="Đảng viên qua các năm">{overTime && <MembersOverTimeChart years={overTime} />}</Card>
        </Col>
        <Col span={12}>
          <Card size="small" title="Tăng, giảm theo nguyên nhân">{counts && <FlowsChart counts={counts} />}</Card>
        </Col>
        {composition.data &&
          kDimensionsShown
            .filter((dimension) => composition.data.by[dimension])
            .map((dimension) => (
              <Col span={6} key={dimension}>
                <CompositionCard dimension={dimension} counts={composition.data.by[dimension]} total={composition.data.total} table={false} />
              </Col>
            ))}
      </Row>
    </Card>
  );
}
