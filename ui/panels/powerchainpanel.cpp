// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerchainpanel.h"
#include "theme.h"

#include "format.h"
#include "project.h"
#include "rowcontextmenu.h"

#include <QHash>
#include <QHeaderView>
#include <QSet>
#include <QStandardItemModel>
#include <QTreeView>

#include <algorithm>
#include <functional>

#include <boost/range/iterator_range.hpp>

namespace warmshell::ui {

namespace {

QList<QStandardItem *> makeRow(const PowerNode &node, const QDate &planStart, bool reference)
{
    QList<QStandardItem *> row;
    auto *name = new QStandardItem(node.name);
    name->setToolTip(node.id.toString());
    row << name << new QStandardItem(format::powerNodeKind(node.kind)) << new QStandardItem(format::rating(node.rating))
        << new QStandardItem(node.redundancy.label())
        << new QStandardItem(format::kilowatts(node.usableCapacity(planStart)))
        << new QStandardItem(
               node.commissioned.isValid() ? format::date(node.commissioned) : PowerChainPanel::tr("in service"));
    if (node.rating.isKva())
        row[PowerChainPanel::RatingColumn]->setToolTip(PowerChainPanel::tr("power factor %1: %2 per module")
                                                           .arg(node.rating.powerFactor())
                                                           .arg(format::kilowatts(node.rating.realPower())));
    row[PowerChainPanel::RatingColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row[PowerChainPanel::UsableColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!node.isCommissionedBy(planStart))
        row[PowerChainPanel::UsableColumn]->setToolTip(PowerChainPanel::tr("Not yet commissioned at the plan start"));
    for (QStandardItem *item : row) {
        item->setEditable(false);
        item->setData(node.id.toString(), PowerChainPanel::NodeIdRole);
        item->setData(reference, PowerChainPanel::IsReferenceRole);
        if (reference) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
            item->setForeground(theme::colour(theme::Role::MutedText));
        }
    }
    if (reference)
        name->setToolTip(PowerChainPanel::tr("%1 — also fed from here; listed in full under its first input")
                             .arg(node.id.toString()));
    return row;
}

// What a cooling unit draws: "0.06 kW/kW", "2 kW + 0.2 kW/kW", "5 kW".
QString drawText(const CoolingUnit &unit)
{
    const QString perKw = PowerChainPanel::tr("%1 kW/kW").arg(unit.drawKwPerKw);
    if (unit.drawKw <= 0)
        return perKw;
    const QString fixed = format::kilowatts(Kilowatts(unit.drawKw));
    return unit.drawKwPerKw > 0 ? PowerChainPanel::tr("%1 + %2").arg(fixed, perKw) : fixed;
}

// A leaf row under a node: a cooling unit it feeds (its mechanical load) or a house load.
QList<QStandardItem *> leafRow(const QString &name, const QString &kind, const QString &rating,
    const QString &redundancy, const QDate &from, const QString &tooltip)
{
    QList<QStandardItem *> row;
    row << new QStandardItem(name) << new QStandardItem(kind) << new QStandardItem(rating)
        << new QStandardItem(redundancy) << new QStandardItem()
        << new QStandardItem(from.isValid() ? format::date(from) : PowerChainPanel::tr("in service"));
    row[PowerChainPanel::RatingColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (QStandardItem *item : row) {
        item->setEditable(false);
        item->setForeground(theme::colour(theme::Role::AccentText));
        item->setToolTip(tooltip);
    }
    return row;
}

// The facility loads `node` carries directly: `fedUnits` (the cooling units fed from it), then
// its house loads, as leaf rows under `parent` (its row).
void addFacilityLoads(QStandardItem *parent, const QList<const CoolingUnit *> &fedUnits, const PowerNode &node)
{
    for (const CoolingUnit *fed : fedUnits) {
        const CoolingUnit &unit = *fed;
        const QString kind = isPlant(unit.kind) ? PowerChainPanel::tr("Plant draw (%1)").arg(keyOf(unit.kind))
                                                : PowerChainPanel::tr("Cooling draw (%1)").arg(keyOf(unit.kind));
        QList<QStandardItem *> row
            = leafRow(unit.name, kind, drawText(unit), unit.redundancy.label(), unit.commissioned,
                PowerChainPanel::tr("%1 — cooling unit fed from %2: its fans, pumps or compressors draw here")
                    .arg(unit.id.toString(), node.name));
        row.front()->setData(unit.id.toString(), PowerChainPanel::CoolingUnitIdRole);
        parent->appendRow(row);
    }
    for (const HouseLoad &load : node.houseLoads) {
        QList<QStandardItem *> row
            = leafRow(load.name, PowerChainPanel::tr("House load"), format::kilowatts(load.kw), QString(), load.from,
                PowerChainPanel::tr("Fixed load on %1 (lighting, offices, network...)").arg(node.name));
        row.front()->setData(node.id.toString(), PowerChainPanel::HouseLoadOfRole);
        parent->appendRow(row);
    }
}

class TreeBuilder
{
public:
    // Records the name cell of every row it adds in `rowsOf`, by node.
    TreeBuilder(const Site &site, QHash<PowerNodeId, QList<QStandardItem *>> &rowsOf) : m_site(site), m_rowsOf(rowsOf)
    {
        for (const CoolingUnit &unit : site.coolingUnits) // once, not per node
            if (!unit.feed.isNull())
                m_fedUnits[unit.feed].append(&unit);
    }

    // Appends `id` under `parent` in full, then its outputs; `path` guards against loops.
    void addFull(QStandardItem *parent, const PowerNodeId &id, QSet<PowerNodeId> &path)
    {
        const PowerNode *node = m_site.power.node(id);
        if (!node)
            return;
        const QList<QStandardItem *> row = makeRow(*node, m_site.planStart, false);
        parent->appendRow(row);
        m_rowsOf[id].append(row.front());
        m_listed.insert(id);
        path.insert(id);
        for (const PowerNodeId &output : m_site.power.outputsOf(id)) {
            const std::vector<PowerNodeId> inputs = m_site.power.inputsOf(output);
            const bool primary = !inputs.empty() && inputs.front() == id;
            if (primary && !m_listed.contains(output) && !path.contains(output)) {
                addFull(row.front(), output, path);
            } else if (const PowerNode *out = m_site.power.node(output)) {
                const QList<QStandardItem *> reference = makeRow(*out, m_site.planStart, true);
                row.front()->appendRow(reference);
                m_rowsOf[output].append(reference.front());
            }
        }
        addFacilityLoads(row.front(), m_fedUnits.value(id), *node);
        path.remove(id);
    }

    bool isListed(const PowerNodeId &id) const { return m_listed.contains(id); }

private:
    const Site &m_site;
    QHash<PowerNodeId, QList<QStandardItem *>> &m_rowsOf;
    QSet<PowerNodeId> m_listed;
    QHash<PowerNodeId, QList<const CoolingUnit *>> m_fedUnits; // by feed, in file order
};

} // namespace

PowerChainPanel::PowerChainPanel(QWidget *parent)
    : QDockWidget(tr("Power chain"), parent), m_model(new QStandardItemModel(this)), m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("powerChainDock"));
    m_view->setObjectName(QStringLiteral("powerChainView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setIndentation(14);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_model->setHorizontalHeaderLabels({ tr("Name"), tr("Kind"), tr("Rating"), tr("Redundancy"), tr("Usable at start"),
        tr("Commissioned"), tr("Planned"), tr("Measured peak") });
    // Planned and measured beside the name, where they are read together and stay in view in a
    // narrow dock; hidden until there are measurements.
    m_view->header()->moveSection(PlannedColumn, 1);
    m_view->header()->moveSection(MeasuredColumn, 2);
    m_view->setColumnHidden(PlannedColumn, true);
    m_view->setColumnHidden(MeasuredColumn, true);
    setWidget(m_view);
    installRowContextMenu(m_view, [this](const QModelIndex &index) {
        const QModelIndex first = index.siblingAtColumn(0);
        if (!first.data(CoolingUnitIdRole).toString().isEmpty())
            return QList<QAction *>(); // the node actions do not apply to a cooling unit
        const QString owner = first.data(HouseLoadOfRole).toString();
        emit nodeActivated(PowerNodeId(owner.isEmpty() ? first.data(NodeIdRole).toString() : owner));
        return m_contextActions;
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            if (!current.isValid())
                return;
            const QModelIndex first = current.siblingAtColumn(0);
            if (const QString unit = first.data(CoolingUnitIdRole).toString(); !unit.isEmpty())
                emit coolingUnitActivated(CoolingUnitId(unit));
            else if (const QString owner = first.data(HouseLoadOfRole).toString(); !owner.isEmpty())
                emit nodeActivated(PowerNodeId(owner));
            else
                emit nodeActivated(PowerNodeId(first.data(NodeIdRole).toString()));
        });
}

QColor PowerChainPanel::pathAColor()
{
    return theme::colour(theme::Role::FeedATint);
}
QColor PowerChainPanel::pathBColor()
{
    return theme::colour(theme::Role::FeedBTint);
}

void PowerChainPanel::highlightFeeds(const QSet<PowerNodeId> &pathA, const QSet<PowerNodeId> &pathB)
{
    if (pathA == m_pathA && pathB == m_pathB)
        return; // every row already has its tint (a rebuild applies the paths it keeps)
    m_pathA = pathA;
    m_pathB = pathB;
    applyHighlight();
}

void PowerChainPanel::applyHighlight()
{
    const std::function<void(QStandardItem *)> visit = [&](QStandardItem *parent) {
        for (int r = 0; r < parent->rowCount(); ++r) {
            const PowerNodeId id(parent->child(r, 0)->data(NodeIdRole).toString());
            const bool a = m_pathA.contains(id), b = m_pathB.contains(id);
            const QBrush brush = a && b ? QBrush(theme::colour(theme::Role::FeedBothTint))
                : a                     ? QBrush(pathAColor())
                : b                     ? QBrush(pathBColor())
                                        : QBrush();
            for (int c = 0; c < ColumnCount; ++c)
                if (QStandardItem *item = parent->child(r, c))
                    item->setBackground(brush);
            visit(parent->child(r, 0));
        }
    };
    visit(m_model->invisibleRootItem());
}

PowerNodeId PowerChainPanel::currentNode() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? PowerNodeId(current.siblingAtColumn(0).data(NodeIdRole).toString()) : PowerNodeId();
}

void PowerChainPanel::selectNode(const PowerNodeId &id)
{
    const QModelIndexList hits
        = m_model->match(m_model->index(0, 0), NodeIdRole, id.toString(), 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (!hits.isEmpty()) {
        m_view->setCurrentIndex(hits.first());
        m_view->scrollTo(hits.first());
    }
}

void PowerChainPanel::setProject(const Project &project)
{
    Shown shown = shownOf(project);
    if (shown == m_shown)
        return; // nothing the tree shows changed (an edit of racks, lots or settings)
    const bool inPlace = updateInPlace(project, shown);
    m_shown = std::move(shown);
    if (!inPlace)
        rebuild(project);
}

PowerChainPanel::Shown PowerChainPanel::shownOf(const Project &project)
{
    const Site &site = project.site;
    Shown shown;
    shown.planStart = site.planStart;
    shown.nodes = site.power.nodes();
    const PowerChain::Graph &graph = site.power.graph();
    for (auto v : boost::make_iterator_range(boost::vertices(graph))) {
        for (auto e : boost::make_iterator_range(boost::out_edges(v, graph)))
            shown.outEdges.emplace_back(v, boost::target(e, graph));
        for (auto e : boost::make_iterator_range(boost::in_edges(v, graph)))
            shown.inEdges.emplace_back(boost::source(e, graph), v);
    }
    for (const CoolingUnit &unit : site.coolingUnits)
        if (!unit.feed.isNull())
            shown.fedUnits.push_back(unit);
    return shown;
}

bool PowerChainPanel::updateInPlace(const Project &project, const Shown &shape)
{
    const Site &site = project.site;
    const std::vector<PowerNode> &before = m_shown.nodes;
    if (m_rowsOf.isEmpty() || site.planStart != m_shown.planStart || shape.nodes.size() != before.size())
        return false;
    if (shape.outEdges != m_shown.outEdges || shape.inEdges != m_shown.inEdges || shape.fedUnits != m_shown.fedUnits)
        return false;
    for (size_t i = 0; i < before.size(); ++i)
        if (!(shape.nodes[i].id == before[i].id) || shape.nodes[i].houseLoads != before[i].houseLoads
            || shape.nodes[i].name != before[i].name)
            return false; // the rows under a node, or the tooltips naming it, change
    static constexpr int kRoles[] = { Qt::DisplayRole, Qt::ToolTipRole, Qt::TextAlignmentRole, Qt::FontRole,
        Qt::ForegroundRole, NodeIdRole, IsReferenceRole };
    QHash<int, int> widthNeeded; // by column: the widest updated cell
    for (size_t i = 0; i < before.size(); ++i) {
        const PowerNode &node = shape.nodes[i];
        if (node == before[i])
            continue;
        for (QStandardItem *first : m_rowsOf.value(node.id)) {
            QStandardItem *parent = first->parent() ? first->parent() : m_model->invisibleRootItem();
            const int r = first->row();
            const QList<QStandardItem *> fresh = makeRow(node, site.planStart, first->data(IsReferenceRole).toBool());
            for (int c = 0; c < int(fresh.size()); ++c) {
                QStandardItem *cell = parent->child(r, c);
                for (int role : kRoles)
                    if (cell && cell->data(role) != fresh[c]->data(role))
                        cell->setData(fresh[c]->data(role), role);
                if (cell && c > NameColumn) // the name, the only indented column, is the same
                    widthNeeded[c] = std::max(widthNeeded.value(c), m_view->sizeHintForIndex(cell->index()).width());
            }
            qDeleteAll(fresh);
        }
    }
    // A changed cell may need a wider column; columns never narrow here (a rebuild fits them).
    for (auto it = widthNeeded.cbegin(); it != widthNeeded.cend(); ++it)
        if (it.value() > m_view->columnWidth(it.key()))
            m_view->resizeColumnToContents(it.key());
    return true;
}

void PowerChainPanel::rebuild(const Project &project)
{
    const PowerNodeId current = currentNode();
    const QSignalBlocker block(m_view->selectionModel());
    const Site &site = project.site;
    m_model->removeRows(0, m_model->rowCount());
    m_rowsOf.clear();
    m_measuredCells = false;
    TreeBuilder builder(site, m_rowsOf);
    QSet<PowerNodeId> path;
    for (const PowerNode &node : m_shown.nodes) {
        if (site.power.inputsOf(node.id).empty())
            builder.addFull(m_model->invisibleRootItem(), node.id, path);
    }
    for (const PowerNode &node : m_shown.nodes) { // loops no source reaches
        if (!builder.isListed(node.id))
            builder.addFull(m_model->invisibleRootItem(), node.id, path);
    }
    m_model->setHeaderData(UsableColumn, Qt::Horizontal, tr("Usable at %1").arg(format::date(site.planStart)));
    applyHighlight();
    applyMeasured();
    m_view->expandToDepth(2);
    for (int c = 0; c < ColumnCount; ++c)
        m_view->resizeColumnToContents(c);
    if (!current.isNull())
        selectNode(current);
}

void PowerChainPanel::setMeasuredComparison(const std::vector<MeasuredComparisonRow> &rows, bool current)
{
    m_measured.clear();
    for (const MeasuredComparisonRow &row : rows)
        if (!row.isRack)
            m_measured.insert(row.id, row);
    m_measuredCurrent = current;
    m_view->setColumnHidden(PlannedColumn, m_measured.isEmpty());
    m_view->setColumnHidden(MeasuredColumn, m_measured.isEmpty());
    m_model->setHeaderData(PlannedColumn, Qt::Horizontal, current ? tr("Planned") : tr("Planned (not current)"));
    applyMeasured();
    m_view->resizeColumnToContents(PlannedColumn);
    m_view->resizeColumnToContents(MeasuredColumn);
}

namespace {

// The measured cell of a node: its peak, flagged when above the plan's load.
QStandardItem *measuredItem(const MeasuredComparisonRow *row, bool current)
{
    auto *item = new QStandardItem(QStringLiteral("—"));
    item->setToolTip(PowerChainPanel::tr("No measurement of this node in the window"));
    if (row && row->peakKw) {
        const QString p99 = format::kilowatts(Kilowatts(*row->p99Kw));
        const QString detail = PowerChainPanel::tr("Measured peak %1, p99 %2%3 over %4 samples")
                                   .arg(format::kilowatts(Kilowatts(*row->peakKw)),
                                       row->p99Exact ? QString() : QStringLiteral("≤ "), p99)
                                   .arg(row->samples);
        item->setText(format::kilowatts(Kilowatts(*row->peakKw)));
        item->setToolTip(detail);
        if (row->exceedsPlan && current) {
            item->setText(PowerChainPanel::tr("%1 ▲ above plan").arg(format::kilowatts(Kilowatts(*row->peakKw))));
            item->setForeground(theme::colour(theme::Role::ErrorText));
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setToolTip(detail
                + PowerChainPanel::tr(": above the planned load of %1")
                      .arg(format::kilowatts(Kilowatts(row->plannedKw))));
        }
    }
    return item;
}

} // namespace

void PowerChainPanel::applyMeasured()
{
    if (m_measured.isEmpty() && !m_measuredCells)
        return; // the hidden columns hold nothing and there is nothing to show
    const bool fill = !m_measured.isEmpty();
    m_measuredCells = fill;
    const std::function<void(QStandardItem *)> visit = [&](QStandardItem *parent) {
        for (int r = 0; r < parent->rowCount(); ++r) {
            const QString id = parent->child(r, 0)->data(NodeIdRole).toString();
            visit(parent->child(r, 0));
            if (id.isEmpty())
                continue; // a cooling draw or house load row
            if (!fill) {
                delete parent->takeChild(r, PlannedColumn);
                delete parent->takeChild(r, MeasuredColumn);
                continue;
            }
            const auto it = m_measured.constFind(id);
            const MeasuredComparisonRow *row = it == m_measured.cend() ? nullptr : &*it;
            auto *planned = new QStandardItem(row ? format::kilowatts(Kilowatts(row->plannedKw)) : QString());
            planned->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!m_measuredCurrent) {
                planned->setForeground(theme::colour(theme::Role::MutedText));
                planned->setToolTip(tr("From the last plan, solved before the latest edit: not current"));
            } else if (row && row->creditKw > 0) {
                planned->setToolTip(
                    tr("Usable %1, with a measured-diversity credit of %2")
                        .arg(format::kilowatts(Kilowatts(row->usableKw)), format::kilowatts(Kilowatts(row->creditKw))));
            }
            QStandardItem *measured = measuredItem(row, m_measuredCurrent);
            measured->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            for (QStandardItem *item : { planned, measured }) {
                item->setEditable(false);
                item->setData(id, NodeIdRole);
            }
            parent->setChild(r, PlannedColumn, planned);
            parent->setChild(r, MeasuredColumn, measured);
        }
    };
    visit(m_model->invisibleRootItem());
}

} // namespace warmshell::ui
