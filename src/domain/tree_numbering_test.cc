#include "domain/tree_numbering.h"

#include <gtest/gtest.h>

namespace tochuc {
namespace {

OrgId O(uint32_t index) { return static_cast<OrgId>(index); }

// 0 > {1 > {3, 4}, 2}; 5 is an alias of 1; 6 is absent.
TreeNumbering Sample() {
  std::vector<std::optional<OrgId>> parent = {std::nullopt, O(0), O(0), O(1), O(1), O(0), O(0)};
  std::vector<bool> is_node = {true, true, true, true, true, false, false};
  std::vector<std::optional<OrgId>> alias_of(7);
  alias_of[5] = O(1);
  return TreeNumbering(parent, is_node, alias_of);
}

TEST(TreeNumbering, NumbersInPreOrderSoSubtreesAreIntervals) {
  const TreeNumbering tree = Sample();
  EXPECT_EQ(tree.Position(O(0)), 0);
  EXPECT_EQ(tree.Position(O(1)), 1);
  EXPECT_EQ(tree.Position(O(3)), 2);
  EXPECT_EQ(tree.Position(O(4)), 3);
  EXPECT_EQ(tree.Position(O(2)), 4);
  EXPECT_EQ(tree.Subtree(O(1)).begin, 1);
  EXPECT_EQ(tree.Subtree(O(1)).end, 4);
  EXPECT_EQ(tree.Subtree(O(0)).end, 5);
  EXPECT_EQ(tree.Subtree(O(4)).end, 4);
}

TEST(TreeNumbering, AliasesCountWhereTheirNodeStandsButHaveNoSubtree) {
  const TreeNumbering tree = Sample();
  EXPECT_EQ(tree.Position(O(5)), tree.Position(O(1)));
  EXPECT_TRUE(tree.Subtree(O(5)).empty());
  EXPECT_EQ(tree.Position(O(6)), TreeNumbering::kAbsent);
  EXPECT_FALSE(tree.IsNode(O(6)));
  std::vector<OrgId> in_one;
  tree.ForEachOrgIn(tree.Subtree(O(1)), [&](OrgId org) { in_one.push_back(org); });
  EXPECT_EQ(in_one, (std::vector<OrgId>{O(1), O(3), O(4), O(5)}));  // nodes, then the alias
}

TEST(TreeNumbering, ListsChildrenInTreeOrder) {
  const TreeNumbering tree = Sample();
  EXPECT_EQ(tree.Children(O(0)), (std::vector<OrgId>{O(1), O(2)}));
  EXPECT_EQ(tree.Children(O(1)), (std::vector<OrgId>{O(3), O(4)}));
  EXPECT_TRUE(tree.Children(O(3)).empty());
  EXPECT_TRUE(tree.Children(O(5)).empty());  // an alias has no subtree
}

}  // namespace
}  // namespace tochuc
