// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lot.h"
#include "powernode.h"
#include "units.h"

#include <QDate>
#include <QString>

// How the user interface writes numbers, units and model enums. One place, so every view
// shows the same quantity the same way. Numbers use the default QLocale.
namespace warmshell::ui::format {

QString kilowatts(Kilowatts kw); // "1,234 kW" (no decimals at or above 100 kW)
QString megawatts(Kilowatts kw); // "12.35 MW"
QString rating(const PowerRating &rating); // "6,000 kW" or "3,000 kVA"
QString money(Money amount, const QString &currency); // "USD 199,000"
QString date(const QDate &date); // ISO 8601, "—" for a null date
QString powerNodeKind(PowerNodeKind kind); // "Utility feed", "UPS", ...
QString depreciation(const DepreciationPolicy &policy); // "straight-line, 6 y"
// A form label as a screen reader speaks it, for a field whose label is not its sibling:
// "Power &feeds:" → "Power feeds" (mnemonic and trailing colon removed).
QString spokenLabel(const QString &formLabel);

} // namespace warmshell::ui::format
