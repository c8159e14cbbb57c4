// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerchain.h"

#include <boost/graph/strong_components.hpp>

#include <QSet>

#include <algorithm>
#include <map>

namespace warmshell {

void PowerChain::reindex()
{
    m_index.clear();
    for (auto v : boost::make_iterator_range(boost::vertices(m_graph)))
        m_index.insert(m_graph[v].id, v);
}

std::optional<PowerChain::Vertex> PowerChain::vertexOf(const PowerNodeId &id) const
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return std::nullopt;
    return *it;
}

bool PowerChain::addNode(PowerNode node)
{
    if (node.id.isNull() || m_index.contains(node.id))
        return false;
    const PowerNodeId id = node.id;
    const Vertex v = boost::add_vertex(std::move(node), m_graph);
    m_index.insert(id, v);
    return true;
}

bool PowerChain::removeNode(const PowerNodeId &id)
{
    const auto v = vertexOf(id);
    if (!v)
        return false;
    boost::clear_vertex(*v, m_graph);
    boost::remove_vertex(*v, m_graph); // vecS renumbers the vertices after v
    reindex();
    return true;
}

bool PowerChain::connect(const PowerNodeId &upstream, const PowerNodeId &downstream)
{
    const auto u = vertexOf(upstream);
    const auto v = vertexOf(downstream);
    if (!u || !v || boost::edge(*u, *v, m_graph).second)
        return false;
    boost::add_edge(*u, *v, m_graph);
    return true;
}

bool PowerChain::disconnect(const PowerNodeId &upstream, const PowerNodeId &downstream)
{
    const auto u = vertexOf(upstream);
    const auto v = vertexOf(downstream);
    if (!u || !v || !boost::edge(*u, *v, m_graph).second)
        return false;
    boost::remove_edge(*u, *v, m_graph);
    return true;
}

const PowerNode *PowerChain::node(const PowerNodeId &id) const
{
    const auto v = vertexOf(id);
    return v ? &m_graph[*v] : nullptr;
}

PowerNode *PowerChain::node(const PowerNodeId &id)
{
    const auto v = vertexOf(id);
    return v ? &m_graph[*v] : nullptr;
}

std::vector<PowerNode> PowerChain::nodes() const
{
    std::vector<PowerNode> out;
    out.reserve(boost::num_vertices(m_graph));
    for (auto v : boost::make_iterator_range(boost::vertices(m_graph)))
        out.push_back(m_graph[v]);
    return out;
}

std::vector<PowerNodeId> PowerChain::inputsOf(const PowerNodeId &id) const
{
    std::vector<PowerNodeId> out;
    if (const auto v = vertexOf(id))
        for (auto e : boost::make_iterator_range(boost::in_edges(*v, m_graph)))
            out.push_back(m_graph[boost::source(e, m_graph)].id);
    return out;
}

std::vector<PowerNodeId> PowerChain::outputsOf(const PowerNodeId &id) const
{
    std::vector<PowerNodeId> out;
    if (const auto v = vertexOf(id))
        for (auto e : boost::make_iterator_range(boost::out_edges(*v, m_graph)))
            out.push_back(m_graph[boost::target(e, m_graph)].id);
    return out;
}

std::vector<std::vector<PowerNodeId>> PowerChain::cycles() const
{
    const auto n = boost::num_vertices(m_graph);
    std::vector<int> component(n);
    const int count = n
        ? boost::strong_components(
            m_graph, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, m_graph)))
        : 0;
    std::vector<std::vector<PowerNodeId>> members(count);
    for (auto v : boost::make_iterator_range(boost::vertices(m_graph)))
        members[component[v]].push_back(m_graph[v].id);

    std::vector<std::vector<PowerNodeId>> out;
    for (auto v : boost::make_iterator_range(boost::vertices(m_graph))) {
        auto &group = members[component[v]];
        const bool selfLoop = boost::edge(v, v, m_graph).second;
        if (group.size() > 1 || (selfLoop && !group.empty())) {
            out.push_back(std::move(group));
            group.clear(); // report each component once, at its first vertex
        }
    }
    return out;
}

std::vector<PowerNodeId> PowerChain::upstreamOf(const PowerNodeId &id) const
{
    std::vector<PowerNodeId> out;
    const auto start = vertexOf(id);
    if (!start)
        return out;
    std::vector<bool> seen(boost::num_vertices(m_graph), false);
    std::vector<Vertex> stack{ *start };
    seen[*start] = true;
    while (!stack.empty()) {
        const Vertex v = stack.back();
        stack.pop_back();
        for (auto e : boost::make_iterator_range(boost::in_edges(v, m_graph))) {
            const Vertex u = boost::source(e, m_graph);
            if (!seen[u]) {
                seen[u] = true;
                out.push_back(m_graph[u].id);
                stack.push_back(u);
            }
        }
    }
    return out;
}

bool PowerChain::reachesSource(const PowerNodeId &id, const std::vector<PowerNodeId> &removed) const
{
    const auto start = vertexOf(id);
    if (!start)
        return false;
    std::vector<bool> blocked(boost::num_vertices(m_graph), false);
    for (const auto &r : removed)
        if (const auto v = vertexOf(r))
            blocked[*v] = true;
    if (blocked[*start])
        return false;
    std::vector<bool> seen(boost::num_vertices(m_graph), false);
    std::vector<Vertex> stack{ *start };
    seen[*start] = true;
    while (!stack.empty()) {
        const Vertex v = stack.back();
        stack.pop_back();
        if (isSource(m_graph[v].kind))
            return true;
        for (auto e : boost::make_iterator_range(boost::in_edges(v, m_graph))) {
            const Vertex u = boost::source(e, m_graph);
            if (!seen[u] && !blocked[u]) {
                seen[u] = true;
                stack.push_back(u);
            }
        }
    }
    return false;
}

bool operator==(const PowerChain &a, const PowerChain &b)
{
    if (a.size() != b.size())
        return false;
    for (auto v : boost::make_iterator_range(boost::vertices(a.m_graph))) {
        const PowerNode &node = a.m_graph[v];
        const PowerNode *other = b.node(node.id);
        if (!other || !(*other == node))
            return false;
        auto ins = a.inputsOf(node.id);
        auto otherIns = b.inputsOf(node.id);
        std::sort(ins.begin(), ins.end());
        std::sort(otherIns.begin(), otherIns.end());
        if (ins != otherIns)
            return false;
    }
    return true;
}

} // namespace warmshell
