// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cassert>
#include <cstddef>
#include <span>
#include <utility>
#include <vector>

namespace warmshell::solver {

// A list of values per item (items 0 … n−1) kept in one array: item i's values are
// values[start[i]] … values[start[i + 1] − 1], in the order they were added. `Offsets` is the
// vector type of the starts (a LargeVector for millions of items).
template <class T, class Offsets = std::vector<int>> class FlatList
{
public:
    FlatList() = default;
    size_t items() const { return m_start.empty() ? 0 : m_start.size() - 1; }
    size_t size() const { return m_values.size(); }
    std::span<const T> operator[](size_t item) const
    {
        return { m_values.data() + m_start[item], m_values.data() + m_start[item + 1] };
    }

private:
    template <class, class> friend class FlatListBuilder;
    Offsets m_start; // per item, then one past the last value
    std::vector<T> m_values;
};

// Builds a FlatList in two passes over the same sequence of (item, value): count(item) for
// each, then allocate(), then fill(item, value) for each in the same order, then take(). The
// values are stored once, without a per-item vector (a 5 GW site has millions of items).
template <class T, class Offsets = std::vector<int>> class FlatListBuilder
{
public:
    explicit FlatListBuilder(size_t items) { m_list.m_start.assign(items + 1, 0); }

    void count(size_t item) { ++m_list.m_start[item + 1]; }

    // Turns the counts into starts and makes room for the values.
    void allocate()
    {
        Offsets &start = m_list.m_start;
        for (size_t i = 0; i + 1 < start.size(); ++i)
            start[i + 1] += start[i];
        m_list.m_values.resize(size_t(start.back()));
        m_next.assign(start.begin(), start.end() - 1);
    }

    void fill(size_t item, T value)
    {
        assert(m_next[item] < m_list.m_start[item + 1]); // filled more than counted
        m_list.m_values[size_t(m_next[item]++)] = std::move(value);
    }

    FlatList<T, Offsets> take()
    {
        m_next = {};
        return std::move(m_list);
    }

private:
    FlatList<T, Offsets> m_list;
    Offsets m_next; // per item: where its next value goes
};

} // namespace warmshell::solver
