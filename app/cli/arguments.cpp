// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"

namespace warmshell::cli {

namespace {

// "--name=value", "--name" or "-name" → "name"; empty for a word that is not an option.
QString optionName(const QString &argument)
{
    if (!argument.startsWith(QLatin1Char('-')) || argument.size() < 2)
        return {};
    const qsizetype dashes = argument.startsWith(QLatin1String("--")) ? 2 : 1;
    return argument.mid(dashes).section(QLatin1Char('='), 0, 0);
}

} // namespace

Arguments::Arguments(const CommandOptions &options) : m_options(options)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const CommandOption &o : options) {
        QCommandLineOption option(o.name);
        option.setValueName(o.valueName);
        [[maybe_unused]] const bool added = m_parser.addOption(option);
        Q_ASSERT_X(added, "Arguments", "an option is declared twice");
    }
}

QString Arguments::parse(const QStringList &args, Positionals positionals)
{
    m_args = args;
    if (!m_parser.parse(QStringList{ QStringLiteral("warmshell-cli") } + args)) {
        const QStringList unknown = m_parser.unknownOptionNames();
        if (!unknown.isEmpty())
            return unknownWord(spelling(unknown.first()), positionals);
        // A value option last on the line, or a value given to a flag ("--force=yes").
        const QString last = args.isEmpty() ? QString() : args.last();
        if (const CommandOption *o = find(optionName(last));
            o && !o->valueName.isEmpty() && !last.contains(QLatin1Char('=')))
            return QStringLiteral("%1 needs a value").arg(last);
        for (const QString &a : args)
            if (const CommandOption *o = find(optionName(a)); o && o->valueName.isEmpty() && a.contains(u'='))
                return unknownWord(a, positionals);
        return m_parser.errorText();
    }
    for (const QString &p : m_parser.positionalArguments())
        if (positionals == Positionals::None || (p.startsWith(QLatin1Char('-')) && p != QLatin1String("-")))
            return unknownWord(p, positionals);
    // "--out ''" names no file: refused rather than read as "not given" (standard output).
    for (const CommandOption &o : m_options)
        if (o.valueIsFile && m_parser.isSet(o.name) && m_parser.value(o.name).isEmpty())
            return QStringLiteral("--%1 needs a file name, got ''").arg(o.name);
    return {};
}

bool Arguments::isSet(const QString &name) const
{
    return m_parser.isSet(name);
}

QString Arguments::value(const QString &name) const
{
    return m_parser.value(name);
}

QStringList Arguments::positionalArguments() const
{
    return m_parser.positionalArguments();
}

QString Arguments::spelling(const QString &name) const
{
    for (const QString &a : m_args)
        if (optionName(a) == name)
            return a;
    return QStringLiteral("--") + name;
}

QString Arguments::unknownWord(const QString &argument, Positionals positionals) const
{
    return (positionals == Positionals::None ? QStringLiteral("unknown argument '%1'")
                                             : QStringLiteral("unknown option '%1'"))
        .arg(argument);
}

const CommandOption *Arguments::find(const QString &name) const
{
    for (const CommandOption &o : m_options)
        if (o.name == name)
            return &o;
    return nullptr;
}

} // namespace warmshell::cli
