// A member entering a unit: admitted (member.admitted), arriving from
// outside the deployment (member.transferred_in) or entered when the system
// goes live (member.registered). The ledger line's fields, the server's
// checks shown on the field they concern, nothing recorded unless accepted.
import { Alert, Col, DatePicker, Form, Input, Modal, Row, Select, Switch } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useRecordEvent } from "../recordEvent";
import { statusNames, theoryLevelNames } from "../format";
import { useServerSubmit } from "../serverErrors";

export type NewMemberType = "member.admitted" | "member.transferred_in" | "member.registered";

const titles: Record<NewMemberType, string> = {
  "member.admitted": "Kết nạp đảng viên vào",
  "member.transferred_in": "Tiếp nhận đảng viên chuyển đến",
  "member.registered": "Nhập hồ sơ đảng viên hiện có vào",
};

const religions = [
  { value: "none", label: "Không tôn giáo" },
  ...["Phật giáo", "Công giáo", "Tin Lành", "Cao Đài", "Hòa Hảo", "Hồi giáo"].map((value) => ({ value, label: value })),
];

export interface Values {
  member: string;
  date: Dayjs;
  doc?: string;
  name: string;
  sex: "M" | "F";
  born_on: Dayjs;
  ethnicity: string;
  religion: string;
  education: string;
  theory_level: string;
  youth_union: boolean;
  status?: "probationary" | "official";
  admitted_on?: Dayjs;
  official_on?: Dayjs;
}

const kFields = ["member", "name", "sex", "born_on", "ethnicity", "religion", "education",
  "theory_level", "youth_union", "date", "doc", "status", "admitted_on", "official_on"] as const;

const iso = (day: Dayjs) => day.format("YYYY-MM-DD");

// The ledger line for the values; a member who arrives already a member
// brings the status and the dates of their admission.
export function lineOf(type: NewMemberType, org: string, v: Values): Record<string, unknown> {
  const line: Record<string, unknown> = {
    type,
    date: iso(v.date),
    ...(v.doc?.trim() ? { doc: v.doc.trim() } : {}),
    member: v.member.trim(),
    org,
    person: {
      name: v.name.trim(),
      sex: v.sex,
      born_on: iso(v.born_on),
      ethnicity: v.ethnicity.trim(),
      religion: v.religion,
      education: v.education.trim(),
      theory_level: v.theory_level,
      youth_union: v.youth_union,
    },
  };
  if (type !== "member.admitted") {
    line.status = v.status;
    line.admitted_on = v.admitted_on && iso(v.admitted_on);
    line.official_on = v.status === "official" && v.official_on ? iso(v.official_on) : null;
  }
  return line;
}

export default function NewMemberForm({ type, org, open, onClose, onDone }: {
  type: NewMemberType;
  org: string;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const status = Form.useWatch("status", form);
  const { error, busy, send } = useServerSubmit(form, kFields, onDone);
  const record = useRecordEvent();
  const admitted = type === "member.admitted";

  function submit(values: Values) {
    return send(() => record(lineOf(type, org, values)));
  }

  const required = (message: string) => [{ required: true, message }];
  return (
    <Modal
      title={`${titles[type]} ${org}`}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="Ghi"
      cancelText="Hủy"
      confirmLoading={busy}
      width={640}
      destroyOnClose
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="form-error" />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ sex: "M", ethnicity: "Kinh", religion: "none", education: "12/12", theory_level: "elementary",
          youth_union: admitted, date: dayjs(), status: "official" }}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="member" label="Mã đảng viên (số lý lịch)" rules={required("Nhập mã đảng viên")}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="name" label="Họ và tên" rules={required("Nhập họ và tên")}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="sex" label="Giới tính">
              <Select options={[{ value: "M", label: "Nam" }, { value: "F", label: "Nữ" }]} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="born_on" label="Ngày sinh" rules={required("Chọn ngày sinh")}>
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="ethnicity" label="Dân tộc" rules={required("Nhập dân tộc")}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="religion" label="Tôn giáo">
              <Select options={religions} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="education" label="Học vấn" rules={required("Nhập trình độ học vấn")}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="theory_level" label="Lý luận chính trị">
              <Select options={Object.entries(theoryLevelNames).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="youth_union" label="Đoàn viên" valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          {!admitted && (
            <>
              <Col span={8}>
                <Form.Item name="status" label="Đảng viên">
                  <Select options={Object.entries(statusNames).map(([value, label]) => ({ value, label }))} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="admitted_on" label="Ngày vào Đảng" rules={required("Chọn ngày vào Đảng")}>
                  <DatePicker format="DD/MM/YYYY" />
                </Form.Item>
              </Col>
              <Col span={8}>
                {status === "official" && (
                  <Form.Item name="official_on" label="Ngày chính thức" rules={required("Chọn ngày chính thức")}>
                    <DatePicker format="DD/MM/YYYY" />
                  </Form.Item>
                )}
              </Col>
            </>
          )}
          <Col span={12}>
            <Form.Item name="date" label={admitted ? "Ngày kết nạp (theo quyết định)" : "Ngày (theo quyết định)"} rules={required("Chọn ngày")}>
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="doc" label="Số quyết định">
              <Input placeholder="ví dụ: 125-QĐ/ĐU" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
