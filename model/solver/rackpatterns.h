// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace warmshell::solver {

// What a rack sees of a system: power, height, weight, whole-rack, needs a liquid rack.
// Variants of different models with equal shapes share rack patterns.
struct Shape
{
    double powerKw = 0;
    int heightU = 0;
    double weightKg = 0;
    bool wholeRack = false;
    bool needsLiquid = false;
    friend bool operator==(const Shape &, const Shape &) = default;
};

// The rack patterns of a group: every maximal way to fill one of its racks, each a count per
// shape. Groups with the same rack limits share one list (read-only, reference counted).
class PatternList
{
public:
    PatternList() = default;
    explicit PatternList(std::shared_ptr<const std::vector<std::vector<int>>> list) : m_list(std::move(list)) { }
    size_t size() const { return m_list ? m_list->size() : 0; }
    bool empty() const { return size() == 0; }
    const std::vector<int> &operator[](size_t p) const { return (*m_list)[p]; }
    auto begin() const { return m_list ? m_list->begin() : std::vector<std::vector<int>>::const_iterator(); }
    auto end() const { return m_list ? m_list->end() : std::vector<std::vector<int>>::const_iterator(); }

private:
    std::shared_ptr<const std::vector<std::vector<int>>> m_list;
};

// Patterns: every maximal way to fill one rack with `shapes` (indices `allowed`) within
// its power (kW), height (U) and weight (kg), containing at least `required` (per shape).
// Whole-rack shapes fill a rack alone. At most `limit` patterns (then the list is cut).
std::vector<std::vector<int>> rackPatterns(const std::vector<Shape> &shapes, const std::vector<int> &allowed,
    double powerKw, int heightU, double weightKg, const std::vector<int> &required, size_t limit = 20000);

} // namespace warmshell::solver
