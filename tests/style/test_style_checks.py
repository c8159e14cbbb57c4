# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests of the style checks themselves, on small samples: the function scanner (lambdas,
class-inline methods, multi-line signatures, initializer lists, braces in literals), the
allow-list rules, the file listing outside git and the format check."""
import contextlib
import io
import os
import shutil
import sys
import tempfile
import textwrap
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_format  # noqa: E402
import function_size  # noqa: E402
import sources  # noqa: E402


def functions(source):
    """[(name, first line of the signature, body lines)] of a C++ sample."""
    return [(f.name, f.line, f.body_lines) for f in function_size.scan(textwrap.dedent(source))]


class ScannerTest(unittest.TestCase):
    def test_allman_and_same_line_braces(self):
        self.assertEqual(
            functions('''\
                int f(int x)
                {
                    x += 1;
                    return x;
                }
                int g() {
                    return 2;
                }
                int h() { return 3; }
                '''), [('f', 1, 2), ('g', 6, 1), ('h', 9, 0)])

    def test_multi_line_signature(self):
        self.assertEqual(
            functions('''\
                std::optional<double> best(
                    const Project &p, int n,
                    const std::vector<int> &order = {})
                {
                    return {};
                }
                '''), [('best', 1, 1)])

    def test_constructor_with_initializer_list(self):
        self.assertEqual(
            functions('''\
                Foo::Foo(int a, int b)
                    : Base(a)
                    , m_a{ a }
                    , m_b(b)
                    , m_c{}
                {
                    x();
                    y();
                }
                '''), [('Foo::Foo', 1, 2)])

    def test_class_inline_methods_are_named_with_their_class(self):
        self.assertEqual(
            functions('''\
                Q_DECLARE_METATYPE(warmshell::Objective)
                class Bar : public QObject
                {
                    Q_OBJECT
                public:
                    int size() const { return 1; }
                    struct Inner
                    {
                        int m_x{ 0 };
                        void reset() noexcept
                        {
                            m_x = 0;
                        }
                    };
                private slots:
                    void run()
                    {
                        a();
                    }
                };
                '''), [('Bar::size', 6, 0), ('Bar::Inner::reset', 10, 1), ('Bar::run', 16, 1)])

    def test_lambdas_count_in_their_function(self):
        self.assertEqual(
            functions('''\
                void f(std::vector<int> &v)
                {
                    auto twice = [&](int x) {
                        return 2 * x;
                    };
                    std::sort(v.begin(), v.end(), [](int a, int b) {
                        return a < b;
                    });
                    const Row r{ 1, 2 };
                    struct Local
                    {
                        int g() { return 1; }
                    };
                    h();
                }
                '''), [('Local::g', 12, 0), ('f', 1, 12)])

    def test_lambda_outside_functions_is_a_function(self):
        self.assertEqual(
            functions('''\
                const auto table = [] {
                    std::vector<int> t;
                    return t;
                }();
                struct Options
                {
                    Settings settings = [] {
                        return Settings{};
                    }();
                };
                '''), [('table (lambda)', 1, 2), ('settings (lambda)', 7, 1)])

    def test_braces_in_literals_comments_and_directives(self):
        self.assertEqual(
            functions('''\
                #define OPEN {
                void f()
                {
                    const char *a = "}\\"}";
                    char b = '{';
                    char c = '\\'';
                    // }
                    /* { */
                    auto r = R"x(}})x";
                    int n = 1'000'000;
                }
                void g()
                {
                }
                '''), [('f', 2, 7), ('g', 12, 0)])

    def test_initializers_types_and_blocks_are_not_functions(self):
        self.assertEqual(
            functions('''\
                namespace a::b {
                namespace {
                enum class Kind { A, B };
                const int table[] = { 1, 2 };
                const std::map<int, int> pairs{ { 1, 2 }, { 3, 4 } };
                struct S
                {
                    int x{ 0 };
                    std::vector<int> v = { 1 };
                };
                } // namespace
                const Rack *nearest(const Site &s, const RowId &row = {})
                {
                    if (row.isNull()) {
                        return nullptr;
                    } else {
                        for (int i = 0; i < 3; ++i) {
                        }
                    }
                    return {};
                }
                } // namespace a::b
                extern "C" {
                int c_function(void);
                }
                extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
                {
                    return 0;
                }
                '''), [('nearest', 12, 7), ('LLVMFuzzerTestOneInput', 26, 1)])

    def test_operators_destructors_templates(self):
        self.assertEqual(
            functions('''\
                bool operator==(const A &a, const A &b)
                {
                    return a.x == b.x;
                }
                Foo::~Foo()
                {
                }
                template <typename T>
                auto twice(T t) noexcept(true) -> T
                {
                    return t + t;
                }
                struct Less
                {
                    bool operator()(int a, int b) const { return a < b; }
                    int &operator[](int i) { return m[i]; }
                };
                '''), [('operator==', 1, 1), ('Foo::~Foo', 5, 0), ('twice', 8, 1), ('Less::operator()', 15, 0),
                       ('Less::operator[]', 16, 0)])

    def test_stray_braces_do_not_stop_the_scan(self):
        self.assertEqual(functions('}\nvoid f()\n{\n    a();\n}\nvoid g()\n{\n'), [('f', 2, 1)])


class Tree:
    """A throwaway source tree (not a git checkout) with files and an allow-list."""

    def __init__(self, files, allowlist=''):
        self.root = tempfile.mkdtemp()
        for path, text in files.items():
            self.write(path, text)
        self.allowlist = os.path.join(self.root, 'allowlist.txt')
        self.write('allowlist.txt', allowlist)

    def write(self, path, text):
        full = os.path.join(self.root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'w', encoding='utf-8') as f:
            f.write(textwrap.dedent(text))

    def check(self, limit=3):
        return function_size.check(self.root, self.allowlist, limit)

    def remove(self):
        shutil.rmtree(self.root)


LONG = 'void longOne()\n{\n    a();\n    b();\n    c();\n    d();\n}\n'  # 4 lines: over a limit of 3
SHORT = 'void longOne()\n{\n    a();\n}\n'


class AllowListTest(unittest.TestCase):
    def tree(self, files, allowlist=''):
        tree = Tree(files, allowlist)
        self.addCleanup(tree.remove)
        return tree

    def test_unlisted_long_function_fails_in_production_code_only(self):
        tree = self.tree({'model/a.cpp': LONG, 'tests/t.cpp': LONG, 'bench/b.cpp': LONG, 'ui/short.cpp': SHORT})
        problems = tree.check()
        self.assertEqual(len(problems), 1, problems)
        self.assertIn('model/a.cpp:1: longOne has 4 lines (limit 3)', problems[0])

    def test_listed_long_function_passes(self):
        tree = self.tree({'model/a.cpp': LONG}, '# comment\nmodel/a.cpp | longOne | being split\n')
        self.assertEqual(tree.check(), [])

    def test_listed_function_within_the_limit_or_gone_fails(self):
        tree = self.tree({'model/a.cpp': SHORT, 'app/b.cpp': LONG},
                         'model/a.cpp | longOne | shrunk since\napp/b.cpp | renamedAway | gone\n')
        problems = tree.check()
        self.assertEqual(len(problems), 3, problems)
        self.assertIn('app/b.cpp:1: longOne has 4 lines', problems[0])
        self.assertIn('allowlist.txt:1: model/a.cpp longOne is no longer over 3 lines', problems[1])
        self.assertIn('allowlist.txt:2: app/b.cpp renamedAway is no longer over 3 lines', problems[2])

    def test_malformed_and_duplicate_entries_fail(self):
        tree = self.tree({'model/a.cpp': LONG},
                         'model/a.cpp | longOne | reason\nmodel/a.cpp | longOne | again\nmodel/a.cpp | noReason\n')
        problems = tree.check()
        self.assertEqual(len(problems), 2, problems)
        self.assertIn('listed twice', problems[0])
        self.assertIn('expected "path | function | reason"', problems[1])

    def test_main_exit_status(self):
        tree = self.tree({'model/a.cpp': LONG})
        with contextlib.redirect_stdout(io.StringIO()) as out:
            self.assertEqual(function_size.main([tree.root, '--allowlist', tree.allowlist, '--limit', '3']), 1)
            self.assertEqual(function_size.main([tree.root, '--allowlist', tree.allowlist, '--limit', '4']), 0)
        self.assertIn('longOne', out.getvalue())


class SourcesTest(unittest.TestCase):
    def test_walk_outside_git_leaves_out_build_trees_and_hidden_folders(self):
        tree = Tree({
            'model/a.cpp': '', 'model/a.h': '', 'model/notes.txt': '', 'build-asan/gen.cpp': '', '.cache/x.h': '',
            'out/moc.cpp': '', 'out/CMakeCache.txt': ''
        })
        self.addCleanup(tree.remove)
        self.assertEqual(sources.cpp_files(tree.root), ['model/a.cpp', 'model/a.h'])


@unittest.skipUnless(check_format.clang_format()[1] == check_format.MAJOR, 'needs clang-format 14')
class FormatTest(unittest.TestCase):
    def test_fails_on_an_unformatted_file_and_names_it(self):
        tree = Tree({'model/good.cpp': 'int f()\n{\n    return 1;\n}\n'})
        self.addCleanup(tree.remove)
        shutil.copy(os.path.join(sources.default_root(), '.clang-format'), tree.root)
        with contextlib.redirect_stdout(io.StringIO()):
            self.assertEqual(check_format.main([tree.root]), 0)
        tree.write('ui/bad.cpp', 'int  g( ) {return 2;}\n')
        with contextlib.redirect_stdout(io.StringIO()) as out:
            self.assertEqual(check_format.main([tree.root]), 1)
        self.assertIn('ui/bad.cpp', out.getvalue())
        self.assertNotIn('model/good.cpp', out.getvalue())


if __name__ == '__main__':
    unittest.main()
