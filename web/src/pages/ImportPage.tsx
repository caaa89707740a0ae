// Importing a ledger file (admins): the upload, a progress bar while the
// server imports it in the background, and on refusal every "line: field:
// reason"; and the whole ledger as a download.
import { Alert, Button, Card, List, Progress, Space, Typography, Upload } from "antd";
import { useState } from "react";
import { api, ApiError, csrfHeader } from "../api";
import { formatCount } from "../format";

interface Job {
  id: string;
  state: "running" | "done" | "refused" | "failed";
  step: string;
  bytes: number;
  total_bytes: number;
  events: number;
  imported: number;
  problem_count: number;
  problems: { line: number; field: string; message: string }[];
  error?: string;
}

async function upload(file: File): Promise<string> {
  const response = await fetch("/api/v1/imports", {
    method: "POST",
    headers: { "Content-Type": "application/x-ndjson", ...csrfHeader() },
    body: file,
    credentials: "same-origin",
  });
  const body = await response.json();
  if (!response.ok) throw new ApiError(response.status, body.type ?? "", body.title ?? "Lỗi", body.errors ?? []);
  return body.id;
}

export default function ImportPage() {
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function start(file: File) {
    setError(null);
    setJob(null);
    try {
      const id = await upload(file);
      for (;;) {
        const status = await api<Job>("GET", `/imports/${id}`);
        setJob(status);
        if (status.state !== "running") break;
        await new Promise((done) => setTimeout(done, 400));
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const percent = job ? Math.round((100 * job.bytes) / Math.max(1, job.total_bytes)) : 0;
  const today = new Date().toISOString().slice(0, 10).replace(/-/g, "");
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="large">
      <Card title="Nhập sổ sự kiện từ tệp">
        <Typography.Paragraph>
          Tệp JSON Lines, mỗi dòng một sự kiện. Nếu có dòng nào sai, không dòng nào được ghi.
        </Typography.Paragraph>
        <Upload
          accept=".jsonl,.ndjson,.json,.txt"
          showUploadList={false}
          beforeUpload={(file) => {
            start(file);
            return false;
          }}
        >
          <Button type="primary" data-testid="import-choose">Chọn tệp để nhập</Button>
        </Upload>
        {error && <Alert style={{ marginTop: 16 }} type="error" showIcon message={error} />}
        {job && (
          <div style={{ marginTop: 16 }} data-testid="import-result">
            <Progress percent={job.state === "running" ? percent : 100} status={job.state === "done" ? "success" : job.state === "running" ? "active" : "exception"} />
            {job.state === "done" && <Alert type="success" showIcon message={`Đã nhập ${formatCount(job.imported)} sự kiện`} />}
            {job.state === "failed" && <Alert type="error" showIcon message={`Lỗi máy chủ: ${job.error}`} />}
            {job.state === "refused" && (
              <>
                <Alert type="error" showIcon message={`Tệp bị từ chối: ${formatCount(job.problem_count)} lỗi; không dòng nào được ghi`} />
                <List
                  size="small"
                  dataSource={job.problems}
                  renderItem={(p) => (
                    <List.Item>
                      <Typography.Text code>dòng {p.line}</Typography.Text> {p.field}: {p.message}
                    </List.Item>
                  )}
                />
              </>
            )}
          </div>
        )}
      </Card>
      <Card title="Tải toàn bộ sổ sự kiện">
        <Button href={`/api/v1/ledger?filename=tochuc-${today}.jsonl`}>Tải tệp JSON Lines</Button>
      </Card>
    </Space>
  );
}
