// Finding a member by typing part of the name, without accents: "nguyen van
// duc" finds "Nguyễn Văn Đức". Searches the user's unit.
import { useQuery } from "@tanstack/react-query";
import { Card, Input, Table, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import { api, type MemberPage } from "../api";
import { formatCount, formatDate, statusNames } from "../format";
import { useSession } from "../session";
import { useTypedSearch } from "../typedSearch";

export default function MemberSearchPage() {
  const { user } = useSession();
  const [typed, setTyped, search] = useTypedSearch();
  const unit = user!.org;
  const result = useQuery({
    queryKey: ["search", unit, search],
    enabled: search.length >= 2,
    queryFn: () =>
      api<MemberPage>("GET", `/orgs/${encodeURIComponent(unit)}/members?limit=50&search=${encodeURIComponent(search)}`),
  });
  return (
    <Card title={`Tìm đảng viên trong ${unit}`}>
      <Input
        size="large"
        autoFocus
        allowClear
        placeholder="Gõ họ tên, có dấu hay không đều được (ví dụ: nguyen van duc)"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        data-testid="member-search"
      />
      {result.data && (
        <Typography.Paragraph style={{ marginTop: 12 }} type="secondary">
          {formatCount(result.data.total)} đảng viên khớp
          {result.data.total > result.data.members.length ? `; hiện ${result.data.members.length} người đầu` : ""}
        </Typography.Paragraph>
      )}
      <Table
        size="small"
        rowKey="member"
        loading={result.isFetching}
        dataSource={result.data?.members ?? []}
        pagination={false}
        columns={[
          { title: "Họ và tên", dataIndex: "name", render: (name: string, m) => <Link to={`/members/${m.member}`}>{name}</Link> },
          { title: "Mã", dataIndex: "member" },
          { title: "Ngày sinh", dataIndex: "born_on", render: formatDate },
          { title: "Chi bộ", dataIndex: "org", render: (org: string) => <Link to={`/orgs/${org}`}>{org}</Link> },
          { title: "", dataIndex: "status", render: (s: string) => <Tag>{statusNames[s] ?? s}</Tag> },
        ]}
      />
    </Card>
  );
}
