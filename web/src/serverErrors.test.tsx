import { act, render, screen } from "@testing-library/react";
import { Form, Input, type FormInstance } from "antd";
import { describe, expect, it } from "vitest";
import { ApiError } from "./api";
import { placeServerErrors, refusalText } from "./serverErrors";

function Admission({ onForm }: { onForm: (form: FormInstance) => void }) {
  const [form] = Form.useForm();
  onForm(form);
  return (
    <Form form={form}>
      <Form.Item name="name" label="Họ và tên"><Input /></Form.Item>
      <Form.Item name="born_on" label="Ngày sinh"><Input /></Form.Item>
    </Form>
  );
}

describe("the server's refusal on a form", () => {
  it("puts each reason on its field and the rest in the alert", async () => {
    let form: FormInstance | undefined;
    render(<Admission onForm={(f) => (form = f)} />);
    const refusal = new ApiError(422, "rule-broken", "Sự kiện không được ghi vì vi phạm quy định", [
      { field: "person.born_on", message: "tuổi khi kết nạp là 10 năm, phải từ 18 tuổi" },
      { field: "org", message: "không tìm thấy tổ chức 'X'" },
    ]);
    let alert = "";
    await act(async () => {
      alert = placeServerErrors(form!, refusal, ["name", "born_on"]);
    });
    expect(await screen.findByText("tuổi khi kết nạp là 10 năm, phải từ 18 tuổi")).toBeTruthy();
    expect(form!.getFieldError("born_on")).toEqual(["tuổi khi kết nạp là 10 năm, phải từ 18 tuổi"]);
    expect(form!.getFieldError("name")).toEqual([]);
    expect(alert).toBe("Sự kiện không được ghi vì vi phạm quy định: không tìm thấy tổ chức 'X'");
  });
  it("gives the title alone when every reason has its field", () => {
    let form: FormInstance | undefined;
    render(<Admission onForm={(f) => (form = f)} />);
    const refusal = new ApiError(422, "invalid", "Dữ liệu không hợp lệ", [{ field: "name", message: "thiếu họ tên" }]);
    let alert = "";
    act(() => {
      alert = placeServerErrors(form!, refusal, ["name", "born_on"]);
    });
    expect(alert).toBe("Dữ liệu không hợp lệ");
  });
  it("says a reason that repeats the title once", () => {
    const reason = "trả lại báo cáo cần ghi rõ lý do";
    expect(refusalText(reason, [{ field: "comment", message: reason }])).toBe(reason);
    expect(refusalText(reason, [{ field: "comment", message: reason }, { field: "action", message: "khác" }])).toBe(`${reason}: khác`);
  });
});
