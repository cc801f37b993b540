#include "edit/canonical_yaml.hpp"
#include "edit/comment_owners.hpp"
#include "edit/same_data.hpp"
#include "edit/yaml_comments.hpp"

#include "yaml_tree_of.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace accords::edit {
namespace {

using test::tree_of;

// comment_places of `text`.
std::vector<std::string> places(const std::string& text, std::vector<std::size_t> order = {}) {
  const auto root = tree_of(text);
  const auto comments = find_comments(text, root);
  EXPECT_TRUE(comments) << text;
  const auto found = comments.value_or(std::vector<Comment>{});
  return comment_places(root, found, comment_owners(root, found), order);
}

TEST(CommentOwners, ACommentAfterABareDashBelongsToTheItemItBegins) {
  const std::string text = "events:\n"
                           "  - id: a\n"
                           "    title: A\n"
                           "  - # about b\n"
                           "    id: b\n";
  EXPECT_EQ(places(text), (std::vector<std::string>{"/events/1/id\t# about b"}));
  // Sorted the other way round, it still names b.
  EXPECT_EQ(places(text, {1, 0}), (std::vector<std::string>{"/events/0/id\t# about b"}));
}

TEST(CommentOwners, AtTheEndOfALineTheInnermostEntryBegunOnIt) {
  const std::string text = "a:\n"
                           "  b: 1  # on b\n"
                           "  c:\n"
                           "    - x  # on x\n"
                           "    - y\n"
                           "d: [p, q]  # on d\n"
                           "e: [p,  # on p\n"
                           "  q]\n";
  EXPECT_EQ(places(text), (std::vector<std::string>{"/a/b\t# on b", "/a/c/0\t# on x", "/d\t# on d", "/e/0\t# on p"}));
}

TEST(CommentOwners, OnLinesOfTheirOwnTheNextEntryOrTheTopOrTheEnd) {
  const std::string text = "# top\n"
                           "\n"
                           "# about a\n"
                           "a: 1\n"
                           "list:\n"
                           "  # before x\n"
                           "  - x\n"
                           "  - y\n"
                           "# end\n";
  EXPECT_EQ(places(text), (std::vector<std::string>{"$\t# end", "/a\t# about a", "/list/0\t# before x", "^\t# top"}));
}

TEST(CommentOwners, CanonicalLayoutKeepsEveryOwner) {
  const std::string text = "treaty: {id: t, name: T}\n"
                           "events:\n"
                           "  - title: B\n"
                           "    id: b\n"
                           "    parties:\n"
                           "      - IL  # on IL\n"
                           "      - AE\n"
                           "  - # about a\n"
                           "    date: 2019\n"
                           "    id: a\n";
  const auto root = tree_of(text);
  const auto comments = find_comments(text, root);
  ASSERT_TRUE(comments);
  const std::vector<std::size_t> order{1, 0};
  const auto owners = comment_owners(root, *comments);
  const auto written = canonical_yaml(root, *comments, owners, order);
  const auto new_root = tree_of(written);
  const auto new_comments = find_comments(written, new_root);
  ASSERT_TRUE(new_comments);
  EXPECT_EQ(comment_places(new_root, *new_comments, comment_owners(new_root, *new_comments)),
            comment_places(root, *comments, owners, order))
      << written;
  EXPECT_NE(written.find("  - id: a  # about a\n"), std::string::npos) << written;
  EXPECT_NE(written.find("      - IL  # on IL\n"), std::string::npos) << written;
}

TEST(SameData, TypesCountAndLayoutDoesNot) {
  const auto same = [](const std::string& a, const std::string& b) {
    return data_print(tree_of(a)) == data_print(tree_of(b));
  };
  EXPECT_TRUE(same("a: '01234'\nb: [x, y]\n", "b:\n  - x\n  - y\na: \"01234\"\n"));
  EXPECT_TRUE(same("a: 'text'\n", "a: text\n"));
  EXPECT_TRUE(same("a: !!binary aGVsbG8=\n", "a: !!binary \"aGVsbG8=\"\n"));
  EXPECT_FALSE(same("a: '01234'\n", "a: 01234\n"));
  EXPECT_FALSE(same("a: 'yes'\n", "a: yes\n"));
  EXPECT_FALSE(same("a: !!binary aGVsbG8=\n", "a: aGVsbG8=\n"));
  EXPECT_FALSE(same("a: [x, y]\n", "a: [y, x]\n"));
  EXPECT_FALSE(same("a: ~\n", "a: ''\n"));
  // The root's events may come in another order when it is given.
  EXPECT_EQ(data_print(tree_of("events: [a, b]\n"), std::vector<std::size_t>{1, 0}),
            data_print(tree_of("events: [b, a]\n")));
  EXPECT_NE(data_print(tree_of("events: [a, b]\n")), data_print(tree_of("events: [b, a]\n")));
}

} // namespace
} // namespace accords::edit
