// The frame of every page once signed in: who is signed in (unit, role),
// the menu, and the pages.
import { Button, Layout, Menu, Space, Spin, Tag, Typography } from "antd";
import { lazy, Suspense } from "react";
import { Link, Navigate, Route, Routes, useLocation } from "react-router-dom";
import { roleNames } from "./format";
import LoginPage from "./pages/LoginPage";
import MemberPage from "./pages/MemberPage";
import MemberSearchPage from "./pages/MemberSearchPage";
import OrgTreePage from "./pages/OrgTreePage";
import ImportPage from "./pages/ImportPage";
import CorrectionsPage from "./pages/CorrectionsPage";
import ReviewPage from "./pages/ReviewPage";
import UsersPage from "./pages/UsersPage";
import { useSession } from "./session";

// The pages with charts load ECharts with them, on first use: the sign-in
// and the tree do not wait for it.
const OrgPage = lazy(() => import("./pages/OrgPage"));
const ReportsPage = lazy(() => import("./pages/ReportsPage"));

export default function App() {
  const { user, loading, signOut } = useSession();
  const location = useLocation();
  if (loading) return <Spin fullscreen tip="Đang tải…" />;
  if (!user) return <LoginPage />;
  const home = user.role === "member" && user.member ? `/members/${user.member}` : "/orgs";
  const menu = [
    ...(user.role === "member" ? [] : [{ key: "/orgs", label: <Link to="/orgs">Tổ chức đảng</Link> }]),
    ...(user.role === "member"
      ? [{ key: home, label: <Link to={home}>Hồ sơ của tôi</Link> }]
      : [
          { key: "/members", label: <Link to="/members">Tìm đảng viên</Link> },
          { key: "/reports", label: <Link to="/reports">Báo cáo</Link> },
          { key: "/review", label: <Link to="/review">Kỳ báo cáo</Link> },
        ]),
    ...(user.role === "admin"
      ? [
          { key: "/import", label: <Link to="/import">Nhập / tải sổ</Link> },
          { key: "/users", label: <Link to="/users">Người dùng</Link> },
        ]
      : []),
  ];
  const selected = menu.find((item) => location.pathname.startsWith(item.key))?.key ?? "";
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header style={{ display: "flex", alignItems: "center", gap: 24 }}>
        <Typography.Text strong style={{ color: "#fff", fontSize: 18, whiteSpace: "nowrap" }}>
          tochuc
        </Typography.Text>
        <Menu theme="dark" mode="horizontal" selectedKeys={[selected]} items={menu} style={{ flex: 1 }} />
        <Space>
          <Typography.Text style={{ color: "#fff" }} data-testid="signed-in-user">
            {user.login}
          </Typography.Text>
          <Tag color="gold" data-testid="signed-in-role">
            {roleNames[user.role]}
          </Tag>
          <Tag color="blue" data-testid="signed-in-unit">
            Đơn vị: {user.org}
          </Tag>
          <Button size="small" onClick={() => signOut()}>
            Đăng xuất
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <Suspense fallback={<Spin />}>
        <Routes>
          <Route path="/orgs" element={<OrgTreePage />} />
          <Route path="/orgs/:code" element={<OrgPage />} />
          <Route path="/members" element={<MemberSearchPage />} />
          <Route path="/members/:id" element={<MemberPage />} />
          <Route path="/reports" element={<ReportsPage key={location.search} />} />
          <Route path="/review" element={<ReviewPage />} />
          <Route path="/review/:period/corrections/:org" element={<CorrectionsPage />} />
          <Route path="/import" element={<ImportPage />} />
          <Route path="/users" element={<UsersPage />} />
          <Route path="*" element={<Navigate to={home} replace />} />
        </Routes>
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}
