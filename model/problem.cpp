// SPDX-License-Identifier: GPL-3.0-or-later
#include "problem.h"

namespace warmshell {

QString Problem::readable() const
{
    if (omitted > 0 || subject.isEmpty())
        return toString();
    QString out = message.contains(subject) ? message
        : field.isEmpty()                   ? subject + QStringLiteral(": ") + message
                                            : QStringLiteral("%1 (%2): %3").arg(subject, field, message);
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

} // namespace warmshell
