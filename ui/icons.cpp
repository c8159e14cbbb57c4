// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

namespace warmshell::ui {

QIcon themeIcon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/warmshell/icons/%1.svg").arg(name)));
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/warmshell/icons/io.github.warmshell.WarmShell.svg"));
}

} // namespace warmshell::ui
