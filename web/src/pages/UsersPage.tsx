// Users (admins): who may sign in, their role and unit; adding one,
// disabling one, setting a new password.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from "antd";
import { useState } from "react";
import { api, ApiError, type User } from "../api";
import { roleNames } from "../format";
import { placeServerErrors } from "../serverErrors";

interface NewUser {
  login: string;
  password: string;
  role: string;
  org: string;
  member?: string;
}

export default function UsersPage() {
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: ["users"], queryFn: () => api<{ users: (User & { disabled: boolean })[] }>("GET", "/users") });
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<NewUser>();
  const [passwordForm] = Form.useForm<{ password: string }>();
  const role = Form.useWatch("role", form);

  async function act(
    action: () => Promise<unknown>,
    target?: { form: typeof form | typeof passwordForm; fields: readonly string[] },
  ) {
    setError(null);
    try {
      await action();
      await queryClient.invalidateQueries({ queryKey: ["users"] });
      return true;
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(target ? placeServerErrors(target.form, e, target.fields) : e.message);
      return false;
    }
  }

  return (
    <Card title="Người dùng" extra={<Button type="primary" onClick={() => setAdding(true)}>Thêm người dùng</Button>}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Table
        rowKey="login"
        size="small"
        loading={users.isLoading}
        dataSource={users.data?.users ?? []}
        columns={[
          { title: "Tên đăng nhập", dataIndex: "login" },
          { title: "Vai trò", dataIndex: "role", render: (r: string) => roleNames[r] ?? r },
          { title: "Đơn vị", dataIndex: "org" },
          { title: "Đảng viên", dataIndex: "member" },
          { title: "", dataIndex: "disabled", render: (d: boolean) => (d ? <Tag color="red">Đã khóa</Tag> : <Tag color="green">Đang dùng</Tag>) },
          {
            title: "",
            render: (_: unknown, u: User & { disabled: boolean }) => (
              <Space>
                <Button size="small" onClick={() => setResetting(u.login)}>Đặt mật khẩu</Button>
                {!u.disabled && (
                  <Popconfirm title={`Khóa ${u.login}?`} okText="Khóa" cancelText="Thôi"
                    onConfirm={() => act(() => api("POST", `/users/${encodeURIComponent(u.login)}/disable`))}>
                    <Button size="small" danger>Khóa</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal title="Thêm người dùng" open={adding} okText="Thêm" cancelText="Hủy" onCancel={() => setAdding(false)} onOk={() => form.submit()} destroyOnClose>
        <Form form={form} layout="vertical" initialValues={{ role: "staff" }}
          onFinish={async (values) => {
            if (await act(() => api("POST", "/users", { ...values, member: values.member || undefined }), { form, fields: ["login", "password", "role", "org", "member"] })) {
              setAdding(false);
              form.resetFields();
            }
          }}>
          <Form.Item name="login" label="Tên đăng nhập" rules={[{ required: true, message: "Nhập tên đăng nhập" }]}><Input /></Form.Item>
          <Form.Item name="password" label="Mật khẩu (ít nhất 10 ký tự)" rules={[{ required: true, message: "Nhập mật khẩu" }]}><Input.Password /></Form.Item>
          <Form.Item name="role" label="Vai trò">
            <Select options={Object.entries(roleNames).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="org" label="Mã đơn vị" rules={[{ required: true, message: "Nhập mã đơn vị" }]}><Input /></Form.Item>
          {role === "member" && (
            <Form.Item name="member" label="Mã đảng viên" rules={[{ required: true, message: "Nhập mã đảng viên" }]}><Input /></Form.Item>
          )}
        </Form>
      </Modal>
      <Modal title={`Đặt mật khẩu mới cho ${resetting}`} open={resetting !== null} okText="Lưu" cancelText="Hủy"
        onCancel={() => setResetting(null)} onOk={() => passwordForm.submit()} destroyOnClose>
        <Form form={passwordForm} layout="vertical"
          onFinish={async ({ password }) => {
            if (await act(() => api("POST", `/users/${encodeURIComponent(resetting!)}/password`, { password }), { form: passwordForm, fields: ["password"] })) {
              setResetting(null);
            }
          }}>
          <Form.Item name="password" label="Mật khẩu mới" rules={[{ required: true, message: "Nhập mật khẩu" }]}><Input.Password /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
