// SPDX-License-Identifier: GPL-3.0-or-later
#include "manpage.h"

#include <QRegularExpression>

namespace warmshell::cli {

namespace {

// Text as roff reads it literally: backslashes and hyphens escaped, no control line.
QString roff(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\e")).replace(QLatin1Char('-'), QStringLiteral("\\-"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QStringLiteral("\\&"));
    return text;
}

QString bold(const QString &text)
{
    return QStringLiteral("\\fB") + roff(text) + QStringLiteral("\\fR");
}

QString italic(const QString &text)
{
    return QStringLiteral("\\fI") + roff(text) + QStringLiteral("\\fR");
}

QString header(const QString &title, const QString &version)
{
    return QStringLiteral(".TH \"%1\" \"1\" \"\" \"WarmShell %2\" \"WarmShell Manual\"\n")
        .arg(roff(title.toUpper()), roff(version));
}

QString pageName(const Command &command)
{
    return QStringLiteral("warmshell-cli-") + QLatin1String(command.name);
}

// A usage text in its parts: "Usage: ..." lines, the description, and the exit codes.
struct UsageParts
{
    QStringList synopsis; // without "Usage: "; wrapped lines keep their indent relative to it
    QStringList body;
    QString exitCodes;
};

UsageParts splitUsage(const QString &usage)
{
    const QString prefix = QStringLiteral("Usage: "), exit = QStringLiteral("Exit codes: ");
    QStringList lines = usage.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    UsageParts parts;
    qsizetype i = 0;
    for (; i < lines.size() && !lines[i].isEmpty(); ++i)
        parts.synopsis << (lines[i].startsWith(prefix) || lines[i].startsWith(QString(prefix.size(), u' '))
                ? lines[i].mid(prefix.size())
                : lines[i]);
    for (++i; i < lines.size() && !lines[i].startsWith(exit); ++i)
        parts.body << lines[i];
    parts.exitCodes = lines.mid(i).join(QLatin1Char(' ')).mid(exit.size());
    return parts;
}

// "--objective LIST" → bold option, italic value; "placements" → bold.
QString term(const QString &text)
{
    const QString first = text.section(QLatin1Char(' '), 0, 0), rest = text.section(QLatin1Char(' '), 1);
    return rest.isEmpty() ? bold(first) : bold(first) + u' ' + italic(rest);
}

// The description: plain lines as filled text, "  TERM  text" lines (and their deeper
// indented continuations) as tagged paragraphs.
QString description(const QStringList &body)
{
    static const QRegularExpression entry(QStringLiteral("^  (\\S(?:.*?\\S)?)\\s{2,}(\\S.*)$"));
    QString text;
    bool inList = false;
    qsizetype column = 0; // where the descriptions of the current list start
    for (const QString &line : body) {
        if (line.startsWith(QLatin1String("   ")) && inList) {
            text += roff(line.trimmed()) + u'\n';
        } else if (line.startsWith(QLatin1String("  "))) {
            QString name = line.trimmed(), what;
            if (const auto m = entry.match(line); m.hasMatch()) {
                name = m.captured(1);
                what = m.captured(2);
                column = m.capturedStart(2);
            } else if (column > 0 && line.size() > column && line[column - 1] == u' ') {
                name = line.left(column).trimmed();
                what = line.mid(column);
            }
            text += QStringLiteral(".TP\n") + term(name) + u'\n' + roff(what) + u'\n';
            inList = true;
        } else {
            text += (inList || line.isEmpty() ? QStringLiteral(".PP\n") : QString()) + roff(line)
                + (line.isEmpty() ? QString() : QStringLiteral("\n"));
            inList = false;
        }
    }
    return text;
}

QString synopsis(const QStringList &lines, const Command &command)
{
    const QString call = QStringLiteral("warmshell-cli ") + QLatin1String(command.name);
    QString text = QStringLiteral(".SH SYNOPSIS\n.nf\n");
    for (const QString &line : lines)
        text += (line.startsWith(call) ? bold(call) + roff(line.mid(call.size())) : roff(line)) + u'\n';
    return text + QStringLiteral(".fi\n");
}

// What the command reads, as the FILES section says it.
QString files(Needs needs)
{
    QString text;
    if (needs.testFlag(Need::ProjectFile))
        text += QStringLiteral(".TP\n") + italic(QStringLiteral("FILE")) + u'\n'
            + roff(QStringLiteral("a WarmShell project: one JSON file (*.warmshell.json); older format versions are "
                                  "migrated when read, newer ones refused"))
            + u'\n';
    if (needs.testFlag(Need::NetBoxExports))
        text += QStringLiteral(".TP\n") + italic(QStringLiteral("RACKS.json, PANELS.json, FEEDS.json")) + u'\n'
            + roff(QStringLiteral("what NetBox's REST API returns for /api/dcim/racks/, /api/dcim/power-panels/ "
                                  "and /api/dcim/power-feeds/"))
            + u'\n';
    if (needs.testFlag(Need::DesktopApp))
        text += QStringLiteral(".TP\n") + bold(QStringLiteral("warmshell")) + u'\n'
            + roff(QStringLiteral("the WarmShell desktop app, in the same directory as warmshell-cli; it draws the "
                                  "PDF without opening a window"))
            + u'\n';
    return text.isEmpty() ? text : QStringLiteral(".SH FILES\n") + text;
}

} // namespace

QString commandManPage(const Command &command, const QString &version)
{
    const UsageParts usage = splitUsage(commandHelp(command));
    return header(pageName(command), version) + QStringLiteral(".SH NAME\n") + roff(pageName(command))
        + QStringLiteral(" \\- ") + roff(QString::fromUtf8(command.summary)) + u'\n' + synopsis(usage.synopsis, command)
        + QStringLiteral(".SH DESCRIPTION\n") + description(usage.body) + files(command.needs)
        + QStringLiteral(".SH EXIT STATUS\n") + roff(usage.exitCodes) + u'\n' + QStringLiteral(".SH SEE ALSO\n")
        + bold(QStringLiteral("warmshell-cli")) + QStringLiteral("(1)\n");
}

QString toolManPage(const QString &version)
{
    QString summary = QString::fromLatin1(kToolDescription).chopped(1);
    summary[0] = summary[0].toLower();
    QString text = header(QStringLiteral("warmshell-cli"), version) + QStringLiteral(".SH NAME\nwarmshell\\-cli \\- ")
        + roff(summary) + QStringLiteral("\n.SH SYNOPSIS\n.nf\n");
    const QString tool = bold(QStringLiteral("warmshell-cli"));
    text += tool + u' ' + italic(QStringLiteral("COMMAND")) + QStringLiteral(" [") + italic(QStringLiteral("OPTIONS"))
        + QStringLiteral("]\n") + tool + u' ' + italic(QStringLiteral("COMMAND")) + u' '
        + bold(QStringLiteral("--help")) + u'\n' + tool + u' ' + bold(QStringLiteral("--help")) + QStringLiteral(" | ")
        + bold(QStringLiteral("--version")) + QStringLiteral("\n.fi\n.SH DESCRIPTION\n")
        + roff(QString::fromLatin1(kToolDescription))
        + roff(QStringLiteral("\nResults go to standard output, or to the file named by --out; refusals, problems "
                              "and usage errors go to standard error. An option takes its value as --name VALUE "
                              "or --name=VALUE. A FILE of - is standard input, an output of - standard output; "
                              "--quiet leaves only the result on standard output; with --format json, errors go "
                              "to standard error as one JSON document."))
        + QStringLiteral("\n.SH COMMANDS\n");
    QStringList seeAlso;
    for (const Command &c : commands()) {
        text += QStringLiteral(".TP\n") + bold(QString::fromLatin1(c.name))
            + (*c.synopsis ? u' ' + italic(QString::fromLatin1(c.synopsis)) : QString()) + u'\n'
            + roff(QString::fromUtf8(c.summary)) + u'\n';
        seeAlso << bold(pageName(c)) + QStringLiteral("(1)");
    }
    return text + QStringLiteral(".SH EXIT STATUS\n") + roff(QString::fromLatin1(kExitCodes))
        + QStringLiteral("\n.SH SEE ALSO\n") + seeAlso.join(QStringLiteral(",\n")) + u'\n';
}

QList<ManPage> manPages(const QString &version)
{
    QList<ManPage> pages{ { QStringLiteral("warmshell-cli.1"), toolManPage(version) } };
    for (const Command &c : commands())
        pages.append({ pageName(c) + QStringLiteral(".1"), commandManPage(c, version) });
    return pages;
}

} // namespace warmshell::cli
