// One org: details, children, members, and its figures for a chosen period
// with charts (members over the years, flows by cause, composition).
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Col, Descriptions, Dropdown, Input, Row, Space, Spin, Table, Tag } from "antd";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { api, type MemberPage, type Org } from "../api";
import { formatCount, formatDate, kindNames, sectorName, statusNames } from "../format";
import { useSession } from "../session";
import NewMemberForm, { type NewMemberType } from "./NewMemberForm";
import OrgEventForm from "./OrgEventForm";
import OrgFigures from "./OrgFigures";

const lifeNames: Record<string, string> = { dissolved: "Đã giải thể", merged: "Đã hợp nhất" };
// Members belong only to cells and party groups (the server says so too).
const kindsWithMembers = ["grassroots_cell", "subordinate_cell", "party_group"];

export default function OrgPage() {
  const code = useParams().code ?? "";
  const navigate = useNavigate();
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const [form, setForm] = useState<NewMemberType | "org-event" | null>(null);
  const { user, lastEventOn } = useSession();
  const queryClient = useQueryClient();
  const mayRecord = user !== null && ["admin", "staff", "clerk"].includes(user.role);
  const mayChangeTree = user !== null && ["admin", "staff"].includes(user.role);
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

  if (org.isLoading) return <Spin />;
  if (org.error) return <Alert type="error" message={(org.error as Error).message} />;
  const o = org.data!;
  const alive = o.life === "alive";
  const recorded = (landing?: string) => {
    setForm(null);
    queryClient.invalidateQueries();
    if (landing && landing !== o.code) navigate(`/orgs/${encodeURIComponent(landing)}`);
  };
  return (
    <Row gutter={[16, 16]}>
      {form && form !== "org-event" && (
        <NewMemberForm type={form} org={o.code} open onClose={() => setForm(null)} onDone={() => recorded()} />
      )}
      <OrgEventForm org={o} open={form === "org-event"} onClose={() => setForm(null)} onDone={recorded} />
      <Col span={24}>
        <Card
          title={
            <Space>
              {o.name}
              {!alive && <Tag color="default">{`${lifeNames[o.life] ?? o.life} ${formatDate(o.ended_on)}`}</Tag>}
            </Space>
          }
          extra={
            alive && (
              <Space>
                {mayRecord && kindsWithMembers.includes(o.kind) && (
                  <Dropdown.Button
                    type="primary"
                    onClick={() => setForm("member.admitted")}
                    menu={{
                      items: [
                        { key: "member.transferred_in", label: "Tiếp nhận đảng viên chuyển đến" },
                        { key: "member.registered", label: "Nhập hồ sơ đảng viên hiện có" },
                      ],
                      onClick: ({ key }) => setForm(key as NewMemberType),
                    }}
                  >
                    Kết nạp đảng viên
                  </Dropdown.Button>
                )}
                {mayChangeTree && (
                  <Button onClick={() => setForm("org-event")} data-testid="org-event-button">
                    Sự kiện tổ chức
                  </Button>
                )}
              </Space>
            )
          }
        >
          <Descriptions size="small" column={3}>
            <Descriptions.Item label="Mã">{o.code}</Descriptions.Item>
            <Descriptions.Item label="Loại">{kindNames[o.kind] ?? o.kind}</Descriptions.Item>
            <Descriptions.Item label="Lĩnh vực">{sectorName(o.sector)}</Descriptions.Item>
            <Descriptions.Item label="Thành lập">{formatDate(o.established_on)}</Descriptions.Item>
            <Descriptions.Item label="Trực thuộc">
              {o.parent ? <Link to={`/orgs/${o.parent}`}>{o.parent}</Link> : "—"}
            </Descriptions.Item>
            <Descriptions.Item label="Đảng viên">
              <span data-testid="org-members">{formatCount(o.members)}</span>
            </Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      <Col span={24}>
        <OrgFigures org={o} latestDay={lastEventOn ?? new Date().toISOString().slice(0, 10)} />
      </Col>
      {o.children > 0 && (
        <Col span={10}>
          <Card title="Tổ chức trực thuộc">
            <Table
              size="small"
              rowKey="code"
              loading={children.isLoading}
              dataSource={children.data?.orgs ?? []}
              // An org's `children` is a count, not rows nested under it.
              expandable={{ childrenColumnName: "nested_rows" }}
              pagination={{ pageSize: 15 }}
              columns={[
                {
                  title: "Tên",
                  dataIndex: "name",
                  render: (name: string, c: Org) => (
                    <>
                      <Link to={`/orgs/${c.code}`}>{name}</Link>
                      {c.life !== "alive" && <Tag style={{ marginLeft: 8 }}>{`${lifeNames[c.life] ?? c.life} ${formatDate(c.ended_on)}`}</Tag>}
                    </>
                  ),
                },
                { title: "Đảng viên", dataIndex: "members", align: "right", render: formatCount },
              ]}
            />
          </Card>
        </Col>
      )}
      <Col span={o.children > 0 ? 14 : 24}>
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
