// One org: details, children, members, and the year's key figures.
import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Col, Descriptions, Input, Row, Spin, Statistic, Table, Tag } from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useQueryClient } from "@tanstack/react-query";
import { Button } from "antd";
import { api, type MemberPage, type Org } from "../api";
import { useSession } from "../session";
import AdmitForm from "./AdmitForm";
import { formatCount, formatDate, kindNames, statusNames } from "../format";

interface StockFlow {
  total: Record<string, number>;
}

export default function OrgPage() {
  const code = useParams().code ?? "";
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const [admitting, setAdmitting] = useState(false);
  const { user } = useSession();
  const queryClient = useQueryClient();
  const mayRecord = user && ["admin", "staff", "clerk"].includes(user.role);
  const org = useQuery({ queryKey: ["org", code], queryFn: () => api<Org>("GET", `/orgs/${encodeURIComponent(code)}`) });
  const children = useQuery({
    queryKey: ["children", code],
    queryFn: () => api<{ orgs: Org[] }>("GET", `/orgs/${encodeURIComponent(code)}/children`),
  });
  const members = useQuery({
    queryKey: ["members", code, search, page],
    queryFn: () =>
      api<MemberPage>(
        "GET",
        `/orgs/${encodeURIComponent(code)}/members?limit=20&offset=${(page - 1) * 20}` +
          (search ? `&search=${encodeURIComponent(search)}` : ""),
      ),
  });
  // The year of the latest recorded day (the members list says which day).
  const year = Number(members.data?.on.slice(0, 4) ?? new Date().getFullYear());
  const figures = useQuery({
    queryKey: ["stock-flow", code, year],
    enabled: members.data !== undefined,
    queryFn: () =>
      api<StockFlow>("GET", `/reports/stock-flow?org=${encodeURIComponent(code)}&from=${year}-01-01&to=${year}-12-31`),
  });

  if (org.isLoading) return <Spin />;
  if (org.error) return <Alert type="error" message={(org.error as Error).message} />;
  const o = org.data!;
  const counts = figures.data?.total;
  return (
    <Row gutter={[16, 16]}>
      <AdmitForm
        org={o.code}
        open={admitting}
        onClose={() => setAdmitting(false)}
        onDone={() => {
          setAdmitting(false);
          queryClient.invalidateQueries();
        }}
      />
      <Col span={24}>
        <Card
          title={o.name}
          extra={
            mayRecord && (
              <Button type="primary" onClick={() => setAdmitting(true)}>
                Kết nạp đảng viên
              </Button>
            )
          }
        >
          <Descriptions size="small" column={3}>
            <Descriptions.Item label="Mã">{o.code}</Descriptions.Item>
            <Descriptions.Item label="Loại">{kindNames[o.kind] ?? o.kind}</Descriptions.Item>
            <Descriptions.Item label="Lĩnh vực">{o.sector}</Descriptions.Item>
            <Descriptions.Item label="Thành lập">{formatDate(o.established_on)}</Descriptions.Item>
            <Descriptions.Item label="Trực thuộc">
              {o.parent ? <Link to={`/orgs/${o.parent}`}>{o.parent}</Link> : "—"}
            </Descriptions.Item>
            <Descriptions.Item label="Đảng viên">{formatCount(o.members)}</Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      {counts && (
        <Col span={24}>
          <Card title={`Số liệu năm ${year}`}>
            <Row gutter={16}>
              <Col span={4}><Statistic title="Đầu kỳ" value={formatCount(counts.opening)} /></Col>
              <Col span={4}><Statistic title="Kết nạp" value={formatCount(counts.admitted)} /></Col>
              <Col span={4}><Statistic title="Chuyển đến" value={formatCount(counts.transferred_in)} /></Col>
              <Col span={4}><Statistic title="Chuyển đi" value={formatCount(counts.transferred_out)} /></Col>
              <Col span={4}><Statistic title="Từ trần" value={formatCount(counts.died)} /></Col>
              <Col span={4}><Statistic title="Cuối kỳ" value={formatCount(counts.closing)} /></Col>
            </Row>
          </Card>
        </Col>
      )}
      <Col span={10}>
        <Card title="Tổ chức trực thuộc">
          <Table
            size="small"
            rowKey="code"
            loading={children.isLoading}
            dataSource={children.data?.orgs ?? []}
            pagination={{ pageSize: 15 }}
            columns={[
              { title: "Tên", dataIndex: "name", render: (name: string, c: Org) => <Link to={`/orgs/${c.code}`}>{name}</Link> },
              { title: "Đảng viên", dataIndex: "members", align: "right", render: formatCount },
            ]}
          />
        </Card>
      </Col>
      <Col span={14}>
        <Card
          title="Đảng viên"
          extra={<Input.Search allowClear placeholder="Tìm theo tên, không cần dấu" onSearch={(text) => { setSearch(text); setPage(1); }} style={{ width: 260 }} />}
        >
          <Table
            size="small"
            rowKey="member"
            loading={members.isLoading}
            dataSource={members.data?.members ?? []}
            pagination={{ current: page, pageSize: 20, total: members.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            columns={[
              { title: "Họ và tên", dataIndex: "name", render: (name: string, m) => <Link to={`/members/${m.member}`}>{name}</Link> },
              { title: "Ngày sinh", dataIndex: "born_on", render: formatDate },
              { title: "Chi bộ", dataIndex: "org" },
              { title: "", dataIndex: "status", render: (s: string) => <Tag>{statusNames[s] ?? s}</Tag> },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
