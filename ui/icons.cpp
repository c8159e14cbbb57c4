// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include "theme.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace warmshell::ui {

namespace {

// The bundled Breeze icon `name` with its dark text colour (#232629) turned light, for a dark
// palette; other colours (red, blue accents) are kept. A null icon when it cannot be read.
QIcon lightenedIcon(const QString &name)
{
    QFile file(QStringLiteral(":/warmshell/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("#232629", "#eff0f1");
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return {};
    QIcon icon;
    for (const int side : { 16, 22, 32, 48 }) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon themeIcon(const QString &name)
{
    // The desktop's icon theme when it has the icon; else the bundled one, lightened on a dark
    // palette (Breeze's bundled icons are drawn for a light one).
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    if (theme::isDark())
        if (QIcon lightened = lightenedIcon(name); !lightened.isNull())
            return lightened;
    return QIcon(QStringLiteral(":/warmshell/icons/%1.svg").arg(name));
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/warmshell/icons/io.github.warmshell.WarmShell.svg"));
}

} // namespace warmshell::ui
