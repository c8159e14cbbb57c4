// SPDX-License-Identifier: GPL-3.0-or-later
// The light and dark colour sets (ui/theme): the dark Fusion palette turns the app's own surfaces
// dark, pictures for export stay light, and every text colour keeps a readable contrast against
// the surface it is drawn on in both sets (WCAG relative luminance, computed here).
#include "charts/chartexport.h"
#include "charts/chartstyle.h"
#include "floorplan/floorplanscene.h"
#include "theme.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

#include <cmath>

using namespace warmshell::ui;
using theme::Role;

namespace {

// WCAG 2 relative luminance of an sRGB colour.
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void unknownThemeRefused() { QVERIFY(!theme::applyTheme(*qApp, QStringLiteral("purple"))); }

    // Text on its surface: at least 4.5:1 for words, 3:1 for outlines and grids' neighbours.
    void textContrast_data()
    {
        QTest::addColumn<QString>("themeName");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }
    void textContrast()
    {
        QFETCH(QString, themeName);
        QVERIFY(theme::applyTheme(*qApp, themeName));
        QCOMPARE(theme::isDark(), themeName == QLatin1String("dark"));
        const QColor window = qApp->palette().color(QPalette::Window);
        for (Role text : { Role::ErrorText, Role::WarningText, Role::MutedText, Role::AccentText })
            QVERIFY2(contrast(theme::colour(text), window) >= 4.5,
                qPrintable(QStringLiteral("%1 on the window: %2")
                               .arg(theme::css(text))
                               .arg(contrast(theme::colour(text), window))));
        QVERIFY(contrast(theme::colour(Role::HallLabel), theme::colour(Role::FloorBackground)) >= 4.5);
        QVERIFY(contrast(theme::colour(Role::RowLabel), theme::colour(Role::HallFill)) >= 4.5);
        QVERIFY(contrast(theme::colour(Role::HintText), theme::colour(Role::HintBackground)) >= 4.5);
        QVERIFY(contrast(theme::colour(Role::HallOutline), theme::colour(Role::FloorBackground)) >= 3);
        QVERIFY(contrast(qApp->palette().color(QPalette::Text), theme::colour(Role::FeedATint)) >= 4.5);
        QVERIFY(contrast(qApp->palette().color(QPalette::Text), theme::colour(Role::FeedBTint)) >= 4.5);
        QVERIFY(contrast(qApp->palette().color(QPalette::Text), theme::colour(Role::FeedBothTint)) >= 4.5);
    }

    // The floor plan follows the palette; a LightScope (pictures, exports) gives the light set.
    void floorPlanFollowsThePalette()
    {
        QVERIFY(theme::applyTheme(*qApp, QStringLiteral("dark")));
        FloorPlanScene onScreen;
        QVERIFY(onScreen.backgroundBrush().color().lightness() < 128);
        {
            const theme::LightScope printed;
            QVERIFY(!theme::isDark());
            FloorPlanScene picture;
            QVERIFY(picture.backgroundBrush().color().lightness() >= 128);
        }
        QVERIFY(theme::isDark());
        QVERIFY(theme::applyTheme(*qApp, QStringLiteral("light")));
        FloorPlanScene light;
        QVERIFY(light.backgroundBrush().color().lightness() >= 128);
    }

    // Charts follow the palette (background, tick labels, grid) with readable text, and an
    // exported chart is drawn light in the dark theme: its corner pixel is the light
    // background, and the plot on screen is dark again afterwards.
    void chartsFollowThePalette()
    {
        QVERIFY(theme::applyTheme(*qApp, QStringLiteral("dark")));
        QCustomPlot plot;
        plot.resize(400, 300);
        charts::resetChart(&plot, QStringLiteral("Title"));
        charts::finishChart(&plot, 10);
        const auto corner = [&plot] { return plot.toPixmap(400, 300, 1.0).toImage().pixelColor(1, 1); };
        const QColor dark = corner();
        QVERIFY(dark.lightness() < 128);
        QVERIFY(contrast(plot.yAxis->tickLabelColor(), dark) >= 4.5);
        QVERIFY(contrast(plot.xAxis->labelColor(), dark) >= 4.5);
        QVERIFY(contrast(plot.yAxis->basePen().color(), dark) >= 3);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        QCOMPARE(charts::exportChart(&plot, png, 400, 300), QString());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
        plot.replot();
        QCOMPARE(corner(), dark);
        QVERIFY(theme::applyTheme(*qApp, QStringLiteral("light")));
        plot.replot();
        QCOMPARE(corner(), QColor(Qt::white));
        QVERIFY(contrast(plot.yAxis->tickLabelColor(), QColor(Qt::white)) >= 4.5);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
