// A member: the record (only the fields the role may see come from the
// server), party age, and every event with its decision document.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Col, Descriptions, Row, Space, Spin, Tag, Timeline, Typography } from "antd";
import { useState } from "react";
import { useParams } from "react-router-dom";
import { api, type MemberRecord } from "../api";
import { eventNames } from "../eventNames";
import { formatDate, standingNames, statusNames, theoryLevelNames } from "../format";
import { useSession } from "../session";
import MemberEventForm from "./MemberEventForm";

const fieldNames: Record<string, string> = {
  member: "Mã đảng viên",
  name: "Họ và tên",
  org: "Chi bộ",
  standing: "Tình trạng",
  standing_since: "Từ ngày",
  status: "Đảng viên",
  exempted: "Miễn sinh hoạt",
  admitted_on: "Ngày vào Đảng",
  official_on: "Ngày chính thức",
  sex: "Giới tính",
  born_on: "Ngày sinh",
  ethnicity: "Dân tộc",
  religion: "Tôn giáo",
  education: "Học vấn",
  theory_level: "Lý luận chính trị",
  youth_union: "Đoàn viên",
  national_id: "Số CCCD",
  family: "Gia đình",
};

function show(field: string, value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "Có" : "Không";
  if (field === "status") return statusNames[String(value)] ?? String(value);
  if (field === "standing") return standingNames[String(value)] ?? String(value);
  if (field === "theory_level") return theoryLevelNames[String(value)] ?? String(value);
  if (field === "religion" && value === "none") return "Không";
  if (field === "sex") return value === "F" ? "Nữ" : "Nam";
  if (/_on$|_since$/.test(field)) return formatDate(String(value));
  return String(value);
}

function partyAge(admittedOn: unknown): string | null {
  if (typeof admittedOn !== "string") return null;
  const years = Math.floor((Date.now() - Date.parse(admittedOn)) / (365.2425 * 24 * 3600 * 1000));
  return `${years} năm`;
}

export default function MemberPage() {
  const id = useParams().id ?? "";
  const { user } = useSession();
  const queryClient = useQueryClient();
  const [recording, setRecording] = useState(false);
  const mayRecord = user && ["admin", "staff", "clerk"].includes(user.role);
  const record = useQuery({
    queryKey: ["member", id],
    queryFn: () => api<MemberRecord>("GET", `/members/${encodeURIComponent(id)}`),
  });
  if (record.isLoading) return <Spin />;
  if (record.error) return <Alert type="error" message={(record.error as Error).message} />;
  const { record: fields, history } = record.data!;
  const age = partyAge(fields.admitted_on);
  return (
    <Row gutter={16}>
      <Col span={14}>
        <MemberEventForm
          member={id}
          open={recording}
          onClose={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            queryClient.invalidateQueries();
          }}
        />
        <Card
          title={String(fields.name ?? id)}
          extra={
            <Space>
              {age && <Tag color="red">Tuổi Đảng: {age}</Tag>}
              {mayRecord && <Button onClick={() => setRecording(true)}>Ghi sự kiện</Button>}
            </Space>
          }
        >
          <Descriptions column={2} size="small" bordered>
            {Object.entries(fields).map(([field, value]) => (
              <Descriptions.Item key={field} label={fieldNames[field] ?? field}>
                <span data-testid={`field-${field}`}>{show(field, value)}</span>
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
      </Col>
      <Col span={10}>
        <Card title="Quá trình">
          <Timeline
            items={history.map((entry) => ({
              children: (
                <div>
                  <Typography.Text strong>{formatDate(entry.event.date)}</Typography.Text>{" "}
                  {eventNames[entry.event.type] ?? entry.event.type}
                  {entry.event.doc && <Tag style={{ marginLeft: 8 }}>{entry.event.doc}</Tag>}
                  <div>
                    <Typography.Text type="secondary">
                      ghi bởi {entry.recorded_by}, {formatDate(entry.recorded_at)}
                    </Typography.Text>
                  </div>
                </div>
              ),
            }))}
          />
        </Card>
      </Col>
    </Row>
  );
}
