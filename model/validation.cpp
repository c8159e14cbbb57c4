// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include "catalog.h"
#include "fieldlimits.h"
#include "jsonreader.h"
#include "problemlist.h"
#include "problemtext.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <unordered_map>

namespace warmshell {

namespace {

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// A JSON path spelled out only when a problem names it: most checks pass, and spelling every
// rack's paths up front was half the time of validating a 40,000-rack site. Keys are string
// literals (they must outlive the path).
class Path
{
public:
    explicit Path(const char *root) : m_root(root) { }
    Path member(const char *key) const { return with({ key, -1 }); }
    Path item(qsizetype index) const { return with({ nullptr, index }); }
    // As the file reader writes paths: "$.site.racks[3].feedA".
    QString toString() const
    {
        QString out = QLatin1String(m_root);
        for (int i = 0; i < m_depth; ++i)
            out = m_steps[size_t(i)].key ? JsonReader::member(out, QLatin1String(m_steps[size_t(i)].key))
                                         : JsonReader::item(out, m_steps[size_t(i)].index);
        return out;
    }

private:
    struct Step
    {
        const char *key; // null: an array item
        qsizetype index;
    };
    Path with(Step step) const
    {
        Path out = *this;
        Q_ASSERT(out.m_depth < int(out.m_steps.size()));
        out.m_steps[size_t(out.m_depth++)] = step;
        return out;
    }
    const char *m_root;
    std::array<Step, 6> m_steps{};
    int m_depth = 0;
};

// Collects problems with paths built the same way as the file reader's.
class Checker
{
public:
    Checker(const Project &project, const Catalog &builtIn) : m_project(project), m_catalog(builtIn) { }

    std::vector<Problem> run()
    {
        const Site &s = m_project.site;
        for (const Hall &h : s.halls)
            m_halls.insert(h.id, &h);
        for (const Row &r : s.rows)
            m_rows.insert(r.id, &r);
        m_rackIndex.reserve(qsizetype(s.racks.size()));
        m_firstOfId.reserve(s.racks.size());
        for (size_t i = 0; i < s.racks.size(); ++i) {
            const auto first = m_rackIndex.constFind(s.racks[i].id);
            m_firstOfId.push_back(first == m_rackIndex.cend() ? i : *first);
            if (first == m_rackIndex.cend())
                m_rackIndex.insert(s.racks[i].id, i);
        }
        checkSite();
        checkIds();
        checkFloor();
        checkPower();
        checkRacks();
        checkOverlaps();
        checkCooling();
        checkThermal();
        checkModels();
        checkFleet();
        checkMaintenance();
        checkDelays();
        checkTenants();
        checkClusters();
        return m_problems.take();
    }

    // The pinned contents of `rack`, as if it stood at `index` of the site's racks.
    std::vector<Problem> runPinned(const Rack &rack, size_t index)
    {
        checkPinned(rack, at("racks", index));
        return m_problems.take();
    }

private:
    void add(const Path &path, const QString &message) { m_problems.push_back({ path.toString(), message }); }
    void range(const Path &path, double value, const FieldRange &r)
    {
        if (!r.contains(value))
            add(path, r.violation(value));
    }
    // The node's name (objectName()), or its quoted id when no node has that id.
    QString nodeName(const PowerNodeId &id) const
    {
        const PowerNode *node = m_project.site.power.node(id);
        return node ? objectName(*node) : quoted(id.toString());
    }
    static Path at(const char *array, size_t index) { return Path("$.site").member(array).item(qsizetype(index)); }
    static Path field(const Path &path, const char *key) { return path.member(key); }

    void checkSite()
    {
        const Site &s = m_project.site;
        if (s.name.trimmed().isEmpty())
            add(Path("$.site").member("name"), QStringLiteral("must not be empty"));
        if (!s.planStart.isValid())
            add(Path("$.site").member("planStart"), QStringLiteral("is missing; expected a date YYYY-MM-DD"));
        range(Path("$.site").member("horizonPeriods"), s.horizonPeriods, limits::horizonPeriods);
        range(Path("$.site").member("measuredDiversity").member("margin"), s.measuredDiversity.margin,
            limits::diversityMargin);
        if (!m_project.scenarios.empty()
            && qint64(m_project.scenarios.size() + 1) * s.horizonPeriods > limits::maxScenarioPeriods)
            add(Path("$").member("scenarios"),
                limits::scenarioPeriodsViolation(qsizetype(m_project.scenarios.size()), s.horizonPeriods));
    }

    // Ids must be non-empty and unique across every kind of object in the project.
    void checkIds()
    {
        // Where an id is used: the array ("$.site.<array>", or "$.fleet" for null) and index.
        struct Use
        {
            const char *array;
            qsizetype index;
            Path path() const { return (array ? at(array, size_t(index)) : Path("$.fleet").item(index)).member("id"); }
        };
        QHash<QString, Use> firstUse; // id -> its first use
        firstUse.reserve(qsizetype(m_project.site.racks.size() + m_project.site.rows.size()));
        auto use = [&](const QString &id, Use where) {
            if (id.trimmed().isEmpty()) {
                add(where.path(), QStringLiteral("must not be empty"));
                return;
            }
            const auto it = firstUse.constFind(id);
            if (it != firstUse.cend())
                add(where.path(), QStringLiteral("%1 is already the id of %2").arg(quoted(id), it->path().toString()));
            else
                firstUse.insert(id, where);
        };
        const Site &s = m_project.site;
        for (size_t i = 0; i < s.halls.size(); ++i)
            use(s.halls[i].id.toString(), { "halls", qsizetype(i) });
        for (size_t i = 0; i < s.rows.size(); ++i)
            use(s.rows[i].id.toString(), { "rows", qsizetype(i) });
        for (size_t i = 0; i < s.racks.size(); ++i)
            use(s.racks[i].id.toString(), { "racks", qsizetype(i) });
        const auto nodes = s.power.nodes();
        for (size_t i = 0; i < nodes.size(); ++i)
            use(nodes[i].id.toString(), { "powerNodes", qsizetype(i) });
        for (size_t i = 0; i < s.coolingUnits.size(); ++i)
            use(s.coolingUnits[i].id.toString(), { "coolingUnits", qsizetype(i) });
        for (size_t i = 0; i < m_project.fleet.size(); ++i)
            use(m_project.fleet[i].id.toString(), { nullptr, qsizetype(i) });
    }

    void checkFloor()
    {
        const Site &s = m_project.site;
        for (size_t i = 0; i < s.halls.size(); ++i) {
            const Hall &h = s.halls[i];
            const Path p = at("halls", i);
            range(field(p, "size").item(0), h.size.x.value(), limits::hallSize);
            range(field(p, "size").item(1), h.size.y.value(), limits::hallSize);
            range(field(p, "origin").item(0), h.origin.x.value(), limits::campusOrigin);
            range(field(p, "origin").item(1), h.origin.y.value(), limits::campusOrigin);
        }
        for (size_t i = 0; i < s.rows.size(); ++i)
            if (!m_halls.contains(s.rows[i].hall))
                add(field(at("rows", i), "hall"),
                    QStringLiteral("names hall %1, which does not exist").arg(quoted(s.rows[i].hall.toString())));
    }

    void checkPower()
    {
        const PowerChain &chain = m_project.site.power;
        const auto nodes = chain.nodes();
        QHash<PowerNodeId, size_t> index;
        for (size_t i = 0; i < nodes.size(); ++i)
            index.insert(nodes[i].id, i);

        for (size_t i = 0; i < nodes.size(); ++i) {
            const PowerNode &n = nodes[i];
            const Path p = at("powerNodes", i);
            range(field(field(p, "rating"), "value"), n.rating.nameplateValue(), limits::nodeRating);
            if (n.rating.isKva())
                range(field(field(p, "rating"), "powerFactor"), n.rating.powerFactor(), limits::powerFactor);
            range(field(p, "derating"), n.derating, limits::derating);
            range(field(p, "efficiency"), n.efficiency, limits::efficiency);
            for (size_t k = 0; k < n.houseLoads.size(); ++k)
                range(field(field(p, "houseLoads").item(qsizetype(k)), "kw"), n.houseLoads[k].kw.value(),
                    limits::houseLoad);
            if (const QString why = n.redundancy.problem(); !why.isEmpty())
                add(field(p, "redundancy"), why);
            const auto inputs = chain.inputsOf(n.id);
            if (!isSource(n.kind) && inputs.empty())
                add(field(p, "inputs"),
                    QStringLiteral("%1 (%2) has no input; only utility feeds and generators may "
                                   "stand at the top of the power chain")
                        .arg(objectName(n), keyOf(n.kind)));
            if (isSource(n.kind) && !inputs.empty())
                add(field(p, "inputs"),
                    QStringLiteral("%1 (%2) is a source and cannot be fed by another node")
                        .arg(objectName(n), keyOf(n.kind)));
        }
        m_inCycle.clear();
        for (const auto &cycle : chain.cycles()) {
            QStringList names;
            for (const auto &id : cycle) {
                names << nodeName(id);
                m_inCycle.insert(id);
            }
            add(field(at("powerNodes", index.value(cycle.front())), "inputs"),
                QStringLiteral("the power chain has a cycle: %1 feed each other")
                    .arg(names.join(QStringLiteral(" → "))));
        }
    }

    // PowerChain::reachesSource(id) with no node removed, computed once per node.
    bool reachesSource(const PowerNodeId &id)
    {
        const auto found = m_reachesSource.constFind(id);
        if (found != m_reachesSource.cend())
            return *found;
        const bool reaches = m_project.site.power.reachesSource(id);
        m_reachesSource.insert(id, reaches);
        return reaches;
    }

    // Single points of failure shared by the A and B sides of a dual-fed rack: nodes (other
    // than internally 2N ones) whose loss cuts both sides off from every source.
    QStringList sharedSinglePoints(const PowerNodeId &a, const PowerNodeId &b)
    {
        const auto key = std::make_pair(a, b);
        if (const auto it = m_spofCache.find(key); it != m_spofCache.end())
            return it->second;
        const PowerChain &chain = m_project.site.power;
        auto withSelf = [&](const PowerNodeId &id) {
            auto up = chain.upstreamOf(id);
            up.push_back(id);
            std::sort(up.begin(), up.end());
            return up;
        };
        const auto upA = withSelf(a), upB = withSelf(b);
        std::vector<PowerNodeId> common;
        std::set_intersection(upA.begin(), upA.end(), upB.begin(), upB.end(), std::back_inserter(common));
        QStringList out;
        for (const auto &x : common) {
            const PowerNode *node = chain.node(x);
            if (node->redundancy.scheme == Redundancy::Scheme::TwoN)
                continue;
            if (!chain.reachesSource(a, { x }) && !chain.reachesSource(b, { x }))
                out << objectName(*node);
        }
        m_spofCache.emplace(key, out);
        return out;
    }

    void checkRacks()
    {
        const Site &s = m_project.site;
        const PowerChain &chain = s.power;
        for (size_t i = 0; i < s.racks.size(); ++i) {
            const Rack &rack = s.racks[i];
            const Path p = at("racks", i);
            range(field(p, "heightU"), rack.height.value(), limits::rackHeight);
            range(field(p, "powerLimitKw"), rack.powerLimit.value(), limits::rackPower);
            range(field(p, "weightLimitKg"), rack.weightLimit.value(), limits::rackWeight);
            range(field(p, "position").item(0), rack.position.x.value(), limits::position);
            range(field(p, "position").item(1), rack.position.y.value(), limits::position);

            const Row *row = m_rows.value(rack.row);
            if (!row)
                add(field(p, "row"),
                    QStringLiteral("names row %1, which does not exist").arg(quoted(rack.row.toString())));
            else if (const Hall *hall = m_halls.value(row->hall);
                     hall && (rack.position.x > hall->size.x || rack.position.y > hall->size.y))
                add(field(p, "position"),
                    QStringLiteral("(%1, %2) m lies outside %3 (%4 × %5 m)")
                        .arg(rack.position.x.value())
                        .arg(rack.position.y.value())
                        .arg(objectName(*hall))
                        .arg(hall->size.x.value())
                        .arg(hall->size.y.value()));

            // Feeds.
            if (rack.feedA.isNull()) {
                add(field(p, "feedA"), QStringLiteral("%1 has no power feed").arg(objectName(rack)));
            }
            bool feedsExist = !rack.feedA.isNull();
            for (const auto &[key, feed] : { std::pair{ "feedA", rack.feedA }, std::pair{ "feedB", rack.feedB } }) {
                if (feed.isNull())
                    continue;
                if (!chain.contains(feed)) {
                    add(field(p, key),
                        QStringLiteral("names power node %1, which does not exist").arg(quoted(feed.toString())));
                    feedsExist = false;
                } else if (!reachesSource(feed)) {
                    add(field(p, key),
                        QStringLiteral("%1 has no path to a utility feed or generator through %2")
                            .arg(objectName(rack), nodeName(feed)));
                    feedsExist = false;
                }
            }
            if (rack.isDualFed() && rack.feedA == rack.feedB) {
                add(field(p, "feedB"), QStringLiteral("is the same node as feedA; a 2N rack needs two separate feeds"));
            } else if (rack.isDualFed() && feedsExist && !m_inCycle.contains(rack.feedA)
                && !m_inCycle.contains(rack.feedB)) {
                const QStringList spof = sharedSinglePoints(rack.feedA, rack.feedB);
                if (!spof.isEmpty())
                    add(field(p, "feedB"),
                        QStringLiteral("the A feed %1 and B feed %2 of 2N %3 both depend on %4 alone "
                                       "(a single point of failure)")
                            .arg(nodeName(rack.feedA), nodeName(rack.feedB), objectName(rack),
                                spof.join(QStringLiteral(", "))));
            }

            checkPinned(rack, p);
        }
    }

    // Racks of one hall whose footprints (rack.h) overlap. Each rack is compared with the
    // racks before it in the nine cells of one footprint around it, and named with the first
    // it overlaps: one problem per rack, in linear time even when thousands share one spot.
    // A floor cell of one footprint's size in a hall, and the racks standing in it so far, in
    // site order (a list threaded through OverlapCells::next, no allocation per cell).
    struct Cell
    {
        const Hall *hall;
        qint64 x, y;
        friend bool operator==(const Cell &, const Cell &) = default;
    };
    struct CellHash
    {
        size_t operator()(const Cell &c) const { return qHashMulti(0, c.hall, c.x, c.y); }
    };
    static constexpr size_t kNoRack = size_t(-1);
    struct OverlapCells
    {
        struct Span
        {
            size_t first, last; // rack indices
        };
        std::unordered_map<Cell, Span, CellHash> cells;
        std::vector<size_t> next; // per rack: the next rack of its cell, or kNoRack
    };
    static Cell cellOf(const Hall *hall, const FloorPoint &at, qint64 dx, qint64 dy)
    {
        return Cell{ hall, qint64(std::floor(at.x.value() / kRackWidthMetres)) + dx,
            qint64(std::floor(at.y.value() / kRackDepthMetres)) + dy };
    }

    // Racks of one hall whose footprints (rack.h) overlap. Each rack is compared with the
    // racks before it in the nine cells of one footprint around it, and named with the first
    // it overlaps: one problem per rack, in linear time even when thousands share one spot.
    void checkOverlaps()
    {
        const Site &s = m_project.site;
        OverlapCells cells;
        cells.cells.reserve(s.racks.size());
        cells.next.assign(s.racks.size(), kNoRack);
        for (size_t i = 0; i < s.racks.size(); ++i) {
            const Rack &rack = s.racks[i];
            const Row *row = m_rows.value(rack.row);
            const Hall *hall = row ? m_halls.value(row->hall) : nullptr;
            if (!hall || !limits::position.contains(rack.position.x.value())
                || !limits::position.contains(rack.position.y.value()))
                continue; // the row, hall or position is reported by checkRacks
            if (const Rack *other = overlappedRack(cells, hall, rack))
                add(field(at("racks", i), "position"),
                    QStringLiteral("%1 at (%2, %3) m overlaps %4 at (%5, %6) m; a rack takes %7 × %8 m")
                        .arg(objectName(rack))
                        .arg(rack.position.x.value())
                        .arg(rack.position.y.value())
                        .arg(objectName(*other))
                        .arg(other->position.x.value())
                        .arg(other->position.y.value())
                        .arg(kRackWidthMetres)
                        .arg(kRackDepthMetres));
            const auto [span, added]
                = cells.cells.try_emplace(cellOf(hall, rack.position, 0, 0), OverlapCells::Span{ i, i });
            if (!added) {
                cells.next[span->second.last] = i;
                span->second.last = i;
            }
        }
    }

    const Rack *overlappedRack(const OverlapCells &cells, const Hall *hall, const Rack &rack) const
    {
        // Its own cell first: a rack of a stack finds the rack under it at once.
        static constexpr std::array<std::pair<qint64, qint64>, 9> kAround{ { { 0, 0 }, { -1, -1 }, { -1, 0 }, { -1, 1 },
            { 0, -1 }, { 0, 1 }, { 1, -1 }, { 1, 0 }, { 1, 1 } } };
        for (const auto &[dx, dy] : kAround) {
            const auto found = cells.cells.find(cellOf(hall, rack.position, dx, dy));
            if (found == cells.cells.end())
                continue;
            for (size_t j = found->second.first; j != kNoRack; j = cells.next[j]) {
                if (footprintsOverlap(m_project.site.racks[j].position, rack.position))
                    return &m_project.site.racks[j];
            }
        }
        return nullptr;
    }

    void checkPinned(const Rack &rack, const Path &p)
    {
        int units = 0;
        double kw = 0, kg = 0;
        int wholeRackSystems = 0;
        for (size_t k = 0; k < rack.pinned.size(); ++k) {
            const auto &pin = rack.pinned[k];
            const Path pp = field(p, "pinned").item(qsizetype(k));
            range(field(pp, "count"), pin.count, limits::pinnedCount);
            const SystemModel *m = m_project.model(pin.model, m_catalog);
            if (!m) {
                add(field(pp, "model"),
                    QStringLiteral("names system model %1, which is neither built in nor in the "
                                   "project's catalog")
                        .arg(quoted(pin.model.toString())));
                continue;
            }
            if (m->cooling == CoolingType::Liquid && rack.cooling != CoolingType::Liquid)
                add(field(pp, "model"),
                    QStringLiteral("%1 needs liquid cooling but %2 is air-cooled").arg(m->name, objectName(rack)));
            units += m->height.value() * pin.count;
            kw += m->power.value() * pin.count;
            kg += m->weight.value() * pin.count;
            wholeRackSystems += m->wholeRack ? pin.count : 0;
        }
        if (wholeRackSystems > 1 || (wholeRackSystems == 1 && rack.pinned.size() > 1))
            add(field(p, "pinned"), QStringLiteral("a whole-rack system fills %1 alone").arg(objectName(rack)));
        if (units > rack.height.value())
            add(field(p, "pinned"),
                QStringLiteral("pinned systems take %1 U but %2 has %3 U")
                    .arg(units)
                    .arg(objectName(rack))
                    .arg(rack.height.value()));
        if (kw > rack.powerLimit.value() + 1e-9)
            add(field(p, "pinned"),
                QStringLiteral("pinned systems draw %1 kW but %2 is limited to %3 kW")
                    .arg(kw)
                    .arg(objectName(rack))
                    .arg(rack.powerLimit.value()));
        if (kg > rack.weightLimit.value() + 1e-9)
            add(field(p, "pinned"),
                QStringLiteral("pinned systems weigh %1 kg but %2 is limited to %3 kg")
                    .arg(kg)
                    .arg(objectName(rack))
                    .arg(rack.weightLimit.value()));
    }

    // The unit's electrical input: a feed that exists, draws in range.
    void checkCoolingDraw(const CoolingUnit &u, const Path &p)
    {
        if (!u.feed.isNull() && !m_project.site.power.contains(u.feed))
            add(field(p, "feed"),
                QStringLiteral("names power node %1, which does not exist").arg(quoted(u.feed.toString())));
        range(field(p, "drawKw"), u.drawKw, limits::coolingDraw);
        range(field(p, "drawKwPerKw"), u.drawKwPerKw, limits::coolingDrawPerKw);
    }

    // A plant unit: no racks, no plant above it, a feed when it draws, profiles of 12 factors.
    // A room unit: no profiles, and `rejectsTo` null or a plant unit of the site.
    void checkHeatRejection(const CoolingUnit &u, const Path &p)
    {
        const bool plant = isPlant(u.kind);
        if (plant) {
            if (!u.serves.empty())
                add(field(p, "serves"),
                    QStringLiteral("%1 is a %2 unit: it rejects the heat of room units that name it in rejectsTo "
                                   "and serves no rack")
                        .arg(objectName(u), keyOf(u.kind)));
            if (!u.rejectsTo.isNull())
                add(field(p, "rejectsTo"),
                    QStringLiteral("%1 is a %2 unit and rejects its heat outdoors; only room units name a plant")
                        .arg(objectName(u), keyOf(u.kind)));
            if (u.feed.isNull() && (u.drawKw > 0 || u.drawKwPerKw > 0))
                add(field(p, "feed"),
                    QStringLiteral("%1 draws power but has no feed; name the power node it draws from")
                        .arg(objectName(u)));
        } else if (!u.rejectsTo.isNull()) {
            const CoolingUnit *to = m_project.site.coolingUnit(u.rejectsTo);
            if (!to)
                add(field(p, "rejectsTo"),
                    QStringLiteral("names cooling unit %1, which does not exist").arg(quoted(u.rejectsTo.toString())));
            else if (!isPlant(to->kind))
                add(field(p, "rejectsTo"),
                    QStringLiteral("names %1, a %2 unit; heat is rejected to a chiller, dry cooler or tower")
                        .arg(objectName(*to), keyOf(to->kind)));
        }
        for (const auto &[key, factors] : { std::pair{ "monthlyDrawFactor", &u.monthlyDrawFactor },
                 std::pair{ "monthlyCapacityFactor", &u.monthlyCapacityFactor } }) {
            if (factors->empty())
                continue;
            if (!plant)
                add(field(p, key),
                    QStringLiteral("%1 is a room unit; monthly factors belong to chillers, dry coolers and towers")
                        .arg(objectName(u)));
            else if (factors->size() != 12)
                add(field(p, key),
                    QStringLiteral("must list 12 monthly factors, January first; got %1").arg(factors->size()));
            else
                for (size_t m = 0; m < 12; ++m)
                    range(field(p, key).item(qsizetype(m)), (*factors)[m], limits::monthlyFactor);
        }
    }

    void checkCooling()
    {
        const Site &s = m_project.site;
        // Per rack id (at the index of its first rack): served by an air unit, by a liquid unit.
        std::vector<char> airServed(s.racks.size(), 0), liquidServed(s.racks.size(), 0);
        for (size_t i = 0; i < s.coolingUnits.size(); ++i) {
            const CoolingUnit &u = s.coolingUnits[i];
            const Path p = at("coolingUnits", i);
            range(field(p, "capacityKw"), u.capacity.value(), limits::coolingCapacity);
            checkCoolingDraw(u, p);
            checkHeatRejection(u, p);
            if (const QString why = u.redundancy.problem(); !why.isEmpty())
                add(field(p, "redundancy"), why);
            std::vector<char> &served = heatMedium(u.kind) == HeatMedium::Liquid ? liquidServed : airServed;
            for (size_t k = 0; k < u.serves.size(); ++k) {
                const auto rack = m_rackIndex.constFind(u.serves[k]);
                if (rack == m_rackIndex.cend())
                    add(field(p, "serves").item(qsizetype(k)),
                        QStringLiteral("names rack %1, which does not exist").arg(quoted(u.serves[k].toString())));
                else
                    served[*rack] = 1;
            }
        }
        for (size_t i = 0; i < s.racks.size(); ++i) {
            const Rack &rack = s.racks[i];
            if (!airServed[m_firstOfId[i]])
                add(at("racks", i),
                    QStringLiteral("%1 is served by no air cooling unit (CRAH, CRAC or rear door)")
                        .arg(objectName(rack)));
            if (rack.cooling == CoolingType::Liquid && !liquidServed[m_firstOfId[i]])
                add(field(at("racks", i), "cooling"),
                    QStringLiteral("liquid-cooled %1 is served by no CDU").arg(objectName(rack)));
        }
    }

    void checkThermal()
    {
        const ThermalModel &t = m_project.site.thermal;
        if (!t.enabled)
            return;
        const Path p = Path("$.site").member("thermal");
        range(field(p, "supplyTemperatureC"), t.supply.value(), limits::supplyTemperature);
        range(field(p, "inletLimitC"), t.inletLimit.value(), limits::inletLimit);
        if (t.inletLimit <= t.supply)
            add(field(p, "inletLimitC"),
                QStringLiteral("must be above the supply temperature (%1 °C): every inlet would be "
                               "at or over the limit with no load at all")
                    .arg(t.supply.value()));
        QSet<std::pair<RackId, RackId>> seen;
        for (size_t k = 0; k < t.recirculation.size(); ++k) {
            const Recirculation &e = t.recirculation[k];
            const Path ep = field(p, "recirculation").item(qsizetype(k));
            range(field(ep, "coefficientCPerKw"), e.coefficient, limits::recirculation);
            for (const auto &[key, id] : { std::pair{ "to", e.to }, std::pair{ "from", e.from } })
                if (!m_rackIndex.contains(id))
                    add(field(ep, key),
                        QStringLiteral("names rack %1, which does not exist").arg(quoted(id.toString())));
            if (seen.contains({ e.to, e.from }))
                add(ep,
                    QStringLiteral("repeats the pair to %1, from %2; give each pair once")
                        .arg(quoted(e.to.toString()), quoted(e.from.toString())));
            seen.insert({ e.to, e.from });
        }
    }

    void checkModels()
    {
        for (size_t i = 0; i < m_project.customModels.size(); ++i) {
            const SystemModel &m = m_project.customModels[i];
            const Path p = Path("$.catalog").item(qsizetype(i));
            if (m_catalog.find(m.id))
                add(field(p, "id"),
                    QStringLiteral("%1 is a built-in model id; choose another").arg(quoted(m.id.toString())));
            range(field(p, "gpusPerSystem"), m.gpusPerSystem, limits::gpusPerSystem);
            range(field(p, "powerKw"), m.power.value(), limits::systemPower);
            range(field(p, "heightU"), m.height.value(), limits::systemHeight);
            range(field(p, "liquidFraction"), m.liquidFraction, limits::fraction);
            range(field(p, "weightKg"), m.weight.value(), limits::systemWeight);
            range(field(field(p, "tflops"), "bf16"), m.bf16.value(), limits::tflops);
            range(field(field(p, "tflops"), "fp8"), m.fp8.value(), limits::tflops);
            range(field(field(p, "tflops"), "fp4"), m.fp4.value(), limits::tflops);
            range(field(p, "priceUsd"), m.price.value(), limits::money);
            range(field(p, "typicalDrawFraction"), m.typicalDrawFraction, limits::positiveFraction);
            if (m.wholeRack != (m.height.value() == 0))
                add(field(p, "heightU"), QStringLiteral("must be 0 exactly when wholeRack is true"));
        }
    }

    // Tenants, reservations and quotas: the rules of tenantProblems (model/tenant.h).
    void checkTenants()
    {
        for (Problem &p : tenantProblems(m_project, &m_catalog))
            m_problems.push_back(std::move(p));
    }

    // Fabric domains and clusters: the rules of clusterProblems (model/cluster.h).
    void checkClusters()
    {
        for (Problem &p : clusterProblems(m_project, &m_catalog))
            m_problems.push_back(std::move(p));
    }

    // Maintenance windows: the rules of maintenanceProblems (model/maintenance.h).
    void checkMaintenance()
    {
        m_problems.append(
            maintenanceProblems(m_project, m_project.maintenanceWindows, QStringLiteral("$.maintenanceWindows")));
    }

    // How late dated events may come (model/delay.h): each distribution's numbers, a delay only
    // next to a date, and a lot that may not slip to or past its retirement.
    void checkDelays()
    {
        const auto nodes = m_project.site.power.nodes();
        for (size_t i = 0; i < nodes.size(); ++i) {
            const Path p = at("powerNodes", i);
            checkDatedDelay(nodes[i].commissioningDelay, nodes[i].commissioned, field(p, "commissioningDelayMonths"));
            for (size_t k = 0; k < nodes[i].capacityChanges.size(); ++k)
                checkDatedDelay(nodes[i].capacityChanges[k].delay, nodes[i].capacityChanges[k].from,
                    field(field(p, "capacityChanges").item(qsizetype(k)), "delayMonths"));
        }
        const auto &units = m_project.site.coolingUnits;
        for (size_t i = 0; i < units.size(); ++i)
            checkDatedDelay(units[i].commissioningDelay, units[i].commissioned,
                field(at("coolingUnits", i), "commissioningDelayMonths"));
        for (size_t i = 0; i < m_project.fleet.size(); ++i) {
            const FleetLot &lot = m_project.fleet[i];
            const Path p = field(Path("$.fleet").item(qsizetype(i)), "deliveryDelayMonths");
            if (!checkDatedDelay(lot.deliveryDelay, lot.delivered, p) || lot.retire.isNull())
                continue;
            const double largest = lot.deliveryDelay->largestMonths();
            if (delayedDate(lot.delivered, largest) >= lot.retire)
                add(p,
                    QStringLiteral("a delay of up to %1 months may bring the delivery (%2) to or past the retirement "
                                   "date %3")
                        .arg(QString::number(largest, 'g', 12), lot.delivered.toString(Qt::ISODate),
                            lot.retire.toString(Qt::ISODate)));
        }
    }

    // True when there is a delay and it is sound.
    bool checkDatedDelay(const std::optional<DelayDistribution> &delay, const QDate &date, const Path &p)
    {
        if (!delay)
            return false;
        if (date.isNull()) {
            add(p, QStringLiteral("needs a date to delay; the date is missing"));
            return false;
        }
        std::vector<Problem> problems = delayProblems(*delay, p.toString());
        for (Problem &problem : problems)
            m_problems.push_back(std::move(problem));
        return problems.empty();
    }

    void checkFleet()
    {
        for (size_t i = 0; i < m_project.fleet.size(); ++i) {
            const FleetLot &lot = m_project.fleet[i];
            const Path p = Path("$.fleet").item(qsizetype(i));
            if (!m_project.model(lot.model, m_catalog))
                add(field(p, "model"),
                    QStringLiteral("names system model %1, which is neither built in nor in the "
                                   "project's catalog")
                        .arg(quoted(lot.model.toString())));
            range(field(p, "count"), lot.count, limits::lotCount);
            range(field(p, "unitCost"), lot.unitCost.value(), limits::money);
            if (!lot.delivered.isValid())
                add(field(p, "delivered"), QStringLiteral("is missing; expected a date YYYY-MM-DD"));
            if (lot.retire.isValid() && lot.delivered.isValid() && lot.retire <= lot.delivered)
                add(field(p, "retire"),
                    QStringLiteral("%1 is not after the delivery date %2")
                        .arg(lot.retire.toString(Qt::ISODate), lot.delivered.toString(Qt::ISODate)));
            const DepreciationPolicy &d = lot.depreciation;
            const Path dp = field(p, "depreciation");
            range(field(dp, "lifeYears"), d.lifeYears, limits::lifeYears);
            range(field(dp, "salvageFraction"), d.salvageFraction, limits::salvage);
            if (d.method == DepreciationMethod::DecliningBalance)
                range(field(dp, "rate"), d.rate, limits::positiveFraction);
            if (lot.typicalDrawFraction)
                range(field(p, "typicalDrawFraction"), *lot.typicalDrawFraction, limits::positiveFraction);
            checkLoadClass(i, p);
        }
    }

    // An interruptible lot's cap names an operating point of its model; every lot of one model
    // has the class and cap of the model's first lot (the solver places systems by model and
    // charges lots afterwards, so a system's class must not depend on the lot it is charged to).
    void checkLoadClass(size_t i, const Path &p)
    {
        const FleetLot &lot = m_project.fleet[i];
        if (!lot.isInterruptible() && !lot.cappedTo.isEmpty())
            add(field(p, "cappedTo"), QStringLiteral("applies to an interruptible lot only; this lot is critical"));
        const SystemModel *model = m_project.model(lot.model, m_catalog);
        if (model && lot.isInterruptible() && !lot.cappedTo.isEmpty()) {
            QStringList names;
            for (const OperatingPoint &op : model->operatingPoints)
                names << quoted(op.name);
            if (!names.contains(quoted(lot.cappedTo)))
                add(field(p, "cappedTo"),
                    QStringLiteral("names operating point %1, which system model %2 does not have (%3; leave it "
                                   "out to shed the systems)")
                        .arg(quoted(lot.cappedTo), quoted(lot.model.toString()),
                            names.isEmpty() ? QStringLiteral("it has none")
                                            : QStringLiteral("it has ") + names.join(u", ")));
        }
        for (size_t k = 0; k < i; ++k) {
            const FleetLot &first = m_project.fleet[k];
            if (first.model != lot.model)
                continue;
            if (first.loadClass != lot.loadClass || first.cappedTo != lot.cappedTo)
                add(field(p, "loadClass"),
                    QStringLiteral("lot %1 is %2 but lot %3 of the same model %4 is %5; lots of one model must share "
                                   "their load class and cap (the plan places systems by model)")
                        .arg(quoted(lot.id.toString()), classText(lot), quoted(first.id.toString()),
                            quoted(lot.model.toString()), classText(first)));
            break;
        }
    }

    static QString classText(const FleetLot &lot)
    {
        if (!lot.isInterruptible())
            return QStringLiteral("critical");
        return lot.cappedTo.isEmpty() ? QStringLiteral("interruptible (shed)")
                                      : QStringLiteral("interruptible (capped to %1)").arg(quoted(lot.cappedTo));
    }

    const Project &m_project;
    const Catalog &m_catalog;
    ProblemList m_problems; // the first limits::maxProblems, the rest counted
    QSet<PowerNodeId> m_inCycle;
    QHash<HallId, const Hall *> m_halls;
    QHash<RowId, const Row *> m_rows;
    QHash<RackId, size_t> m_rackIndex; // each rack id's first index in the site's racks
    std::vector<size_t> m_firstOfId; // per rack: the index of the first rack with its id
    QHash<PowerNodeId, bool> m_reachesSource; // PowerChain::reachesSource by node, as asked
    std::map<std::pair<PowerNodeId, PowerNodeId>, QStringList> m_spofCache;
};

} // namespace

std::vector<Problem> validateProject(const Project &project, const Catalog &builtIn)
{
    return Checker(project, builtIn).run();
}

std::vector<Problem> validatePinnedContents(const Project &project, const Catalog &builtIn, const Rack &rack)
{
    const auto &racks = project.site.racks;
    const auto found = std::find_if(racks.begin(), racks.end(), [&](const Rack &r) { return r.id == rack.id; });
    return Checker(project, builtIn).runPinned(rack, size_t(found - racks.begin()));
}

} // namespace warmshell
