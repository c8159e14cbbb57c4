// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackpatterns.h"

#include <algorithm>
#include <functional>

namespace warmshell::solver {

std::vector<std::vector<int>> rackPatterns(const std::vector<Shape> &shapes, const std::vector<int> &allowed,
    double powerKw, int heightU, double weightKg, const std::vector<int> &required, size_t limit)
{
    constexpr double eps = 1e-9;
    std::vector<std::vector<int>> out;
    std::vector<int> counts(shapes.size(), 0);
    double usedKw = 0, usedKg = 0;
    int usedU = 0;
    for (size_t s = 0; s < shapes.size(); ++s) {
        const int n = s < required.size() ? required[s] : 0;
        counts[s] = n;
        usedKw += n * shapes[s].powerKw;
        usedKg += n * shapes[s].weightKg;
        usedU += n * shapes[s].heightU;
    }
    int wholeRacks = 0;
    for (size_t s = 0; s < shapes.size(); ++s)
        wholeRacks += shapes[s].wholeRack ? counts[s] : 0;
    if (usedKw > powerKw + eps || usedKg > weightKg + eps || usedU > heightU || wholeRacks > 1
        || (wholeRacks == 1 && std::count_if(counts.begin(), counts.end(), [](int c) { return c > 0; }) > 1))
        return out; // the required contents alone do not fit

    auto fitsOneMore = [&](int s) {
        const Shape &sh = shapes[size_t(s)];
        if (sh.wholeRack)
            return std::all_of(counts.begin(), counts.end(), [](int c) { return c == 0; })
                && sh.powerKw <= powerKw + eps && sh.weightKg <= weightKg + eps;
        for (size_t k = 0; k < shapes.size(); ++k)
            if (counts[k] > 0 && shapes[k].wholeRack)
                return false;
        return usedKw + sh.powerKw <= powerKw + eps && usedKg + sh.weightKg <= weightKg + eps
            && usedU + sh.heightU <= heightU;
    };

    // Depth-first over the allowed shapes: at position i, try every count of shape i from
    // the most that fits down to zero; record a pattern when no allowed shape fits any more.
    std::function<void(size_t)> visit = [&](size_t i) {
        if (out.size() >= limit)
            return;
        if (i == allowed.size()) {
            if (std::none_of(allowed.begin(), allowed.end(), fitsOneMore))
                out.push_back(counts);
            return;
        }
        const int s = allowed[i];
        int added = 0;
        while (fitsOneMore(s)) {
            ++counts[size_t(s)];
            ++added;
            usedKw += shapes[size_t(s)].powerKw;
            usedKg += shapes[size_t(s)].weightKg;
            usedU += shapes[size_t(s)].heightU;
        }
        for (;;) {
            visit(i + 1);
            if (added == 0)
                break;
            --counts[size_t(s)];
            --added;
            usedKw -= shapes[size_t(s)].powerKw;
            usedKg -= shapes[size_t(s)].weightKg;
            usedU -= shapes[size_t(s)].heightU;
        }
    };
    visit(0); // an empty rack is maximal only when nothing fits at all
    return out;
}

} // namespace warmshell::solver
