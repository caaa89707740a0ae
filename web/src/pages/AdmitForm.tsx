// Recording an admission (member.admitted) into a unit: the fields of the
// ledger line, the server's checks shown on the field they concern, and
// nothing recorded unless the server accepted it.
import { Alert, DatePicker, Form, Input, Modal, Select, Switch } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { api } from "../api";
import { theoryLevelNames } from "../format";
import { useServerSubmit } from "../serverErrors";

interface Values {
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
}

const kFields = ["member", "name", "sex", "born_on", "ethnicity", "religion", "education",
  "theory_level", "youth_union", "date", "doc"] as const;

export default function AdmitForm({ org, open, onClose, onDone }: {
  org: string;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { error, busy, send } = useServerSubmit(form, kFields, onDone);

  function submit(values: Values) {
    return send(() =>
      api("POST", "/events", {
        type: "member.admitted",
        date: values.date.format("YYYY-MM-DD"),
        ...(values.doc ? { doc: values.doc } : {}),
        member: values.member.trim(),
        org,
        person: {
          name: values.name.trim(),
          sex: values.sex,
          born_on: values.born_on.format("YYYY-MM-DD"),
          ethnicity: values.ethnicity.trim(),
          religion: values.religion.trim(),
          education: values.education.trim(),
          theory_level: values.theory_level,
          youth_union: values.youth_union,
        },
      }),
    );
  }

  const required = (message: string) => [{ required: true, message }];
  return (
    <Modal
      title={`Kết nạp đảng viên vào ${org}`}
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
        initialValues={{ sex: "M", ethnicity: "Kinh", religion: "none", education: "12/12", theory_level: "elementary", youth_union: true, date: dayjs() }}
      >
        <Form.Item name="member" label="Mã đảng viên (số lý lịch)" rules={required("Nhập mã đảng viên")}>
          <Input />
        </Form.Item>
        <Form.Item name="name" label="Họ và tên" rules={required("Nhập họ và tên")}>
          <Input />
        </Form.Item>
        <Form.Item name="sex" label="Giới tính">
          <Select options={[{ value: "M", label: "Nam" }, { value: "F", label: "Nữ" }]} />
        </Form.Item>
        <Form.Item name="born_on" label="Ngày sinh" rules={required("Chọn ngày sinh")}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="ethnicity" label="Dân tộc" rules={required("Nhập dân tộc")}>
          <Input />
        </Form.Item>
        <Form.Item name="religion" label="Tôn giáo (none: không)" rules={required("Nhập tôn giáo")}>
          <Input />
        </Form.Item>
        <Form.Item name="education" label="Học vấn" rules={required("Nhập trình độ học vấn")}>
          <Input />
        </Form.Item>
        <Form.Item name="theory_level" label="Lý luận chính trị">
          <Select options={Object.entries(theoryLevelNames).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="youth_union" label="Đoàn viên" valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="date" label="Ngày kết nạp (theo quyết định)" rules={required("Chọn ngày kết nạp")}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="doc" label="Số quyết định">
          <Input placeholder="ví dụ: 125-QĐ/ĐU" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
