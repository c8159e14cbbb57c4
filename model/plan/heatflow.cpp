// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/heatflow.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/push_relabel_max_flow.hpp>

#include <algorithm>
#include <cmath>
#include <deque>

namespace warmshell {

HeatFlow heatFlow(const std::vector<double> &heatKw, const std::vector<std::vector<int>> &serving,
    const std::vector<double> &usableKw, const std::vector<int> &plantOf, const std::vector<double> &plantUsableKw)
{
    const double scale = 1e6; // mW per kW
    const auto toFlow = [&](double kw) { return static_cast<long long>(std::llround(std::min(kw, 1e12) * scale)); };
    using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
    using FlowGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property,
        boost::property<boost::edge_capacity_t, long long,
            boost::property<boost::edge_residual_capacity_t, long long,
                boost::property<boost::edge_reverse_t, Traits::edge_descriptor>>>>;
    const std::size_t racks = heatKw.size(), units = usableKw.size(), plants = plantUsableKw.size();
    const std::size_t source = 0, sink = 1, firstRack = 2, firstUnit = 2 + racks, firstPlant = firstUnit + units;
    FlowGraph g(firstPlant + plants);
    auto capacity = boost::get(boost::edge_capacity, g);
    auto residual = boost::get(boost::edge_residual_capacity, g);
    auto reverse = boost::get(boost::edge_reverse, g);
    const auto addEdge = [&](std::size_t from, std::size_t to, long long cap) {
        const auto e = boost::add_edge(from, to, g).first;
        const auto back = boost::add_edge(to, from, g).first;
        capacity[e] = cap;
        capacity[back] = 0;
        reverse[e] = back;
        reverse[back] = e;
    };
    HeatFlow result;
    for (const double heat : heatKw)
        result.heat += toFlow(heat);
    const long long unbounded = result.heat + 1;
    for (std::size_t k = 0; k < racks; ++k) {
        addEdge(source, firstRack + k, toFlow(heatKw[k]));
        for (const int j : serving[k])
            addEdge(firstRack + k, firstUnit + std::size_t(j), unbounded);
    }
    for (std::size_t j = 0; j < units; ++j) {
        const int plant = j < plantOf.size() ? plantOf[j] : -1;
        addEdge(firstUnit + j, plant >= 0 ? firstPlant + std::size_t(plant) : sink,
            std::min(toFlow(std::max(usableKw[j], 0.0)), unbounded));
    }
    for (std::size_t k = 0; k < plants; ++k)
        addEdge(firstPlant + k, sink, std::min(toFlow(std::max(plantUsableKw[k], 0.0)), unbounded));
    result.removed = boost::push_relabel_max_flow(g, source, sink);

    std::vector<bool> reached(boost::num_vertices(g), false);
    std::deque<std::size_t> queue{ source };
    reached[source] = true;
    while (!queue.empty()) {
        const std::size_t v = queue.front();
        queue.pop_front();
        for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
            const std::size_t w = boost::target(*e, g);
            if (!reached[w] && residual[*e] > 0) {
                reached[w] = true;
                queue.push_back(w);
            }
        }
    }
    result.rackInCut.assign(reached.begin() + std::ptrdiff_t(firstRack), reached.begin() + std::ptrdiff_t(firstUnit));
    result.unitInCut.assign(reached.begin() + std::ptrdiff_t(firstUnit), reached.begin() + std::ptrdiff_t(firstPlant));
    result.plantInCut.assign(reached.begin() + std::ptrdiff_t(firstPlant), reached.end());
    return result;
}

} // namespace warmshell
