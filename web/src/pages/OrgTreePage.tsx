// The org tree, opened one level at a time, each node with its kind and
// its members.
import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Spin, Tag, Tree } from "antd";
import type { DataNode } from "antd/es/tree";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router-dom";
import { api, type Org } from "../api";
import { formatCount, kindNames, sectorName } from "../format";

function toNode(org: Org): DataNode {
  return {
    key: org.code,
    isLeaf: org.children === 0,
    title: (
      <span data-testid={`org-${org.code}`}>
        {org.name} <Tag>{kindNames[org.kind] ?? org.kind}</Tag>
        <Tag color="geekblue">{sectorName(org.sector)}</Tag>
        <Tag color="green">{formatCount(org.members)} đảng viên</Tag>
      </span>
    ),
  };
}

function attach(nodes: DataNode[], key: React.Key, children: DataNode[]): DataNode[] {
  return nodes.map((node) =>
    node.key === key
      ? { ...node, children }
      : node.children
        ? { ...node, children: attach(node.children, key, children) }
        : node,
  );
}

export default function OrgTreePage() {
  const navigate = useNavigate();
  const roots = useQuery({ queryKey: ["orgs"], queryFn: () => api<{ orgs: Org[] }>("GET", "/orgs") });
  const [nodes, setNodes] = useState<DataNode[]>([]);
  useEffect(() => {
    if (roots.data) setNodes(roots.data.orgs.map(toNode));
  }, [roots.data]);

  async function loadChildren(node: DataNode) {
    if (node.children) return;
    const { orgs } = await api<{ orgs: Org[] }>("GET", `/orgs/${encodeURIComponent(String(node.key))}/children`);
    setNodes((current) => attach(current, node.key, orgs.map(toNode)));
  }

  if (roots.isLoading) return <Spin />;
  if (roots.error) return <Alert type="error" message={(roots.error as Error).message} />;
  return (
    <Card title="Cây tổ chức đảng">
      <Tree
        treeData={nodes}
        loadData={loadChildren}
        showLine
        onSelect={(keys) => keys.length && navigate(`/orgs/${encodeURIComponent(String(keys[0]))}`)}
      />
    </Card>
  );
}
