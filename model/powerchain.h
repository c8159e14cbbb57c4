// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "powernode.h"

#include <boost/graph/adjacency_list.hpp>

#include <QHash>

#include <optional>
#include <vector>

namespace warmshell {

// The power chain: power nodes as vertices of a Boost.Graph bidirectional graph, an edge
// u → v meaning "u feeds v". The graph may hold cycles and dangling ends while the user
// edits; Validator reports them. Vertex order follows insertion and is not stable across
// removals; use ids to refer to nodes.
class PowerChain
{
public:
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, PowerNode>;
    using Vertex = Graph::vertex_descriptor;

    // Adds a node; returns false (and changes nothing) if its id is null or taken.
    bool addNode(PowerNode node);
    // Removes a node and every edge touching it; false if there is no such node.
    bool removeNode(const PowerNodeId &id);
    // Adds the edge upstream → downstream; false if either is missing or the edge exists.
    bool connect(const PowerNodeId &upstream, const PowerNodeId &downstream);
    bool disconnect(const PowerNodeId &upstream, const PowerNodeId &downstream);

    int size() const { return static_cast<int>(boost::num_vertices(m_graph)); }
    bool contains(const PowerNodeId &id) const { return m_index.contains(id); }
    // Null when absent. The pointer is valid until the chain changes.
    const PowerNode *node(const PowerNodeId &id) const;
    PowerNode *node(const PowerNodeId &id);
    // All nodes in insertion order.
    std::vector<PowerNode> nodes() const;
    std::vector<PowerNodeId> inputsOf(const PowerNodeId &id) const;
    std::vector<PowerNodeId> outputsOf(const PowerNodeId &id) const;

    // Groups of nodes that feed each other in a loop (strongly connected components of two
    // or more nodes, or a node feeding itself), each in chain order. Empty for a valid chain.
    std::vector<std::vector<PowerNodeId>> cycles() const;
    // Nodes from which `id` draws power (all ancestors), not including `id` itself.
    std::vector<PowerNodeId> upstreamOf(const PowerNodeId &id) const;
    // True if `id` is a source or draws power from one through nodes not in `removed`
    // (commissioning dates are not considered).
    bool reachesSource(const PowerNodeId &id, const std::vector<PowerNodeId> &removed = {}) const;

    const Graph &graph() const { return m_graph; }
    std::optional<Vertex> vertexOf(const PowerNodeId &id) const;

    friend bool operator==(const PowerChain &a, const PowerChain &b);

private:
    void reindex();

    Graph m_graph;
    QHash<PowerNodeId, Vertex> m_index;
};

} // namespace warmshell
