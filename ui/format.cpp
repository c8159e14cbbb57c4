// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace warmshell::ui::format {

namespace {
QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}
QString tr(const char *text)
{
    return QCoreApplication::translate("warmshell::ui::format", text);
}
} // namespace

QString kilowatts(Kilowatts kw)
{
    const double v = kw.value();
    return tr("%1 kW").arg(number(v, std::abs(v) >= 100 || v == std::floor(v) ? 0 : 1));
}

QString megawatts(Kilowatts kw)
{
    return tr("%1 MW").arg(number(kw.value() / 1000.0, 2));
}

QString rating(const PowerRating &rating)
{
    if (rating.isKva())
        return tr("%1 kVA").arg(number(rating.nameplateValue(), 0));
    return tr("%1 kW").arg(number(rating.nameplateValue(), 0));
}

QString money(Money amount, const QString &currency)
{
    return QStringLiteral("%1 %2").arg(currency, number(amount.value(), 0));
}

QString date(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

QString powerNodeKind(PowerNodeKind kind)
{
    switch (kind) {
    case PowerNodeKind::Utility:
        return tr("Utility feed");
    case PowerNodeKind::Substation:
        return tr("Substation");
    case PowerNodeKind::Transformer:
        return tr("Transformer");
    case PowerNodeKind::Generator:
        return tr("Generator");
    case PowerNodeKind::Ups:
        return tr("UPS");
    case PowerNodeKind::Switchboard:
        return tr("Switchboard");
    case PowerNodeKind::Pdu:
        return tr("PDU");
    case PowerNodeKind::Busway:
        return tr("Busway");
    }
    return {};
}

QString depreciation(const DepreciationPolicy &policy)
{
    const QString life
        = tr("%1 y").arg(number(policy.lifeYears, policy.lifeYears == std::floor(policy.lifeYears) ? 0 : 1));
    QString text;
    switch (policy.method) {
    case DepreciationMethod::StraightLine:
        text = tr("straight-line, %1").arg(life);
        break;
    case DepreciationMethod::DecliningBalance:
        text = tr("declining-balance %1 %, %2").arg(number(policy.rate * 100, 0), life);
        break;
    case DepreciationMethod::Custom:
        text = tr("custom schedule, %1").arg(life);
        break;
    }
    if (policy.salvageFraction > 0)
        text += tr(", salvage %1 %").arg(number(policy.salvageFraction * 100, 0));
    return text;
}

QString spokenLabel(const QString &formLabel)
{
    QString spoken = formLabel;
    spoken.replace(QLatin1String("&&"), QLatin1String("\x01")).remove(QLatin1Char('&'));
    spoken.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    spoken = spoken.trimmed();
    if (spoken.endsWith(QLatin1Char(':')))
        spoken.chop(1);
    return spoken;
}

} // namespace warmshell::ui::format
