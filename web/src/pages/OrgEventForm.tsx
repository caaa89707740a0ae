// Recording a change of the tree at one org: a new org under it, a new name,
// a new parent, a merger into another org, or its dissolution. The server's
// reasons go on the fields they name; nothing is recorded unless accepted.
import { Alert, DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useRef } from "react";
import type { Org } from "../api";
import { useRecordEvent } from "../recordEvent";
import { kindNames, sectorNames } from "../format";
import { useServerSubmit } from "../serverErrors";

export const orgEventTypes: Record<string, string> = {
  "org.established": "Thành lập tổ chức trực thuộc",
  "org.renamed": "Đổi tên",
  "org.moved": "Chuyển sang trực thuộc tổ chức khác",
  "org.merged": "Hợp nhất, sáp nhập vào tổ chức khác",
  "org.dissolved": "Giải thể",
};

// The form's fields for each type, besides type, date and doc; the server's
// errors on other fields (the org itself) show in the alert.
const typeFields: Record<string, string[]> = {
  "org.established": ["org", "name", "kind", "sector"],
  "org.renamed": ["name"],
  "org.moved": ["parent"],
  "org.merged": ["orgs", "into"],
  "org.dissolved": [],
};

// The usual kind of a new org under one of `kind`.
const childKind: Record<string, string> = {
  province_committee: "upper_committee",
  upper_committee: "grassroots_cell",
  grassroots_committee: "subordinate_cell",
  partial_committee: "subordinate_cell",
  grassroots_cell: "party_group",
  subordinate_cell: "party_group",
};

export interface Values {
  type: string;
  date: Dayjs;
  doc?: string;
  org?: string;
  name?: string;
  kind?: string;
  sector?: string;
  parent?: string;
  orgs?: string[];
  into?: string;
}

// The ledger line for the values, and the org to show once it is recorded.
export function lineOf(org: Org, v: Values): { line: Record<string, unknown>; landing: string } {
  const line: Record<string, unknown> = { type: v.type, date: v.date.format("YYYY-MM-DD") };
  if (v.doc?.trim()) line.doc = v.doc.trim();
  switch (v.type) {
    case "org.established": {
      const code = v.org?.trim() ?? "";
      Object.assign(line, { org: code, name: v.name?.trim(), kind: v.kind, sector: v.sector, parent: org.code });
      return { line, landing: code };
    }
    case "org.renamed":
      Object.assign(line, { org: org.code, name: v.name?.trim() });
      break;
    case "org.moved":
      Object.assign(line, { org: org.code, parent: v.parent?.trim() });
      break;
    case "org.merged": {
      const into = v.into?.trim() ?? "";
      Object.assign(line, { orgs: (v.orgs ?? []).map((code) => code.trim()).filter(Boolean), into });
      return { line, landing: into };
    }
    default:
      line.org = org.code;
  }
  return { line, landing: org.code };
}

export default function OrgEventForm({ org, open, onClose, onDone }: {
  org: Org;
  open: boolean;
  onClose: () => void;
  onDone: (landing: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const type = Form.useWatch("type", form) ?? "org.established";
  const landing = useRef(org.code);
  const fields = ["type", "date", "doc", ...typeFields[type]];
  const { error, busy, send } = useServerSubmit(form, fields, () => onDone(landing.current));
  const record = useRecordEvent();

  function submit(values: Values) {
    const { line, landing: next } = lineOf(org, values);
    return send(async () => {
      await record(line);
      landing.current = next;
    });
  }

  const required = (message: string) => [{ required: true, message }];
  return (
    <Modal title={`Ghi sự kiện của tổ chức: ${org.name}`} open={open} onCancel={onClose} onOk={() => form.submit()}
      okText="Ghi" cancelText="Hủy" confirmLoading={busy} destroyOnClose width={600}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="org-event-error" />}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}
        initialValues={{ type: "org.established", date: dayjs(), kind: childKind[org.kind] ?? "subordinate_cell", sector: org.sector, orgs: [org.code] }}>
        <Form.Item name="type" label="Sự kiện">
          <Select options={Object.entries(orgEventTypes).map(([value, label]) => ({ value, label }))} data-testid="org-event-type" />
        </Form.Item>
        <Form.Item name="date" label="Ngày (theo quyết định)" rules={required("Chọn ngày")}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="doc" label="Số quyết định">
          <Input placeholder="ví dụ: 46-QĐ/TU" />
        </Form.Item>
        {type === "org.established" && (
          <>
            <Form.Item name="org" label="Mã tổ chức mới" rules={required("Nhập mã tổ chức mới")}>
              <Input placeholder={`ví dụ: ${org.code}-CB1`} />
            </Form.Item>
            <Form.Item name="name" label="Tên" rules={required("Nhập tên tổ chức")}>
              <Input placeholder="ví dụ: Chi bộ Thôn Đông" />
            </Form.Item>
            <Form.Item name="kind" label="Loại">
              <Select options={Object.entries(kindNames).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
            <Form.Item name="sector" label="Lĩnh vực">
              <Select options={Object.entries(sectorNames).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </>
        )}
        {type === "org.renamed" && (
          <Form.Item name="name" label="Tên mới" rules={required("Nhập tên mới")}>
            <Input />
          </Form.Item>
        )}
        {type === "org.moved" && (
          <Form.Item name="parent" label="Trực thuộc (mã tổ chức cấp trên mới)" rules={required("Nhập mã tổ chức cấp trên")}>
            <Input />
          </Form.Item>
        )}
        {type === "org.merged" && (
          <>
            <Form.Item name="orgs" label="Các tổ chức hợp nhất (mã)" rules={required("Nhập ít nhất một mã tổ chức")}
              extra="Đảng viên và tổ chức trực thuộc của các tổ chức này chuyển về tổ chức nhận; các tổ chức này chấm dứt hoạt động.">
              <Select mode="tags" tokenSeparators={[",", " "]} open={false} />
            </Form.Item>
            <Form.Item name="into" label="Hợp nhất vào (mã tổ chức nhận)" rules={required("Nhập mã tổ chức nhận")}>
              <Input />
            </Form.Item>
          </>
        )}
        {type === "org.dissolved" && (
          <Alert type="warning" showIcon message="Chỉ giải thể được khi tổ chức không còn đảng viên và không còn tổ chức trực thuộc đang hoạt động." />
        )}
      </Form>
    </Modal>
  );
}
