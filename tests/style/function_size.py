# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails on functions of more than 80 lines in production code (app/, model/, python/, ui/).

A function's size is the number of lines strictly between the braces of its body (so the
signature and the two brace lines do not count): what `python3 fnsize.py 80` reported when
the limit was set. Lambdas and local classes count in the function that holds them; a lambda
at namespace or class scope counts as a function of its own, named after its variable.

Functions allowed to be longer are listed, with a reason, in function-size-allowlist.txt
(`path | name | reason`, one a line). The list only shrinks: an entry whose functions are
all within the limit, or gone, fails the check as well, so that it gets removed.

Usage: function_size.py [ROOT] [--allowlist FILE] [--limit N] [--list]
  --list  print every production function over the limit (allowed or not) and exit 0.
Exit status: 0 when the tree keeps the rule, 1 otherwise (each problem on stdout), 2 on a
usage error.
"""
import argparse
import bisect
import os
import re
import sys
from dataclasses import dataclass

import sources

LIMIT = 80
PRODUCTION = ('app/', 'model/', 'python/', 'ui/')
ALLOWLIST = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'function-size-allowlist.txt')


@dataclass
class Function:
    name: str  # qualified as written, plus the enclosing classes: "Checker::run", "TestX::slot"
    line: int  # 1-based line where the signature starts
    body_lines: int  # lines strictly between the opening and the closing brace


# Lexing ---------------------------------------------------------------------------------

RAW_PREFIXES = ('R', 'LR', 'uR', 'UR', 'u8R')


def blank_comments_and_literals(text):
    """text with comments, the insides of string and character literals, and preprocessor
    lines replaced by spaces; newlines are kept, so line numbers stay valid."""
    out = []
    i, n = 0, len(text)
    at_line_start = True  # only white space so far on this line

    def blank(piece):
        out.append(re.sub(r'[^\n]', ' ', piece))

    def skip_quoted(start, quote):  # index after the literal (its closing quote, if any)
        j = start + 1
        while j < n and text[j] != quote and text[j] != '\n':
            j += 2 if text[j] == '\\' else 1
        return j + 1 if j < n and text[j] == quote else min(j, n)

    def literal(start, end, quote):  # keeps the quotes, blanks what is between them
        closed = end - 1 > start and text[end - 1] == quote
        out.append(quote)
        blank(text[start + 1:end - 1 if closed else end])
        out.append(quote if closed else '')

    while i < n:
        c = text[i]
        if at_line_start and c == '#':  # a directive, with its continuation lines
            j = i
            while j < n and text[j] != '\n':
                j += 2 if text.startswith('\\\n', j) else 1
            blank(text[i:j])
            i = j
            continue
        if text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            blank(text[i:j])
            i = j
            continue
        if text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            blank(text[i:j])
            i = j
            continue
        if c in '"\'':
            word = re.search(r'[\w.]*$', text[max(0, i - 64):i]).group(0)
            if c == "'" and word[:1].isdigit():  # a digit separator: 1'000'000
                out.append(c)
                i += 1
                continue
            if c == '"' and word in RAW_PREFIXES:  # R"delimiter( ... )delimiter"
                paren = text.find('(', i)
                delimiter = text[i + 1:paren] if paren >= 0 else ''
                end = text.find(')' + delimiter + '"', paren) if paren >= 0 else -1
                j = n if end < 0 else end + len(delimiter) + 2
            else:
                j = skip_quoted(i, c)
            literal(i, j, c)
            i = j
            at_line_start = False
            continue
        out.append(c)
        if c == '\n':
            at_line_start = True
        elif not c.isspace():
            at_line_start = False
        i += 1
    return ''.join(out)


TOKEN = re.compile(r'[A-Za-z_]\w*|\d[\w.\']*|::|->|\S')


def tokens(text):
    """(token, line) pairs of C++ source text, comments and literals blanked first."""
    clean = blank_comments_and_literals(text)
    newlines = [m.start() for m in re.finditer('\n', clean)]
    return [(m.group(0), bisect.bisect_right(newlines, m.start()) + 1) for m in TOKEN.finditer(clean)]


# Classifying the text before an opening brace ---------------------------------------------

NOT_A_NAME = {
    'if', 'for', 'while', 'switch', 'catch', 'return', 'sizeof', 'decltype', 'alignof', 'alignas', 'noexcept',
    'static_assert', 'requires', 'foreach', 'Q_FOREACH', 'forever', 'new', 'delete', 'throw', 'co_return'
}
QUALIFIERS = {'const', 'override', 'final', 'noexcept', 'mutable', 'volatile', 'constexpr', '&', '&&', 'try'}
ACCESS = {'public', 'protected', 'private', 'signals', 'slots', 'Q_SIGNALS', 'Q_SLOTS'}
OPENERS = {'(': ')', '[': ']', '{': '}'}
CLOSERS = {v: k for k, v in OPENERS.items()}


def is_identifier(tok):
    return bool(re.match(r'[A-Za-z_]\w*$', tok))


def match_back(toks, close):
    """Index of the bracket that opens toks[close] (a ')', ']', '}' or '>'), or -1."""
    closing = toks[close]
    opening = '<' if closing == '>' else CLOSERS[closing]
    depth = 0
    for k in range(close, -1, -1):
        if toks[k] == closing:
            depth += 1
        elif toks[k] == opening:
            depth -= 1
            if depth == 0:
                return k
    return -1


def top_level(toks):
    """Indices of toks outside any (), [] or {}."""
    depth = 0
    for k, t in enumerate(toks):
        if t in CLOSERS:
            depth -= 1
        if depth == 0:
            yield k
        if t in OPENERS:
            depth += 1


def match_forward(toks, open_):
    """Index of the bracket that closes toks[open_] (a '(', '[' or '{'), or -1."""
    depth = 0
    for k in range(open_, len(toks)):
        if toks[k] in OPENERS:
            depth += 1
        elif toks[k] in CLOSERS:
            depth -= 1
            if depth == 0:
                return k
    return -1


MACRO = re.compile(r'[A-Z][A-Z0-9]*_[A-Z0-9_]*$')  # Q_DECLARE_METATYPE, QTEST_MAIN


def strip_prefixes(toks):
    """toks without what may come before a declaration: macro calls with no semicolon
    (Q_DECLARE_METATYPE(T)), extern "C", templates and attributes."""
    while toks:
        macro_end = match_forward(toks, 1) if MACRO.match(toks[0]) and toks[1:2] == ['('] else -1
        if 0 < macro_end < len(toks) - 1 and is_identifier(toks[macro_end + 1]) \
                and toks[macro_end + 1] not in QUALIFIERS:
            toks = toks[macro_end + 1:]
        elif toks[:3] == ['extern', '"', '"'] and len(toks) > 3:  # extern "C" int f()
            toks = toks[3:]
        elif toks[:2] == ['template', '<']:
            depth = 0
            for k, t in enumerate(toks[1:], 1):
                depth += (t == '<') - (t == '>')
                if depth == 0:
                    break
            toks = toks[k + 1:]
        elif toks[:2] == ['[', '[']:  # [[nodiscard]]
            toks = toks[match_forward(toks, 0) + 1:] if match_forward(toks, 0) > 0 else []
        else:
            break
    return toks


def initializer_colon(toks):
    """Index of the ':' that starts a constructor's initializer list (the first one after a
    ')' outside brackets), or -1."""
    seen_close = False
    for k in top_level(toks):
        if toks[k] == ')':
            seen_close = True
        elif toks[k] == ':' and seen_close:
            return k
    return -1


def strip_trailing(toks):
    """toks without what may follow a parameter list: qualifiers, noexcept(...), a trailing
    return type, a constructor's initializer list."""
    colon = initializer_colon(toks)
    if colon >= 0:
        toks = toks[:colon]
    arrows = [k for k in top_level(toks) if toks[k] == '->' and k > 0 and toks[k - 1] == ')']
    if arrows:
        toks = toks[:arrows[-1]]
    while toks:
        if toks[-1] in QUALIFIERS:
            toks = toks[:-1]
        elif toks[-1] == ')' and match_back(toks, len(toks) - 1) > 0 \
                and toks[match_back(toks, len(toks) - 1) - 1] == 'noexcept':
            toks = toks[:match_back(toks, len(toks) - 1) - 1]
        else:
            break
    return toks


def lambda_introducer(toks, end):
    """With toks[end] == ']': True when that bracket closes a lambda's capture list."""
    start = match_back(toks, end)
    if start < 0:
        return False
    before = toks[start - 1] if start > 0 else None
    return before is None or not (is_identifier(before) and before not in ('return', 'co_return')
                                  or before in (')', ']', '>', 'operator'))


def is_lambda(toks):
    """True when toks (the text before a '{') ends with a lambda's introducer and parameters."""
    toks = strip_trailing(toks)
    if not toks:
        return False
    end = len(toks) - 1
    if toks[end] == ')':
        end = match_back(toks, end) - 1
        if end >= 0 and toks[end] == '>':  # []<typename T>(T t)
            end = match_back(toks, end) - 1
    return end >= 0 and toks[end] == ']' and lambda_introducer(toks, end)


def function_name(toks):
    """The name of the function whose signature toks is, or None when toks is no signature."""
    toks = strip_trailing(toks)
    if len(toks) < 3 or toks[-1] != ')':
        return None
    params = match_back(toks, len(toks) - 1)
    if params <= 0:
        return None
    operator = [k for k in range(max(0, params - 4), params) if toks[k] == 'operator']
    if operator:  # operator(), operator[], operator==, operator bool...
        k = operator[-1]
        name = 'operator' + ''.join(toks[k + 1:params])
    else:
        k = params - 1
        if toks[k] == '>':  # an explicit specialisation: f<int>(...)
            k = match_back(toks, k) - 1
        if k < 0 or not is_identifier(toks[k]) or toks[k] in NOT_A_NAME:
            return None
        name = toks[k]
    while k >= 1 and toks[k - 1] == '~':  # a destructor
        name, k = '~' + name, k - 1
    while k >= 2 and toks[k - 1] == '::':  # Class::member, Class<T>::member
        q = k - 2
        if toks[q] == '>':
            q = match_back(toks, q) - 1
        if q < 0 or not is_identifier(toks[q]):
            break
        name, k = toks[q] + '::' + name, q
    return name


def variable_name(toks):
    """The name a lambda is assigned to ("auto colour = [] ..."), else 'lambda'."""
    for k in top_level(toks):
        if toks[k] == '=' and k > 0 and is_identifier(toks[k - 1]):
            return toks[k - 1] + ' (lambda)'
    return 'lambda'


def classify(head, context):
    """What a '{' opens, from the tokens before it since the last statement and from the
    context it appears in ('namespace', 'class', 'body' of a function, 'expression').
    Returns (kind, name): kind is 'scope', 'class', 'enum', 'function', 'lambda', 'block'
    (a statement's block) or 'init' (a braced initializer, which does not end a statement)."""
    if context == 'expression':
        return ('lambda', 'lambda') if is_lambda(head) else ('init', None)
    toks = strip_prefixes(head)
    first = toks[0] if toks else ''
    if first == 'namespace' or toks[:2] == ['inline', 'namespace'] or toks == ['extern', '"', '"']:
        return 'scope', None
    if first in ('class', 'struct', 'union') or first == 'typedef' and toks[1:2] in (['struct'], ['class']):
        top = [toks[k] for k in top_level(toks)]
        words = [t for t in (top[:top.index(':')] if ':' in top else top) if is_identifier(t) and t != 'final']
        return 'class', words[-1] if len(words) > 1 else None
    if first == 'enum':
        return 'enum', None
    if is_lambda(toks):
        return 'lambda', variable_name(toks)
    if context == 'body':
        last = toks[-1] if toks else ''
        init = last in ('=', 'return', '>', ']', ',') or is_identifier(last) \
            and last not in ('else', 'do', 'try', 'return')
        return ('init', None) if init else ('block', None)
    if initializer_colon(toks) >= 0 and toks[-1] not in (')', '}'):
        return 'init', None  # a member's braced initializer: Foo() : m_a{ 1 }
    name = function_name(toks)
    return ('function', name) if name else ('init', None)


# Scanning ---------------------------------------------------------------------------------


@dataclass
class Frame:
    kind: str
    name: str
    open_line: int
    start_line: int
    saved_head: int  # where the statement around a braced initializer or lambda started
    parens: int = 0  # '(' and '[' open inside this frame
    inside_function: bool = False


def scan(text):
    """Every function body in C++ source text: free functions, member functions defined in or
    out of their class, constructors with initializer lists, operators, lambdas outside any
    function. Tolerates unbalanced braces (a stray '}' is ignored, an unclosed body dropped)."""
    toks = tokens(text)
    words = [t for t, _ in toks]
    found = []
    stack = [Frame('scope', None, 0, 0, 0)]
    head = 0  # index of the first token of the current statement
    for k, (tok, line) in enumerate(toks):
        frame = stack[-1]
        if tok in ('(', '['):
            frame.parens += 1
        elif tok in (')', ']'):
            frame.parens = max(0, frame.parens - 1)
        elif tok == ';' and frame.parens == 0 or tok in ('Q_OBJECT', 'Q_GADGET'):
            head = k + 1
        elif tok == ':' and frame.kind == 'class' and k > 0 and words[k - 1] in ACCESS:
            head = k + 1  # "public:", "private slots:"
        elif tok == '{':
            if frame.parens > 0 or frame.kind == 'init':
                context = 'expression'
            elif frame.kind in ('scope', 'class'):
                context = 'namespace' if frame.kind == 'scope' else 'class'
            else:
                context = 'body'
            kind, name = classify(words[head:k], context)
            if kind == 'function' and context == 'class':
                classes = [f.name for f in stack if f.kind == 'class' and f.name]
                name = '::'.join(classes + [name])
            start = toks[head][1] if head < k else line
            inside = frame.inside_function or frame.kind in ('function', 'lambda')
            stack.append(Frame(kind, name, line, start, head, inside_function=inside))
            head = k + 1
        elif tok == '}' and len(stack) == 1:
            head = k + 1  # a stray brace
        elif tok == '}':
            closed = stack.pop()
            if closed.kind == 'function' or closed.kind == 'lambda' and not closed.inside_function:
                found.append(Function(closed.name, closed.start_line, max(0, line - closed.open_line - 1)))
            # A braced initializer or a lambda is part of a statement that goes on.
            head = closed.saved_head if closed.kind in ('init', 'lambda') else k + 1
    return found


# The check --------------------------------------------------------------------------------


def read_allowlist(path):
    """{(file, name): line number} and a list of problems with the file itself."""
    entries, problems = {}, []
    with open(path, encoding='utf-8') as f:
        for number, raw in enumerate(f, 1):
            text = raw.strip()
            if not text or text.startswith('#'):
                continue
            fields = [field.strip() for field in text.split('|')]
            where = f'{path}:{number}'
            if len(fields) != 3 or not all(fields):
                problems.append(f'{where}: expected "path | function | reason", got "{text}"')
            elif (fields[0], fields[1]) in entries:
                problems.append(f'{where}: {fields[0]} {fields[1]} is listed twice')
            else:
                entries[(fields[0], fields[1])] = number
    return entries, problems


def long_functions(root, limit):
    """[(file, Function)] of production code over the limit, longest first."""
    found = []
    for path in sources.cpp_files(root):
        if path.startswith(PRODUCTION):
            with open(os.path.join(root, path), encoding='utf-8', errors='replace') as f:
                found += [(path, fn) for fn in scan(f.read()) if fn.body_lines > limit]
    return sorted(found, key=lambda item: (-item[1].body_lines, item[0], item[1].line))


def check(root, allowlist, limit):
    """The problems (empty when the tree keeps the rule)."""
    entries, problems = read_allowlist(allowlist)
    listed = {}
    for path, fn in long_functions(root, limit):
        if (path, fn.name) in entries:
            listed[(path, fn.name)] = fn
        else:
            problems.append(f'{path}:{fn.line}: {fn.name} has {fn.body_lines} lines (limit {limit}): make its '
                            f'steps named functions (docs/architecture.md); the allow-list only shrinks')
    for (path, name), number in sorted(entries.items(), key=lambda e: e[1]):
        if (path, name) not in listed:
            problems.append(f'{allowlist}:{number}: {path} {name} is no longer over {limit} lines (or is gone): '
                            f'remove it from the allow-list')
    return problems


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('root', nargs='?', default=sources.default_root())
    parser.add_argument('--allowlist', default=ALLOWLIST)
    parser.add_argument('--limit', type=int, default=LIMIT)
    parser.add_argument('--list', action='store_true')
    args = parser.parse_args(argv)
    if args.list:
        for path, fn in long_functions(args.root, args.limit):
            print(f'{fn.body_lines:5} {path}:{fn.line} {fn.name}')
        return 0
    problems = check(args.root, args.allowlist, args.limit)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
