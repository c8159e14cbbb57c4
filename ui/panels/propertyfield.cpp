// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertyfield.h"

#include <QLocale>

namespace warmshell::ui::propertyfield {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("warmshell::ui", text, disambiguation, n);
}

QString number(double v)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator); // text the parser reads back as is
    return locale.toString(v, 'g', 12);
}

} // namespace warmshell::ui::propertyfield
