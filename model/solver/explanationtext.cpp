// SPDX-License-Identifier: GPL-3.0-or-later
#include "explanationtext.h"

#include <QLocale>

namespace warmshell::solver {

QString kwText(double kw)
{
    return QLocale::c().toString(kw, 'f', kw < 100 ? 1 : 0) + QStringLiteral(" kW");
}

QString numberText(double v, int decimals)
{
    QLocale l = QLocale::c();
    l.setNumberOptions(QLocale::DefaultNumberOptions);
    return l.toString(v, 'f', decimals);
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace warmshell::solver
