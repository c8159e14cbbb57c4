// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace warmshell::cli {

Diagnostics::Diagnostics(QTextStream &err, Form form, QString command)
    : m_err(err), m_form(form), m_command(std::move(command))
{
}

QString Diagnostics::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Usage:
        return QStringLiteral("usage");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Invalid:
        return QStringLiteral("invalid");
    case Kind::NoResult:
        return QStringLiteral("no-result");
    case Kind::Output:
        return QStringLiteral("output");
    case Kind::Limit:
        return QStringLiteral("limit");
    case Kind::Catalog:
        return QStringLiteral("catalog");
    case Kind::DesktopApp:
        return QStringLiteral("desktop-app");
    case Kind::Note:
        return QStringLiteral("note");
    }
    return {};
}

void Diagnostics::add(const char *severity, Kind kind, const QString &message, const QString &file, const QString &path)
{
    QJsonObject m{ { QStringLiteral("severity"), QLatin1String(severity) }, { QStringLiteral("kind"), kindKey(kind) },
        { QStringLiteral("message"), message } };
    if (!file.isEmpty())
        m.insert(QStringLiteral("file"), file);
    if (!path.isEmpty())
        m.insert(QStringLiteral("path"), path);
    m_messages.append(m);
}

void Diagnostics::usageError(const QString &message, const QString &usage)
{
    if (m_form == Form::Text)
        m_err << "warmshell-cli: " << message << "\n\n" << usage;
    else
        add("error", Kind::Usage, message, {}, {});
}

void Diagnostics::error(Kind kind, const QString &message, const QString &file)
{
    if (m_form == Form::Text)
        m_err << "warmshell-cli: " << message << '\n';
    else
        add("error", kind, message, file, {});
}

void Diagnostics::warning(Kind kind, const QString &message)
{
    if (m_form == Form::Text)
        m_err << "warmshell-cli: " << message << '\n';
    else
        add("warning", kind, message, {}, {});
}

void Diagnostics::problems(Kind kind, const QString &heading, const QString &file, const std::vector<Problem> &problems)
{
    if (m_form == Form::Text) {
        m_err << heading << ":\n";
        for (const Problem &p : problems)
            m_err << "  " << p.toString() << '\n';
        return;
    }
    for (const Problem &p : problems)
        if (p.omitted > 0)
            m_omitted += p.omitted;
        else
            add("error", kind, p.message, file, p.path);
}

void Diagnostics::problemLines(Kind kind, const QString &heading, const QStringList &lines)
{
    if (m_form == Form::Text) {
        m_err << heading << ":\n";
        for (const QString &line : lines)
            m_err << "  " << line << '\n';
        return;
    }
    for (const QString &line : lines)
        add("error", kind, line, {}, {});
}

void Diagnostics::addLines(const char *severity, Kind kind, const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            add(severity, kind, line, {}, {});
}

void Diagnostics::relay(Kind kind, const QString &text)
{
    if (m_form == Form::Text)
        m_err << text;
    else
        addLines("error", kind, text);
}

void Diagnostics::note(const QString &text)
{
    if (m_form == Form::Text)
        m_err << text;
    else
        addLines("warning", Kind::Note, text);
}

void Diagnostics::finish(int exitCode)
{
    if (m_form == Form::Text || m_finished || (m_messages.isEmpty() && m_omitted == 0 && exitCode == 0))
        return;
    m_finished = true;
    const QJsonObject document{ { QStringLiteral("command"), m_command }, { QStringLiteral("exitCode"), exitCode },
        { QStringLiteral("messages"), m_messages }, { QStringLiteral("omitted"), m_omitted } };
    m_err << QJsonDocument(document).toJson(QJsonDocument::Indented);
    m_err.flush();
}

} // namespace warmshell::cli
