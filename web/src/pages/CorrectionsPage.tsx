// The corrections to a unit's locked report: the figures as locked beside
// the same figures today, and every event recorded after the figures were
// taken and dated by the period's end. The locked figures never change; the
// difference opens the next period as an adjustment.
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Descriptions, Empty, Space, Table, Typography } from "antd";
import { Link, useNavigate, useParams } from "react-router-dom";
import { api } from "../api";
import { eventNames } from "../eventNames";
import { flowColumns } from "../flows";
import { formatCount, formatDate, formatDateTime } from "../format";
import { nextPeriod } from "../period";

interface LateLine {
  seq: number;
  type: string;
  date: string;
  member: string;
  member_name: string;
  org: string;
  doc: string;
  recorded_at: string;
  recorded_by: string;
}
interface Corrections {
  period: { id: number; title: string; from: string; to: string };
  org: string;
  name: string;
  locked: boolean;
  approved_by?: string;
  approved_at?: string;
  locked_figures?: Record<string, number>;
  figures_now?: Record<string, number>;
  lines_known?: boolean;
  lines?: LateLine[];
}

export default function CorrectionsPage() {
  const { period, org } = useParams();
  const navigate = useNavigate();
  const corrections = useQuery({
    queryKey: ["corrections", period, org],
    queryFn: () => api<Corrections>("GET", `/report-periods/${period}/corrections?org=${encodeURIComponent(org!)}`),
  });
  const data = corrections.data;
  if (corrections.error) return <Alert type="error" showIcon message={(corrections.error as Error).message} />;
  if (!data) return <Card loading />;
  const title = `Sửa sau khóa — ${data.name}, ${data.period.title}`;
  if (!data.locked) {
    return (
      <Card title={title}>
        <Empty description="Báo cáo của đơn vị trong kỳ này chưa được duyệt, khóa: chưa có gì phải sửa sau khóa." />
      </Card>
    );
  }
  const rows = flowColumns.map(([key, label]) => ({
    key,
    label,
    locked: data.locked_figures![key] ?? 0,
    now: data.figures_now![key] ?? 0,
  }));
  const next = nextPeriod(data.period);
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="large">
      <Card title={title} extra={<Link to="/review">Về kỳ báo cáo</Link>}>
        <Descriptions size="small" column={2}>
          <Descriptions.Item label="Kỳ">{formatDate(data.period.from)} – {formatDate(data.period.to)}</Descriptions.Item>
          <Descriptions.Item label="Duyệt, khóa">{formatDateTime(data.approved_at!)} ({data.approved_by})</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary">
          Số liệu đã khóa giữ nguyên. Sự kiện ghi sau khi khóa mà có ngày hiệu lực đến hết kỳ được đưa vào kỳ sau thành số điều chỉnh đầu kỳ.
        </Typography.Paragraph>
        <Table
          size="small"
          pagination={false}
          dataSource={rows}
          data-testid="corrections-figures"
          columns={[
            { title: "Chỉ tiêu", dataIndex: "label" },
            { title: "Đã khóa", dataIndex: "locked", align: "right", render: formatCount },
            { title: "Hiện nay", dataIndex: "now", align: "right", render: formatCount },
            {
              title: "Chênh lệch",
              align: "right",
              render: (_: unknown, row) => {
                const difference = row.now - row.locked;
                return difference === 0 ? "" : <b>{difference > 0 ? "+" : "−"}{formatCount(Math.abs(difference))}</b>;
              },
            },
          ]}
        />
        <Button
          style={{ marginTop: 12 }}
          onClick={() => navigate(`/reports?org=${encodeURIComponent(data.org)}&from=${next.from}&to=${next.to}`)}
          data-testid="corrections-next-period"
        >
          Xem kỳ sau ({formatDate(next.from)} – {formatDate(next.to)}) với số điều chỉnh
        </Button>
      </Card>
      <Card title={`Sự kiện ghi sau khi khóa (${formatCount(data.lines!.length)})`}>
        {!data.lines_known && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message="Số liệu kỳ này được khóa trước khi hệ thống ghi lại thời điểm lấy số liệu, nên không tách được các sự kiện ghi muộn; chênh lệch ở bảng trên vẫn đúng."
          />
        )}
        <Table
          size="small"
          rowKey="seq"
          dataSource={data.lines}
          data-testid="corrections-lines"
          locale={{ emptyText: "Không có sự kiện nào ghi sau khi khóa" }}
          columns={[
            { title: "Dòng sổ", dataIndex: "seq", align: "right" },
            { title: "Sự kiện", dataIndex: "type", render: (type: string) => eventNames[type] ?? type },
            { title: "Ngày hiệu lực", dataIndex: "date", render: formatDate },
            {
              title: "Đảng viên",
              render: (_: unknown, line: LateLine) =>
                line.member ? <Link to={`/members/${encodeURIComponent(line.member)}`}>{line.member_name} ({line.member})</Link> : "",
            },
            { title: "Tổ chức", dataIndex: "org" },
            { title: "Số quyết định", dataIndex: "doc" },
            { title: "Ghi lúc", dataIndex: "recorded_at", render: formatDateTime },
            { title: "Người ghi", dataIndex: "recorded_by" },
          ]}
        />
      </Card>
    </Space>
  );
}
