// Recording an event of a member's life (recognition, transfer, exemption,
// removal, death, readmission, a correction of the record): the ledger
// line's fields for the type chosen, the server's reasons on their fields,
// nothing recorded unless the server accepted it.
import { Alert, DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useRecordEvent } from "../recordEvent";
import { theoryLevelNames } from "../format";
import { useServerSubmit } from "../serverErrors";

export const memberEventTypes: Record<string, string> = {
  "member.recognized_official": "Công nhận đảng viên chính thức",
  "member.probation_removed": "Xóa tên đảng viên dự bị",
  "member.transferred": "Chuyển sinh hoạt (trong đảng bộ)",
  "member.transferred_out": "Chuyển sinh hoạt đi nơi khác",
  "member.exempted": "Miễn công tác và sinh hoạt",
  "member.exemption_ended": "Thôi miễn sinh hoạt",
  "member.removed": "Xóa tên",
  "member.expelled": "Khai trừ",
  "member.died": "Từ trần",
  "member.readmitted": "Kết nạp lại",
  "member.corrected": "Sửa hồ sơ",
};

const removalReasons = [
  { value: "asked_to_leave", label: "Xin ra khỏi Đảng" },
  { value: "dropped_out", label: "Bỏ sinh hoạt" },
  { value: "unpaid_dues", label: "Không đóng đảng phí" },
  { value: "other", label: "Lý do khác" },
];

const kFields = ["type", "date", "doc", "to", "destination", "reason", "org", "name", "education",
  "theory_level"] as const;

export interface Values {
  type: string;
  date: Dayjs;
  doc?: string;
  to?: string;
  destination?: string;
  reason?: string;
  org?: string;
  name?: string;
  education?: string;
  theory_level?: string;
}

// The ledger line for the values: the common fields and those of the type.
export function lineOf(member: string, v: Values): Record<string, unknown> {
  const line: Record<string, unknown> = { type: v.type, date: v.date.format("YYYY-MM-DD"), member };
  if (v.doc) line.doc = v.doc.trim();
  if (v.type === "member.transferred") line.to = v.to?.trim();
  if (v.type === "member.transferred_out") line.destination = v.destination?.trim();
  if (v.type === "member.removed") line.reason = v.reason;
  if (v.type === "member.readmitted") line.org = v.org?.trim();
  if (v.type === "member.corrected") {
    const person: Record<string, string> = {};
    if (v.name?.trim()) person.name = v.name.trim();
    if (v.education?.trim()) person.education = v.education.trim();
    if (v.theory_level) person.theory_level = v.theory_level;
    line.person = person;
  }
  return line;
}

export default function MemberEventForm({ member, open, onClose, onDone }: {
  member: string;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const type = Form.useWatch("type", form);
  const { error, busy, send } = useServerSubmit(form, kFields, onDone);
  const record = useRecordEvent();

  function submit(values: Values) {
    return send(() => record(lineOf(member, values)));
  }

  const required = (message: string) => [{ required: true, message }];
  return (
    <Modal title={`Ghi sự kiện của đảng viên ${member}`} open={open} onCancel={onClose} onOk={() => form.submit()}
      okText="Ghi" cancelText="Hủy" confirmLoading={busy} destroyOnClose>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="event-error" />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ type: "member.transferred", date: dayjs(), reason: "asked_to_leave" }}>
        <Form.Item name="type" label="Sự kiện">
          <Select options={Object.entries(memberEventTypes).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="date" label="Ngày (theo quyết định)" rules={required("Chọn ngày")}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="doc" label="Số quyết định">
          <Input placeholder="ví dụ: 125-QĐ/ĐU" />
        </Form.Item>
        {type === "member.transferred" && (
          <Form.Item name="to" label="Chuyển đến (mã chi bộ)" rules={required("Nhập mã chi bộ nơi đến")}>
            <Input />
          </Form.Item>
        )}
        {type === "member.transferred_out" && (
          <Form.Item name="destination" label="Nơi chuyển đến" rules={required("Nhập nơi chuyển đến")}>
            <Input />
          </Form.Item>
        )}
        {type === "member.removed" && (
          <Form.Item name="reason" label="Lý do xóa tên">
            <Select options={removalReasons} />
          </Form.Item>
        )}
        {type === "member.readmitted" && (
          <Form.Item name="org" label="Kết nạp lại vào (mã chi bộ)" rules={required("Nhập mã chi bộ")}>
            <Input />
          </Form.Item>
        )}
        {type === "member.corrected" && (
          <>
            <Form.Item name="name" label="Họ và tên (đúng)"><Input /></Form.Item>
            <Form.Item name="education" label="Học vấn (đúng)"><Input /></Form.Item>
            <Form.Item name="theory_level" label="Lý luận chính trị (đúng)">
              <Select allowClear options={Object.entries(theoryLevelNames).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
