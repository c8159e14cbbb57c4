// SPDX-License-Identifier: GPL-3.0-or-later
#include "partition.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <numeric>
#include <tuple>
#include <unordered_map>

namespace warmshell::solver {

namespace {

struct UnionFind
{
    std::vector<int> parent;
    explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    int find(int x)
    {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    }
    void unite(int a, int b) { parent[size_t(find(a))] = find(b); }
};

// A kept entry in a part's local numbering (from 0).
struct LocalEntry
{
    int row, column;
    double value;
    friend bool operator==(const LocalEntry &, const LocalEntry &) = default;
};

// A relaxed entry, in entry order.
struct RelaxedEntry
{
    int column, index;
    double value;
};

// FNV-1a over 16-bit words: a part's fingerprint, to find parts that are the same LP.
constexpr std::uint64_t kFnvBasis = 1469598103934665603ull, kFnvPrime = 1099511628211ull;

void mixInto(std::uint64_t &h, std::uint64_t word)
{
    for (int shift = 0; shift < 64; shift += 16)
        h = (h ^ ((word >> shift) & 0xffff)) * kFnvPrime;
}

std::uint64_t bitsOf(double x)
{
    std::uint64_t u;
    std::memcpy(&u, &x, sizeof u);
    return u;
}

// The split works on rack groups, not columns: a group's columns are contiguous and its own
// rows (rack count, shape slots, heat split) tie them together, so a part is a set of groups
// joined by the kept rows they share (power nodes, cooling units, inlets), found by union-find
// over one pass of the entries. (Should a group's columns not all be joined by its own rows,
// the parts are merely coarser than they could be: still independent, still exact.) Parts are
// then numbered locally in the order of the entries, so halls built alike number alike.
class Partitioner
{
public:
    Partitioner(const Formulation &f, std::span<const double> c, bool relaxHallLinks)
        : m_f(f), m_c(c), m_relaxHallLinks(relaxHallLinks), m_joined(f.groups.size()),
          m_groupInKeptRow(f.groups.size(), 0)
    {
        m_out.f = &f;
        m_out.c = c;
        m_out.hallLinksRelaxed = relaxHallLinks;
    }

    std::optional<Partition> run()
    {
        relaxLinkingRows();
        if (!joinGroups())
            return std::nullopt;
        collectRelaxedTerms();
        findParts();
        if (!worthSplitting())
            return std::nullopt;
        numberPartRows();
        hashParts();
        classifyParts();
        collectClassEntries();
        buildClasses();
        return std::move(m_out);
    }

private:
    // The fleet and stage rows are relaxed, with m_relaxHallLinks also every row whose columns
    // lie in several halls (or in a group of no single hall); every other row is kept.
    void relaxLinkingRows()
    {
        m_relaxedIndex.assign(m_f.rows.size(), -1);
        const std::vector<bool> linksHalls = m_relaxHallLinks ? rowsLinkingHalls() : std::vector<bool>();
        for (size_t r = 0; r < m_f.rows.size(); ++r)
            if (m_f.rows[r].kind == RowKind::LotLink || m_f.rows[r].kind == RowKind::Stage
                || (m_relaxHallLinks && linksHalls[r])) {
                m_relaxedIndex[r] = int(m_out.relaxedRows.size());
                m_out.relaxedRows.push_back(int(r));
            }
        m_out.scale.assign(m_out.relaxedRows.size(), 0.0);
    }

    // Per row: whether its nonzero columns belong to groups of more than one hall, or to a group
    // of no single hall (RackGroup::hall < 0) while reaching another group.
    std::vector<bool> rowsLinkingHalls() const
    {
        constexpr int kNone = -2;
        std::vector<int> firstGroup(m_f.rows.size(), kNone);
        std::vector<bool> links(m_f.rows.size(), false);
        for (const auto &entry : m_f.entries) {
            const int g = m_f.columns[size_t(entry.col())].group;
            if (entry.value() == 0 || g < 0)
                continue;
            int &first = firstGroup[size_t(entry.row())];
            if (first == kNone)
                first = g;
            else if (first != g) {
                const int hall = m_f.groups[size_t(g)].hall;
                links[size_t(entry.row())]
                    = links[size_t(entry.row())] || hall < 0 || hall != m_f.groups[size_t(first)].hall;
            }
        }
        return links;
    }

    // A capacity row relaxed as a hall link (power, cooling, inlet) limits systems whose value
    // may sit on other columns (idle cost values the lot columns): its multiplier's scale is at
    // least the largest objective coefficient over the smallest coefficient in the row, what one
    // unit of the row can be worth at most, so the multiplier box holds its optimal price.
    void scaleHallLinks(const std::vector<double> &smallestCoefficient)
    {
        double largestObjective = 0;
        for (double cj : m_c)
            largestObjective = std::max(largestObjective, std::abs(cj));
        for (size_t k = 0; k < m_out.relaxedRows.size(); ++k) {
            const RowKind kind = m_f.rows[size_t(m_out.relaxedRows[k])].kind;
            if (kind != RowKind::LotLink && kind != RowKind::Stage && smallestCoefficient[k] > 0)
                m_out.scale[k] = std::max(m_out.scale[k], largestObjective / smallestCoefficient[k]);
        }
    }

    // Pass 1: groups joined by the kept rows; the relaxed entries set aside, with the scale of
    // their multipliers. False when a kept row has a column of no group.
    bool joinGroups()
    {
        std::vector<int> firstGroupOfRow(m_f.rows.size(), -1);
        std::vector<double> smallest(m_out.relaxedRows.size(), INFINITY); // per relaxed row: |coefficient|
        for (const auto &entry : m_f.entries) {
            if (entry.value() == 0)
                continue;
            const size_t r = size_t(entry.row());
            const int col = entry.col();
            if (const int k = m_relaxedIndex[r]; k >= 0) {
                m_relaxed.push_back({ col, k, entry.value() });
                double &scale = m_out.scale[size_t(k)];
                if (m_c[size_t(col)] != 0)
                    scale = std::max(scale, std::abs(m_c[size_t(col)] / entry.value()));
                smallest[size_t(k)] = std::min(smallest[size_t(k)], std::abs(entry.value()));
                continue;
            }
            const int g = m_f.columns[size_t(col)].group;
            if (g < 0)
                return false; // a kept row on a column of no group (not built by buildFormulation)
            m_groupInKeptRow[size_t(g)] = 1;
            int &first = firstGroupOfRow[r];
            if (first < 0)
                first = g;
            else if (first != g)
                m_joined.unite(first, g);
        }
        scaleHallLinks(smallest);
        for (double &s : m_out.scale)
            if (!(s > 0) || !std::isfinite(s))
                s = 1;
        return true;
    }

    // The relaxed entries column by column (in entry order within a column).
    void collectRelaxedTerms()
    {
        FlatListBuilder<RelaxedTerm, LargeVector<int>> terms(m_f.columns.size());
        for (const RelaxedEntry &t : m_relaxed)
            terms.count(size_t(t.column));
        terms.allocate();
        for (const RelaxedEntry &t : m_relaxed)
            terms.fill(size_t(t.column), { t.index, t.value });
        m_out.terms = terms.take();
        m_relaxed = {};
    }

    // Parts: their groups (ascending), each group's first local column; the free columns.
    void findParts()
    {
        const size_t groups = m_f.groups.size();
        std::vector<int> partOfRoot(groups, -1);
        m_partOfGroup.assign(groups, -1);
        m_localBase.assign(groups, 0);
        for (size_t g = 0; g < groups; ++g) {
            if (!m_groupInKeptRow[g])
                continue;
            int &part = partOfRoot[size_t(m_joined.find(int(g)))];
            if (part < 0) {
                part = int(m_partGroups.size());
                m_partGroups.emplace_back();
                m_partColumnCount.push_back(0);
            }
            m_partGroups[size_t(part)].push_back(int(g));
            m_partOfGroup[g] = part;
            m_localBase[g] = m_partColumnCount[size_t(part)];
            m_partColumnCount[size_t(part)] += m_f.groupFirstColumn[g + 1] - m_f.groupFirstColumn[g];
        }
        for (size_t j = 0; j < m_f.columns.size(); ++j) {
            const int g = m_f.columns[j].group;
            if (g < 0 || m_partOfGroup[size_t(g)] < 0)
                m_out.freeColumns.push_back(int(j));
        }
        m_parts = m_partGroups.size();
        m_out.parts = int(m_parts);
    }

    // Two parts at least, none with more than half the columns.
    bool worthSplitting() const
    {
        const int largest
            = m_partColumnCount.empty() ? 0 : *std::max_element(m_partColumnCount.begin(), m_partColumnCount.end());
        return m_parts >= 2 && 2 * size_t(largest) <= m_f.columns.size();
    }

    int localColumn(int j, int g) const { return m_localBase[size_t(g)] + j - m_f.groupFirstColumn[size_t(g)]; }

    // Calls visit(entry, part, group) for every nonzero entry of a kept row, in entry order.
    template <class Visit> void forKeptEntries(Visit visit) const
    {
        for (const auto &entry : m_f.entries)
            if (entry.value() != 0 && m_relaxedIndex[size_t(entry.row())] < 0) {
                const int g = m_f.columns[size_t(entry.col())].group;
                visit(entry, m_partOfGroup[size_t(g)], g);
            }
    }

    // Pass 2: each part's rows numbered by first appearance, and a hash of its entries.
    void numberPartRows()
    {
        m_localRow.assign(m_f.rows.size(), -1);
        m_entryCount.assign(m_parts, 0);
        m_partRows.resize(m_parts);
        m_hash.assign(m_parts, kFnvBasis);
        forKeptEntries([&](const auto &entry, int p, int g) {
            int &local = m_localRow[size_t(entry.row())];
            if (local < 0) {
                local = int(m_partRows[size_t(p)].size());
                m_partRows[size_t(p)].push_back(entry.row());
            }
            std::uint64_t &h = m_hash[size_t(p)];
            mixInto(h, std::uint64_t(std::uint32_t(local)) << 32 | std::uint32_t(localColumn(entry.col(), g)));
            mixInto(h, bitsOf(entry.value()));
            ++m_entryCount[size_t(p)];
        });
    }

    // Then into each part's hash its columns (bounds, objective, relaxed terms) and rows (limits).
    void hashParts()
    {
        for (size_t p = 0; p < m_parts; ++p) {
            std::uint64_t &h = m_hash[p];
            mixInto(h, std::uint64_t(m_partColumnCount[p]) << 32 | std::uint32_t(m_partRows[p].size()));
            forGroupColumns(m_f, m_partGroups[p], [&](int j) {
                const ColumnInfo &col = m_f.columns[size_t(j)];
                mixInto(h, bitsOf(col.lower));
                mixInto(h, bitsOf(col.upper));
                mixInto(h, bitsOf(m_c[size_t(j)]));
                for (const RelaxedTerm &t : m_out.terms[size_t(j)]) {
                    mixInto(h, std::uint64_t(std::uint32_t(t.first)));
                    mixInto(h, bitsOf(t.second));
                }
            });
            for (int r : m_partRows[p]) {
                mixInto(h, bitsOf(m_f.rows[size_t(r)].upper));
                mixInto(h, std::uint64_t(m_f.rows[size_t(r)].equality));
            }
        }
    }

    // Whether parts p and q have the same sizes, columns and rows, field by field (their
    // entries are compared in collectClassEntries()).
    bool sameColumnsAndRows(size_t p, size_t q) const
    {
        if (m_partColumnCount[p] != m_partColumnCount[q] || m_partRows[p].size() != m_partRows[q].size()
            || m_entryCount[p] != m_entryCount[q])
            return false;
        std::vector<int> qc;
        qc.reserve(size_t(m_partColumnCount[q]));
        forGroupColumns(m_f, m_partGroups[q], [&](int j) { qc.push_back(j); });
        size_t i = 0;
        bool same = true;
        forGroupColumns(m_f, m_partGroups[p], [&](int j) {
            const int k = qc[i++];
            const ColumnInfo &x = m_f.columns[size_t(j)], &y = m_f.columns[size_t(k)];
            const auto xt = m_out.terms[size_t(j)], yt = m_out.terms[size_t(k)];
            same = same && x.lower == y.lower && x.upper == y.upper && m_c[size_t(j)] == m_c[size_t(k)]
                && std::equal(xt.begin(), xt.end(), yt.begin(), yt.end());
        });
        for (size_t r = 0; same && r < m_partRows[p].size(); ++r) {
            const RowInfo &x = m_f.rows[size_t(m_partRows[p][r])], &y = m_f.rows[size_t(m_partRows[q][r])];
            same = x.upper == y.upper && x.equality == y.equality;
        }
        return same;
    }

    int newClass(size_t p)
    {
        m_classOfPart[p] = int(m_representative.size());
        m_representative.push_back(p);
        return m_classOfPart[p];
    }

    // Classes: parts with equal hashes and equal columns and rows are taken as one LP.
    void classifyParts()
    {
        m_classOfPart.assign(m_parts, -1);
        std::unordered_map<std::uint64_t, std::vector<int>> classesByHash;
        for (size_t p = 0; p < m_parts; ++p) {
            std::vector<int> &candidates = classesByHash[m_hash[p]];
            const auto same = std::find_if(candidates.begin(), candidates.end(),
                [&](int k) { return sameColumnsAndRows(p, m_representative[size_t(k)]); });
            if (same != candidates.end()) {
                m_classOfPart[p] = *same;
                m_shared = true;
            } else {
                candidates.push_back(newClass(p));
            }
        }
    }

    LocalEntry local(const Eigen::Triplet<double> &entry, int g) const
    {
        return { m_localRow[size_t(entry.row())], localColumn(entry.col(), g), entry.value() };
    }

    // The entries of the parts in `wanted`, local, into their classes.
    void collectEntries(const std::vector<char> &wanted)
    {
        forKeptEntries([&](const auto &entry, int p, int g) {
            if (wanted[size_t(p)])
                m_classEntries[size_t(m_classOfPart[size_t(p)])].push_back(local(entry, g));
        });
    }

    // Pass 3: the representatives' entries, local. Pass 4: every other member's entries
    // against its representative's, in the same order; a part that differs after all becomes
    // a class of its own.
    void collectClassEntries()
    {
        m_classEntries.resize(m_representative.size());
        {
            std::vector<char> isRepresentative(m_parts, 0);
            for (size_t p : m_representative)
                isRepresentative[p] = 1;
            collectEntries(isRepresentative);
        }
        if (!m_shared)
            return;
        std::vector<int> cursor(m_parts, 0);
        std::vector<char> differs(m_parts, 0);
        forKeptEntries([&](const auto &entry, int p, int g) {
            const int k = m_classOfPart[size_t(p)];
            if (m_representative[size_t(k)] == size_t(p) || differs[size_t(p)])
                return;
            if (!(m_classEntries[size_t(k)][size_t(cursor[size_t(p)]++)] == local(entry, g)))
                differs[size_t(p)] = 1;
        });
        if (std::find(differs.begin(), differs.end(), 1) == differs.end())
            return;
        for (size_t p = 0; p < m_parts; ++p)
            if (differs[p]) {
                newClass(p);
                m_classEntries.emplace_back();
            }
        collectEntries(differs);
    }

    // Each class: its members, its representative's columns, its LP's matrix with the
    // coefficients of one (row, column) summed.
    void buildClasses()
    {
        std::vector<PartClass> &classes = m_out.classes;
        classes.resize(m_representative.size());
        for (size_t p = 0; p < m_parts; ++p) {
            PartClass &k = classes[size_t(m_classOfPart[p])];
            k.memberRows.push_back(std::move(m_partRows[p]));
            k.memberGroups.push_back(std::move(m_partGroups[p]));
        }
        for (size_t ki = 0; ki < classes.size(); ++ki) {
            PartClass &k = classes[ki];
            forGroupColumns(m_f, k.memberGroups.front(), [&](int j) { k.columns.push_back(j); });
            k.matrix = summedMatrix(m_classEntries[ki]);
            m_classEntries[ki] = {};
        }
    }

    static GlpkMatrix summedMatrix(std::vector<LocalEntry> &entries)
    {
        std::sort(entries.begin(), entries.end(), [](const LocalEntry &x, const LocalEntry &y) {
            return std::tie(x.row, x.column) < std::tie(y.row, y.column);
        });
        GlpkMatrix matrix;
        for (size_t i = 0; i < entries.size();) {
            const LocalEntry &first = entries[i];
            double sum = 0;
            for (; i < entries.size() && entries[i].row == first.row && entries[i].column == first.column; ++i)
                sum += entries[i].value;
            if (sum != 0)
                matrix.add(first.row, first.column, sum);
        }
        return matrix;
    }

    const Formulation &m_f;
    std::span<const double> m_c;
    bool m_relaxHallLinks = false; // rows linking halls relaxed too
    Partition m_out;

    std::vector<int> m_relaxedIndex; // per row: index among the relaxed rows, or -1
    UnionFind m_joined; // groups joined by kept rows
    std::vector<char> m_groupInKeptRow; // per group
    std::vector<RelaxedEntry> m_relaxed; // until collected into m_out.terms

    size_t m_parts = 0;
    std::vector<int> m_partOfGroup; // per group: its part, or -1
    std::vector<int> m_localBase; // per group: its first local column in its part
    std::vector<std::vector<int>> m_partGroups; // per part: its groups, ascending
    std::vector<int> m_partColumnCount; // per part

    std::vector<int> m_localRow; // per row: its local index in its part, or -1
    std::vector<int> m_entryCount; // per part: its kept entries
    std::vector<std::vector<int>> m_partRows; // per part: global rows, in local order
    std::vector<std::uint64_t> m_hash; // per part

    std::vector<int> m_classOfPart;
    std::vector<size_t> m_representative; // per class: its first part
    bool m_shared = false; // some class has two members or more
    std::vector<std::vector<LocalEntry>> m_classEntries; // per class: its representative's entries
};

} // namespace

namespace {

// Halls that hold some rack group of their own (RackGroup::hall ≥ 0).
size_t hallsWithGroups(const Formulation &f)
{
    std::vector<int> halls;
    for (const RackGroup &g : f.groups)
        if (g.hall >= 0)
            halls.push_back(g.hall);
    std::sort(halls.begin(), halls.end());
    return size_t(std::unique(halls.begin(), halls.end()) - halls.begin());
}

} // namespace

std::optional<Partition> partitionFormulation(const Formulation &f, std::span<const double> c, bool relaxHallLinks)
{
    std::optional<Partition> byFleet = Partitioner(f, c, false).run();
    if (!relaxHallLinks)
        return byFleet;
    // The fleet rows alone may split the site into parts of several halls each: halls joined by
    // a shared feed that can bind (a utility carrying facility load and house load, a cooling
    // unit fed from another hall's switchboard). Fewer parts than half the halls: the rows
    // linking halls are priced too, and the split with more parts is taken.
    const size_t halls = hallsWithGroups(f);
    if (byFleet && 2 * size_t(byFleet->parts) >= halls)
        return byFleet;
    std::optional<Partition> byHall = Partitioner(f, c, true).run();
    if (byFleet && (!byHall || byHall->parts <= byFleet->parts))
        return byFleet;
    return byHall;
}

} // namespace warmshell::solver
