// Reporting periods and the review of each unit's report: the admin opens a
// period; the unit's staff submit its figures; the level above returns them
// with a reason or approves them, which locks them. The board shows the
// user's unit and its children with where each report stands.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, DatePicker, Empty, Form, Input, Modal, Select, Space, Table, Tag, Timeline, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { Link } from "react-router-dom";
import { api, ApiError } from "../api";
import { formatCount, formatDate, formatDateTime } from "../format";
import { useSession } from "../session";
import { refusalText, useServerSubmit } from "../serverErrors";

interface Period {
  id: number;
  title: string;
  from: string;
  to: string;
}
interface Step {
  action: "submit" | "return" | "approve";
  by: string;
  at: string;
  comment: string;
}
interface UnitReport {
  org: string;
  name: string;
  status: "not_submitted" | "submitted" | "returned" | "approved";
  locked: boolean;
  steps: Step[];
  submitted: { stock_flow: { total: Record<string, number>; locked_before?: { title: string; adjustment: number } } } | null;
  corrections?: number;  // locked: the lines recorded late against it
}

export const statusTags: Record<UnitReport["status"], [string, string]> = {
  not_submitted: ["Chưa gửi", "default"],
  submitted: ["Đã gửi, chờ duyệt", "processing"],
  returned: ["Bị trả lại", "warning"],
  approved: ["Đã duyệt, khóa số liệu", "success"],
};
const actionNames: Record<Step["action"], string> = { submit: "Gửi báo cáo", return: "Trả lại", approve: "Duyệt" };

function OpenPeriodForm({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ title: string; range: [Dayjs, Dayjs] }>();
  const { error, busy, send } = useServerSubmit(form, ["title", "from", "to"], onDone);
  return (
    <Modal title="Mở kỳ báo cáo" open={open} onCancel={onClose} onOk={() => form.submit()} okText="Mở" cancelText="Hủy" confirmLoading={busy} destroyOnClose>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => send(() => api("POST", "/report-periods", {
        title: v.title.trim(), from: v.range[0].format("YYYY-MM-DD"), to: v.range[1].format("YYYY-MM-DD") }))}>
        <Form.Item name="title" label="Tên kỳ báo cáo" rules={[{ required: true, message: "Nhập tên kỳ báo cáo" }]}>
          <Input placeholder="ví dụ: Quý I năm 2026" />
        </Form.Item>
        <Form.Item name="range" label="Từ ngày – đến ngày" rules={[{ required: true, message: "Chọn khoảng thời gian" }]}>
          <DatePicker.RangePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function ReviewPage() {
  const { user } = useSession();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<number | null>(null);
  const [opening, setOpening] = useState(false);
  const [returning, setReturningState] = useState<string | null>(null);
  const setReturning = (org: string | null) => {
    setError(null);
    setReturningState(org);
  };
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const periods = useQuery({ queryKey: ["report-periods"], queryFn: () => api<{ periods: Period[] }>("GET", "/report-periods") });
  const period = chosen ?? periods.data?.periods.at(-1)?.id ?? null;
  const board = useQuery({
    queryKey: ["report-board", period, user!.org],
    enabled: period !== null,
    queryFn: () => api<{ period: Period; units: UnitReport[] }>("GET", `/report-periods/${period}/board?org=${encodeURIComponent(user!.org)}`),
  });

  async function act(org: string, action: Step["action"], text = "") {
    setError(null);
    try {
      await api("POST", `/report-periods/${period}/units/${encodeURIComponent(org)}/steps`, { action, comment: text });
      setReturning(null);
      setComment("");
      queryClient.invalidateQueries({ queryKey: ["report-board"] });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(refusalText(e.message, e.errors));
    }
  }

  const mayAct = user!.role === "admin" || user!.role === "staff";
  return (
    <Card
      title="Kỳ báo cáo và duyệt số liệu"
      extra={
        <Space>
          <Select
            style={{ width: 260 }}
            placeholder="Chọn kỳ báo cáo"
            value={period ?? undefined}
            onChange={setChosen}
            options={(periods.data?.periods ?? []).map((p) => ({ value: p.id, label: `${p.title} (${formatDate(p.from)} – ${formatDate(p.to)})` }))}
            data-testid="review-period"
          />
          {user!.role === "admin" && <Button type="primary" onClick={() => setOpening(true)}>Mở kỳ báo cáo</Button>}
        </Space>
      }
    >
      <OpenPeriodForm open={opening} onClose={() => setOpening(false)} onDone={() => { setOpening(false); queryClient.invalidateQueries({ queryKey: ["report-periods"] }); }} />
      {error && returning === null && <Alert type="error" showIcon closable message={error} style={{ marginBottom: 16 }} data-testid="review-error" onClose={() => setError(null)} />}
      {period === null ? (
        <Empty description="Chưa có kỳ báo cáo nào" />
      ) : (
        <>
          {board.data && (
            <Space style={{ marginBottom: 12 }} data-testid="review-summary">
              {(Object.keys(statusTags) as UnitReport["status"][]).map((status) => (
                <Tag key={status} color={statusTags[status][1]}>
                  {statusTags[status][0]}: {board.data.units.filter((unit) => unit.status === status).length}
                </Tag>
              ))}
            </Space>
          )}
          <Table
            rowKey="org"
            loading={board.isLoading}
            dataSource={board.data?.units ?? []}
            pagination={false}
            expandable={{
              rowExpandable: (unit) => unit.steps.length > 0,
              expandedRowRender: (unit) => (
                <Timeline
                  items={unit.steps.map((step) => ({
                    children: `${formatDateTime(step.at)} — ${actionNames[step.action]} (${step.by})${step.comment ? `: ${step.comment}` : ""}`,
                  }))}
                />
              ),
            }}
            columns={[
              { title: "Đơn vị", dataIndex: "name", render: (name: string, unit) => <span data-testid={`review-${unit.org}`}>{name}</span> },
              { title: "Tình trạng", dataIndex: "status", render: (status: UnitReport["status"], unit) => <Tag color={statusTags[status][1]} data-testid={`review-status-${unit.org}`}>{statusTags[status][0]}</Tag> },
              {
                title: "Đảng viên cuối kỳ (đã gửi)",
                align: "right",
                render: (_: unknown, unit) => {
                  if (!unit.submitted) return "—";
                  // Late events against the period before: the reviewer sees them at once.
                  const carried = unit.submitted.stock_flow.locked_before;
                  return (
                    <Space>
                      {carried && carried.adjustment !== 0 && (
                        <Tag color="warning" title={`Điều chỉnh đầu kỳ so với số đã khóa của kỳ "${carried.title}"`} data-testid={`review-adjustment-${unit.org}`}>
                          điều chỉnh {carried.adjustment > 0 ? "+" : "−"}{formatCount(Math.abs(carried.adjustment))}
                        </Tag>
                      )}
                      {formatCount(unit.submitted.stock_flow.total.closing)}
                    </Space>
                  );
                },
              },
              {
                title: "",
                render: (_: unknown, unit) => {
                  if (unit.locked) {
                    return (
                      <Space>
                        <Link to={`/review/${period}/corrections/${encodeURIComponent(unit.org)}`} data-testid={`corrections-${unit.org}`}>
                          Sửa sau khóa
                        </Link>
                        {unit.corrections !== undefined && unit.corrections > 0 && (
                          <Tag color="warning" title="Số sự kiện ghi sau khi khóa, có ngày hiệu lực trong kỳ" data-testid={`corrections-count-${unit.org}`}>
                            {formatCount(unit.corrections)} sự kiện
                          </Tag>
                        )}
                      </Space>
                    );
                  }
                  if (!mayAct) return null;
                  const own = unit.org === user!.org;
                  return (
                    <Space>
                      {own && unit.status !== "submitted" && (
                        <Button size="small" type="primary" onClick={() => act(unit.org, "submit")} data-testid={`submit-${unit.org}`}>Gửi báo cáo</Button>
                      )}
                      {!own && unit.status === "submitted" && (
                        <>
                          <Button size="small" type="primary" onClick={() => act(unit.org, "approve")} data-testid={`approve-${unit.org}`}>Duyệt</Button>
                          <Button size="small" danger onClick={() => setReturning(unit.org)} data-testid={`return-${unit.org}`}>Trả lại</Button>
                        </>
                      )}
                    </Space>
                  );
                },
              },
            ]}
          />
        </>
      )}
      <Modal title="Trả lại báo cáo" open={returning !== null} onCancel={() => setReturning(null)} okText="Trả lại" cancelText="Hủy"
        onOk={() => returning && act(returning, "return", comment)}>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="return-error" />}
        <Typography.Paragraph>Ghi rõ lý do để đơn vị sửa và gửi lại.</Typography.Paragraph>
        <Input.TextArea rows={3} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="return-comment" />
      </Modal>
    </Card>
  );
}
