// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enumkeys.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace warmshell::cli {

// One option a command accepts, as its parser reads it and as shell completion and the man
// pages list it. Written "--name VALUE" or "--name=VALUE"; a flag takes no value.
struct CommandOption
{
    QString name; // without the dashes: "objective"
    QString valueName; // as the help shows it: "LIST", "PATH"; empty for a flag
    QStringList choices; // the words the value may be (completion); empty when free
    bool valueIsFile = false; // the value names a file (completion offers file names)
    bool hidden = false; // accepted only to refuse it with a clearer message; not listed
};

using CommandOptions = QList<CommandOption>;

inline CommandOption flagOption(const char *name)
{
    return { QString::fromLatin1(name), {}, {}, false, false };
}

inline CommandOption valueOption(const char *name, const char *valueName)
{
    return { QString::fromLatin1(name), QString::fromLatin1(valueName), {}, false, false };
}

inline CommandOption fileOption(const char *name, const char *valueName)
{
    return { QString::fromLatin1(name), QString::fromLatin1(valueName), {}, true, false };
}

inline CommandOption choiceOption(const char *name, const char *valueName, const QStringList &choices)
{
    return { QString::fromLatin1(name), QString::fromLatin1(valueName), choices, false, false };
}

// The words an enum is written with (its enumKeys table), as an option's choices.
template <typename E> QStringList choicesOf()
{
    QStringList keys;
    for (const auto &[value, key] : enumKeys(E{}))
        keys << QString::fromLatin1(key);
    return keys;
}

// `options` marked hidden: still parsed, never offered.
inline CommandOptions hiddenOptions(CommandOptions options)
{
    for (CommandOption &o : options)
        o.hidden = true;
    return options;
}

} // namespace warmshell::cli
