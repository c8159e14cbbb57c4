// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackelevationdock.h"
#include "theme.h"

#include "catalog.h"
#include "document/document.h"
#include "format.h"
#include "pinsystemscommand.h"
#include "project.h"
#include "rackelevation.h"
#include "validation.h"

#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace warmshell::ui {

namespace {

constexpr int kModelIdRole = Qt::UserRole + 1;

// Models as a drag source: each item drags its model id as kSystemModelMimeType.
class CatalogModelList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override { return { QLatin1String(kSystemModelMimeType) }; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty())
            return nullptr;
        auto *data = new QMimeData;
        data->setData(QLatin1String(kSystemModelMimeType), items.first()->data(kModelIdRole).toString().toUtf8());
        return data;
    }
};

// The elevation as a screen reader speaks it: its figures line, then each system box from the
// top, "U37–U42: NVIDIA DGX H100 · pinned".
QString elevationInWords(const RackElevation &elevation)
{
    QStringList parts{ elevation.figures() };
    std::vector<RackElevation::Slot> boxes = elevation.slotsShown();
    std::sort(boxes.begin(), boxes.end(), [](const auto &a, const auto &b) { return a.bottomU > b.bottomU; });
    for (const RackElevation::Slot &box : boxes) {
        const QString units = box.heightU > 1
            ? RackElevationDock::tr("U%1–U%2").arg(box.bottomU).arg(box.bottomU + box.heightU - 1)
            : RackElevationDock::tr("U%1").arg(box.bottomU);
        QString label = box.label;
        label.replace(QLatin1Char('\n'), QLatin1Char(' '));
        parts << RackElevationDock::tr("%1: %2").arg(units, label); // the label says "pinned" itself
    }
    return parts.join(QLatin1String("; "));
}

} // namespace

RackElevationDock::RackElevationDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Rack Elevation"), parent), m_document(document), m_elevation(new RackElevation(this)),
      m_catalog(new CatalogModelList(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("rackElevationDock"));
    m_catalog->setObjectName(QStringLiteral("elevationCatalog"));
    m_catalog->setAccessibleName(tr("System models to drag into the rack"));
    m_catalog->setDragEnabled(true);
    m_catalog->setMinimumHeight(64);
    m_catalog->setDragDropMode(QAbstractItemView::DragOnly);
    m_catalog->setToolTip(tr("Drag a model onto the rack, or press Enter on it, to pin one system of it there"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: %1").arg(theme::css(theme::Role::ErrorText)));
    m_message->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 4, 4);
    leftLayout->addWidget(new QLabel(tr("Catalog: drag a model onto the rack (or press Enter) to pin it"), left));
    leftLayout->addWidget(m_catalog, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_elevation, 1);
    rightLayout->addWidget(m_message);

    // The rack above, the models to drag into it below.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(right);
    splitter->addWidget(left);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setWidget(splitter);

    connect(m_elevation, &RackElevation::modelDropped, this, [this](const SystemModelId &model) { pinModel(model); });
    // The keyboard's drag: Enter (or a double click) on a model pins it as a drop does.
    connect(m_catalog, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { pinModel(SystemModelId(item->data(kModelIdRole).toString())); });
    // The drawing's text alternative (what a screen reader speaks) is set by refresh().
    m_elevation->setFocusPolicy(Qt::TabFocus);
    m_elevation->setAccessibleName(tr("Rack elevation"));
    connect(m_document, &Document::changed, this, [this] {
        fillCatalog();
        refresh();
    });
    fillCatalog();
    refresh();
}

void RackElevationDock::showRack(const RackId &rack)
{
    m_rack = rack;
    m_message->hide();
    refresh();
}

void RackElevationDock::setPlan(const CapacityPlan *plan, bool stale)
{
    if (plan)
        m_plan = *plan;
    else
        m_plan.reset();
    m_stale = stale;
    refresh();
}

QString RackElevationDock::pinModel(const SystemModelId &model)
{
    const Project &project = m_document->project();
    const Rack *rack = project.site.rack(m_rack);
    const SystemModel *m = project.model(model, Catalog::builtIn());
    QString reason;
    if (m_document->viewedScenarioIndex() >= 0) {
        reason = tr("Scenario «%1» is viewed: switch to the base site to pin systems in racks.")
                     .arg(m_document->viewedScenario());
    } else if (!rack) {
        reason = tr("Select a rack first.");
    } else if (!m) {
        reason = tr("Unknown system model \"%1\".").arg(model.toString());
    } else if (m->cooling == CoolingType::Liquid && rack->cooling != CoolingType::Liquid) {
        reason = tr("%1 is liquid-cooled; %2 is an air rack.").arg(m->name, rack->name);
    } else {
        int usedU = 0;
        bool holdsWholeRack = false;
        for (const PinnedSystems &p : rack->pinned) {
            const SystemModel *pm = project.model(p.model, Catalog::builtIn());
            if (pm && pm->wholeRack)
                holdsWholeRack = true;
            else if (pm)
                usedU += pm->height.value() * p.count;
        }
        if (m->wholeRack && (usedU > 0 || holdsWholeRack))
            reason = tr("%1 fills a whole rack; %2 already holds pinned systems.").arg(m->name, rack->name);
        else if (holdsWholeRack)
            reason = tr("%1 already holds a whole-rack system.").arg(rack->name);
        else if (!m->wholeRack && usedU + m->height.value() > rack->height.value())
            reason = tr("%1 needs %2 U; %3 has %4 U free of pinned systems.")
                         .arg(m->name)
                         .arg(m->height.value())
                         .arg(rack->name)
                         .arg(rack->height.value() - usedU);
    }
    auto command = std::make_unique<PinSystemsCommand>(m_document, m_rack, model, 1);
    if (reason.isEmpty()) {
        // Whatever else the rack's limits refuse (power, weight), as validation would after the drop.
        Rack after = *rack;
        after.pinned = command->after();
        const std::vector<Problem> problems = validatePinnedContents(project, Catalog::builtIn(), after);
        if (!problems.empty())
            reason = tr("Cannot pin %1 in %2: %3.").arg(m->name, rack->name, problems.front().message);
    }
    if (!reason.isEmpty()) {
        m_message->setText(reason);
        m_message->show();
        return reason;
    }
    m_message->hide();
    m_document->undoStack()->push(command.release());
    return {};
}

void RackElevationDock::refresh()
{
    const Project &project = m_document->project();
    const Rack *rack = m_rack.isNull() ? nullptr : project.site.rack(m_rack);
    // With a plan, its placement (a rack it left empty is empty); without one, the pinned contents.
    static const RackPlacement empty;
    const RackPlacement *placement = nullptr;
    if (rack && m_plan) {
        placement = &empty;
        for (const RackPlacement &p : m_plan->placements) {
            if (p.rack == m_rack)
                placement = &p;
        }
    }
    m_elevation->setRack(project, Catalog::builtIn(), rack, placement, m_stale);
    m_elevation->setAccessibleDescription(elevationInWords(*m_elevation));
}

void RackElevationDock::fillCatalog()
{
    const Project &project = m_document->project();
    std::vector<const SystemModel *> models;
    for (const SystemModel &m : project.customModels)
        models.push_back(&m);
    for (const SystemModel &m : Catalog::builtIn().models()) {
        if (!project.model(m.id, Catalog::builtIn()) || project.model(m.id, Catalog::builtIn()) == &m)
            models.push_back(&m);
    }
    const QString current
        = m_catalog->currentItem() ? m_catalog->currentItem()->data(kModelIdRole).toString() : QString();
    m_catalog->clear();
    for (const SystemModel *m : models) {
        const QString size = m->wholeRack ? tr("whole rack") : tr("%1 U").arg(m->height.value());
        auto *item = new QListWidgetItem(
            tr("%1\n%2 GPUs · %3 · %4 · %5")
                .arg(m->name)
                .arg(m->gpusPerSystem)
                .arg(format::kilowatts(m->power), size, m->cooling == CoolingType::Liquid ? tr("liquid") : tr("air")),
            m_catalog);
        item->setData(kModelIdRole, m->id.toString());
        item->setToolTip(m->id.toString());
        if (m->id.toString() == current)
            m_catalog->setCurrentItem(item);
    }
}

} // namespace warmshell::ui
