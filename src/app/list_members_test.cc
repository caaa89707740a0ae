// Member lists on a generated province: a page holds the members the whole
// list sorted name by name holds there, and a search finds exactly the
// members whose folded name holds the folded text.
#include "app/list_members.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "domain/read_model_builder.h"
#include "generate/province_generator.h"
#include "text/vietnamese_text.h"

namespace tochuc::app {
namespace {

class MemberListTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<Event> events;
    generate::GenerateProvince({4000, 17}, [&](const Event& event) {
      events.push_back(event);
      events.back().seq = events.size();
    });
    model_ = new ReadModel(BuildReadModel(events));
  }
  static void TearDownTestSuite() { delete model_; }

  // The order compared pair by pair, the long way.
  static std::vector<MemberListing> SortedTheLongWay(std::vector<MemberListing> listings) {
    const MemberDirectory& directory = model_->directory;
    std::sort(listings.begin(), listings.end(), [&](const auto& a, const auto& b) {
      const std::string key_a = text::CollationKey(directory.name(a.member));
      const std::string key_b = text::CollationKey(directory.name(b.member));
      if (key_a != key_b) return key_a < key_b;
      return directory.id(a.member) < directory.id(b.member);
    });
    return listings;
  }

  static OrgId Province() {
    for (uint32_t idx = 0; idx < model_->orgs.size(); ++idx) {
      const OrgInfo& org = model_->orgs[idx];
      if (org.kind == OrgKind::kProvinceCommittee && org.life == OrgLife::kAlive)
        return static_cast<OrgId>(idx);
    }
    throw std::logic_error("no live province committee");
  }

  // The province and a few of its live children.
  static std::vector<OrgId> SomeUnits() {
    std::vector<OrgId> out{Province()};
    for (OrgId child : model_->today.Children(out[0])) {
      if (model_->org(child).life == OrgLife::kAlive && out.size() < 6) out.push_back(child);
    }
    return out;
  }

  static ReadModel* model_;
};

ReadModel* MemberListTest::model_ = nullptr;

TEST_F(MemberListTest, APageHoldsWhatTheWholeSortedListHoldsThere) {
  const Date day = *model_->last_event_date;
  for (OrgId unit : SomeUnits()) {
    const std::vector<MemberListing> found = FindMembers(*model_, unit, day, std::nullopt);
    ASSERT_FALSE(found.empty()) << model_->org(unit).code;
    const std::vector<MemberListing> expected = SortedTheLongWay(found);
    EXPECT_EQ(ListMembers(*model_, unit, day, std::nullopt), expected);
    const size_t size = found.size();
    for (const auto& [first, last] :
         std::vector<std::pair<size_t, size_t>>{{0, 0},
                                                {0, 1},
                                                {0, 20},
                                                {1, 2},
                                                {size / 2, size / 2 + 7},
                                                {size - 3, size + 5},
                                                {size + 2, size + 9},
                                                {0, size}}) {
      std::vector<MemberListing> page = found;
      SortWindowByName(model_->directory, page, first, last);
      const auto begin = static_cast<std::ptrdiff_t>(std::min(first, size));
      const auto end = static_cast<std::ptrdiff_t>(std::min(last, size));
      EXPECT_TRUE(std::equal(page.begin() + begin, page.begin() + end, expected.begin() + begin,
                             expected.begin() + end))
          << model_->org(unit).code << " [" << first << ", " << last << ")";
      // The others are the other members, each once.
      auto by_member = [](const auto& a, const auto& b) { return a.member < b.member; };
      std::sort(page.begin(), page.end(), by_member);
      std::vector<MemberListing> all = found;
      std::sort(all.begin(), all.end(), by_member);
      EXPECT_EQ(page, all);
    }
  }
}

TEST_F(MemberListTest, ASearchFindsEveryFoldedNameHoldingTheFoldedText) {
  const Date day = *model_->last_event_date;
  const OrgId root = Province();
  const std::vector<MemberListing> everyone = FindMembers(*model_, root, day, std::nullopt);
  for (const char* text : {"nguyen van", "THỊ", "tran thi", "Đ", "zzz"}) {
    std::vector<MemberListing> expected;
    const std::string needle = text::SearchKey(text);
    for (const MemberListing& listing : everyone) {
      if (text::SearchKey(model_->directory.name(listing.member)).find(needle) != std::string::npos)
        expected.push_back(listing);
    }
    EXPECT_EQ(FindMembers(*model_, root, day, std::string(text)), expected) << text;
    if (std::string_view(text) != "zzz") {
      EXPECT_FALSE(expected.empty()) << text;
    }
  }
  EXPECT_EQ(FindMembers(*model_, root, day, std::string("")), everyone);
}

}  // namespace
}  // namespace tochuc::app
