// SPDX-License-Identifier: GPL-3.0-or-later
#include "utilisationlegend.h"

#include "floorplanscene.h"
#include "plan/capacityplan.h"
#include "project.h"
#include "rackitem.h"

#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPixmap>

namespace warmshell::ui {

namespace {
struct Band
{
    double upTo; // share of the power limit, inclusive
    QColor colour;
};
// Light to dark as the rack fills; red above the limit.
const Band kBands[] = {
    { 0.5, QColor(0xc7, 0xe9, 0xc0) },
    { 0.8, QColor(0x74, 0xc4, 0x76) },
    { 0.95, QColor(0xf2, 0xb4, 0x4f) },
    { 1.0 + 1e-9, QColor(0xe0, 0x6c, 0x1a) },
};
const QColor kEmpty(0xe2, 0xe4, 0xe8);
const QColor kOver(0xd6, 0x27, 0x28);
} // namespace

QColor UtilisationLegend::colour(double share)
{
    if (share < 0)
        return kEmpty;
    for (const Band &band : kBands) {
        if (share <= band.upTo)
            return band.colour;
    }
    return kOver;
}

void UtilisationLegend::colourRacks(FloorPlanScene *scene, const Project &project, const CapacityPlan &plan)
{
    QHash<QString, const RackPlacement *> placements;
    for (const RackPlacement &p : plan.placements)
        placements.insert(p.rack.toString(), &p);
    for (RackItem *item : scene->rackItems()) {
        const Rack *rack = project.site.rack(item->rackId());
        const RackPlacement *p = placements.value(item->rackId().toString());
        const double limit = rack ? rack->powerLimit.value() : 0;
        const double share = p && limit > 0 ? p->load.value() / limit : 0;
        item->setBrush(colour(p ? share : -1));
    }
}

QList<std::pair<QColor, QString>> UtilisationLegend::entries()
{
    return { { kEmpty, tr("no systems") }, { colour(0.25), tr("≤ 50 %") }, { colour(0.7), tr("50–80 %") },
        { colour(0.9), tr("80–95 %") }, { colour(1.0), tr("95–100 %") }, { kOver, tr("> 100 %") } };
}

UtilisationLegend::UtilisationLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("utilisationLegend"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->setSpacing(6);
    layout->addWidget(new QLabel(tr("Rack load ÷ limit (plan):"), this));
    const auto add = [&](const QColor &colour, const QString &text) {
        QPixmap swatch(14, 14);
        swatch.fill(colour);
        auto *icon = new QLabel(this);
        icon->setPixmap(swatch);
        layout->addWidget(icon);
        layout->addWidget(new QLabel(text, this));
        layout->addSpacing(4);
    };
    for (const auto &[colour, text] : entries())
        add(colour, text);
    layout->addStretch(1);
}

} // namespace warmshell::ui
