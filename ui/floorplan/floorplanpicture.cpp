// SPDX-License-Identifier: GPL-3.0-or-later
#include "floorplanpicture.h"
#include "theme.h"

#include "floorplanscene.h"
#include "format.h"
#include "plan/capacityplan.h"
#include "project.h"
#include "utilisationlegend.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace warmshell::ui {

namespace {
constexpr double kMargin = 12; // around everything, in scene units
constexpr double kTitleSize = 16; // font pixel sizes, in scene units
constexpr double kTextSize = 10;
constexpr double kGap = 8; // between header, plan and legend

QFont pictureFont(double pixelSize, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(int(pixelSize));
    font.setBold(bold);
    return font;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("warmshell::ui::FloorPlanPicture", text);
}
} // namespace

FloorPlanPicture::FloorPlanPicture(
    const Project &project, const Catalog &builtIn, const CapacityPlan &plan, const QDate &drawnOn)
    : m_scene(std::make_unique<FloorPlanScene>())
{
    const theme::LightScope printedOnWhite; // the picture's items take the light colours
    m_scene->setProject(project, builtIn);
    m_scene->setBackgroundBrush(Qt::white);
    UtilisationLegend::colourRacks(m_scene.get(), project, plan);
    m_source = m_scene->itemsBoundingRect().adjusted(-10, -10, 10, 10);
    const QString name = project.site.name.isEmpty() ? tr("Untitled site") : project.site.name;
    m_title = tr("%1 — floor plan by rack utilisation").arg(name);
    m_subtitle = tr("Plan for %1 · rack load ÷ rack power limit · drawn %2 with WarmShell")
                     .arg(format::date(plan.date), format::date(drawnOn));
}

FloorPlanPicture::~FloorPlanPicture() = default;

double FloorPlanPicture::legendWidth() const
{
    const QFontMetricsF metrics(pictureFont(kTextSize));
    double width = 0;
    for (const auto &[colour, text] : UtilisationLegend::entries())
        width += metrics.height() + metrics.horizontalAdvance(text) + 14;
    return width;
}

QSizeF FloorPlanPicture::size() const
{
    const QFontMetricsF title(pictureFont(kTitleSize, true));
    const QFontMetricsF text(pictureFont(kTextSize));
    const double width = std::max(
        { m_source.width(), title.horizontalAdvance(m_title), text.horizontalAdvance(m_subtitle), legendWidth() });
    const double height = title.height() + text.height() + kGap + m_source.height() + kGap + text.height();
    return QSizeF(width + 2 * kMargin, height + 2 * kMargin);
}

void FloorPlanPicture::paintHeader(QPainter *painter) const
{
    const QFontMetricsF title(pictureFont(kTitleSize, true));
    painter->setPen(Qt::black);
    painter->setFont(pictureFont(kTitleSize, true));
    painter->drawText(QPointF(kMargin, kMargin + title.ascent()), m_title);
    const QFontMetricsF text(pictureFont(kTextSize));
    painter->setFont(pictureFont(kTextSize));
    painter->setPen(QColor(0x44, 0x44, 0x44));
    painter->drawText(QPointF(kMargin, kMargin + title.height() + text.ascent()), m_subtitle);
}

void FloorPlanPicture::paintLegend(QPainter *painter, double top) const
{
    const QFontMetricsF metrics(pictureFont(kTextSize));
    painter->setFont(pictureFont(kTextSize));
    double x = kMargin;
    const double box = metrics.height() - 4;
    for (const auto &[colour, text] : UtilisationLegend::entries()) {
        painter->fillRect(QRectF(x, top + 2, box, box), colour);
        painter->setPen(QColor(0x88, 0x88, 0x88));
        painter->drawRect(QRectF(x, top + 2, box, box));
        x += metrics.height();
        painter->setPen(Qt::black);
        painter->drawText(QPointF(x, top + metrics.ascent()), text);
        x += metrics.horizontalAdvance(text) + 14;
    }
}

void FloorPlanPicture::paint(QPainter *painter, double scale) const
{
    painter->save();
    painter->scale(scale, scale);
    painter->fillRect(QRectF(QPointF(0, 0), size()), Qt::white);
    paintHeader(painter);
    const double planTop = kMargin + QFontMetricsF(pictureFont(kTitleSize, true)).height()
        + QFontMetricsF(pictureFont(kTextSize)).height() + kGap;
    m_scene->render(painter, QRectF(QPointF(kMargin, planTop), m_source.size()), m_source);
    paintLegend(painter, planTop + m_source.height() + kGap);
    painter->restore();
}

} // namespace warmshell::ui
