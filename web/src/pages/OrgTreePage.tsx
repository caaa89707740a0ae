// The org tree, opened one level at a time, each node with its kind and
// its members. Dissolved orgs stay in today's tree under their parent; they
// are hidden unless asked for.
import { useQuery } from "@tanstack/react-query";
import { Alert, AutoComplete, Card, Input, Spin, Switch, Tag, Tree, Typography } from "antd";
import type { DataNode } from "antd/es/tree";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { api, type Org } from "../api";
import { formatCount, formatDate, kindNames, sectorName } from "../format";
import { useTypedSearch } from "../typedSearch";

function title(org: Org) {
  const alive = org.life === "alive";
  return (
    <span data-testid={`org-${org.code}`} style={alive ? undefined : { color: "#8c8c8c" }}>
      {org.name} <Tag>{kindNames[org.kind] ?? org.kind}</Tag>
      <Tag color="geekblue">{sectorName(org.sector)}</Tag>
      {alive ? (
        <Tag color="green">{formatCount(org.members)} đảng viên</Tag>
      ) : (
        <Tag>Đã giải thể {formatDate(org.ended_on)}</Tag>
      )}
    </span>
  );
}

// The tree as shown: the loaded children of each org, without the dissolved
// ones unless `ended` is on.
function nodesOf(orgs: Org[], childrenOf: Map<string, Org[]>, ended: boolean): DataNode[] {
  return orgs
    .filter((org) => ended || org.life === "alive")
    .map((org) => {
      const loaded = childrenOf.get(org.code);
      const count = ended ? org.children : org.live_children;
      return {
        key: org.code,
        title: title(org),
        isLeaf: count === 0,
        children: loaded && nodesOf(loaded, childrenOf, ended),
      };
    });
}

// Find an org by name (accents optional) or code, and open its page: in a
// province of 500 communes, quicker than opening the tree.
function OrgFinder() {
  const navigate = useNavigate();
  const [typed, setTyped, search] = useTypedSearch();
  const found = useQuery({
    queryKey: ["org-search", search],
    enabled: search.length > 0,
    queryFn: () => api<{ orgs: Org[] }>("GET", `/orgs?search=${encodeURIComponent(search)}&limit=20`),
  });
  const options = (found.data?.orgs ?? []).map((org) => ({
    value: org.code,
    label: (
      <span data-testid={`found-${org.code}`}>
        {org.name} <Typography.Text type="secondary">({org.code}{org.parent_name ? `, thuộc ${org.parent_name}` : ""})</Typography.Text>
        {org.life !== "alive" && <Tag style={{ marginLeft: 8 }}>Đã giải thể</Tag>}
      </span>
    ),
  }));
  return (
    <AutoComplete
      style={{ width: 420, marginBottom: 16 }}
      options={options}
      value={typed}
      onChange={setTyped}
      onSelect={(code: string) => navigate(`/orgs/${encodeURIComponent(code)}`)}
      notFoundContent={search && found.data ? "Không tìm thấy tổ chức nào" : undefined}
    >
      <Input.Search placeholder="Tìm tổ chức theo tên (không cần dấu) hoặc mã" allowClear loading={found.isFetching} data-testid="org-finder" />
    </AutoComplete>
  );
}

export default function OrgTreePage() {
  const navigate = useNavigate();
  const [ended, setEnded] = useState(false);
  const [childrenOf, setChildrenOf] = useState(new Map<string, Org[]>());
  const roots = useQuery({ queryKey: ["orgs"], queryFn: () => api<{ orgs: Org[] }>("GET", "/orgs") });

  async function loadChildren(node: DataNode) {
    const code = String(node.key);
    if (childrenOf.has(code)) return;
    const { orgs } = await api<{ orgs: Org[] }>("GET", `/orgs/${encodeURIComponent(code)}/children`);
    setChildrenOf((current) => new Map(current).set(code, orgs));
  }

  if (roots.isLoading) return <Spin />;
  if (roots.error) return <Alert type="error" message={(roots.error as Error).message} />;
  return (
    <Card
      title="Cây tổ chức đảng"
      extra={
        <span>
          Hiện tổ chức đã giải thể <Switch size="small" checked={ended} onChange={setEnded} data-testid="tree-show-ended" />
        </span>
      }
    >
      <OrgFinder />
      <Tree
        treeData={nodesOf(roots.data!.orgs, childrenOf, ended)}
        loadData={loadChildren}
        showLine
        // Only the rows in view are drawn: a province opens on ~500 communes.
        height={Math.max(400, window.innerHeight - 200)}
        onSelect={(keys) => keys.length && navigate(`/orgs/${encodeURIComponent(String(keys[0]))}`)}
      />
    </Card>
  );
}
