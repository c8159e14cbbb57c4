// SPDX-License-Identifier: GPL-3.0-or-later
#include "userguide.h"

#include "icons.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTextBrowser>
#include <QUrl>

namespace warmshell::ui {

QString userGuideFile(const QString &appDir)
{
    const QFileInfo guide(QDir(appDir).filePath(QLatin1String(kUserGuideRelativePath)));
    return guide.isFile() ? guide.canonicalFilePath() : QString();
}

QWidget *showUserGuide(QWidget *parent, const QString &file)
{
    if (file.isEmpty()) {
        QMessageBox::information(parent, QObject::tr("User Guide"),
            QObject::tr("The user guide was not found at %1. It is installed with WarmShell; in a source "
                        "checkout it is docs/user-guide.md.")
                .arg(QDir::cleanPath(
                    QDir(QCoreApplication::applicationDirPath()).filePath(QLatin1String(kUserGuideRelativePath)))));
        return nullptr;
    }
    auto *browser = new QTextBrowser(parent);
    browser->setObjectName(QStringLiteral("userGuide"));
    browser->setWindowFlag(Qt::Window);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    browser->setWindowTitle(QObject::tr("WarmShell User Guide"));
    browser->setWindowIcon(themeIcon(QStringLiteral("help-contents")));
    browser->setOpenExternalLinks(true);
    browser->setSource(QUrl::fromLocalFile(file), QTextDocument::MarkdownResource);
    browser->resize(1000, 760);
    browser->show();
    return browser;
}

} // namespace warmshell::ui
