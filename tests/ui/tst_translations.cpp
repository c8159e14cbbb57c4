// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21 §3, the app in Chinese (docs/translations.md):
//  - with zh_CN the menu titles and dock titles are the translations translations/warmshell_zh_CN.ts
//    gives for the English ones (read from the .ts, not written here);
//  - every visible menu and tool bar action, dock title, tab, button, label and table header
//    of the main window is translated: it holds Chinese, or nothing but the project's own names
//    and the proper nouns and units of kAllowedWords;
//  - numbers in the user interface follow the locale (German groups thousands with '.') while
//    an exported CSV of the same plan is byte for byte the same in any locale;
//  - every string the window looks up whose source text the .ts has is looked up in a context
//    where the .ts has it (a tr() helper with a context other than lupdate's never translates);
//  - View → Language stores the choice for the next start.
// The pictures in Chinese come from `warmshell --lang zh_CN --screenshot` (./dev screenshots).

#include "catalog.h"
#include "document/document.h"
#include "export/planexport.h"
#include "export/table.h"
#include "format.h"
#include "language.h"
#include "mainwindow.h"
#include "solve/solvecontroller.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMultiHash>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <memory>

using namespace warmshell;
using namespace warmshell::ui;

namespace {

constexpr int kSolveTimeoutMs = 60000;

// Proper nouns, units and symbols a Chinese planner reads as they are.
const QStringList kAllowedWords{ QStringLiteral("GPU"), QStringLiteral("GPUs"), QStringLiteral("UPS"),
    QStringLiteral("PDU"), QStringLiteral("CDU"), QStringLiteral("CRAH"), QStringLiteral("PUE"),
    QStringLiteral("NetBox"), QStringLiteral("WarmShell"), QStringLiteral("Qt"), QStringLiteral("kW"),
    QStringLiteral("MW"), QStringLiteral("kVA"), QStringLiteral("kg"), QStringLiteral("PFLOPS"),
    QStringLiteral("TFLOPS"), QStringLiteral("PFLOP"), QStringLiteral("BF16"), QStringLiteral("FP8"),
    QStringLiteral("FP4"), QStringLiteral("CSV"), QStringLiteral("JSON"), QStringLiteral("PDF"), QStringLiteral("PNG"),
    QStringLiteral("SVG"), QStringLiteral("USD"), QStringLiteral("ID"), QStringLiteral("URL"), QStringLiteral("CA"),
    QStringLiteral("English"), QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Del"),
    QStringLiteral("YYYY"), QStringLiteral("MM"), QStringLiteral("DD"), QStringLiteral("IT"), QStringLiteral("LP"),
    QStringLiteral("p99"), QStringLiteral("P10"), QStringLiteral("P50"), QStringLiteral("P90"), QStringLiteral("COP"),
    QStringLiteral("ISO"), QStringLiteral("DGX"), QStringLiteral("HGX"), QStringLiteral("NVL72") };

// Source text → its translations (in any context) in the .ts file at `path`; a plural message
// gives its first form.
QMultiHash<QString, QString> readTranslations(const QString &path)
{
    QMultiHash<QString, QString> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            out.insert(source, xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
        }
    }
    return out;
}

bool hasHan(const QString &text)
{
    return std::any_of(
        text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

// The names a project and the built-in catalog give (halls, racks, nodes, lots, models...):
// data the planner wrote, shown as written in any language.
QSet<QString> namesOf(const QString &projectFile)
{
    QSet<QString> words;
    const auto addWords = [&words](const QString &text) {
        for (const QString &word : text.split(QRegularExpression(QStringLiteral("[^A-Za-z0-9+]+")), Qt::SkipEmptyParts))
            words.insert(word);
    };
    QFile file(projectFile);
    if (file.open(QIODevice::ReadOnly)) {
        std::function<void(const QJsonValue &)> walk = [&](const QJsonValue &value) {
            if (value.isObject()) {
                const QJsonObject object = value.toObject();
                for (auto it = object.begin(); it != object.end(); ++it) {
                    if (it.value().isString()
                        && (it.key() == QLatin1String("name") || it.key().endsWith(QLatin1String("Id"))
                            || it.key() == QLatin1String("id") || it.key() == QLatin1String("model")))
                        addWords(it.value().toString());
                    walk(it.value());
                }
            } else if (value.isArray()) {
                for (const QJsonValue &item : value.toArray())
                    walk(item);
            }
        };
        walk(QJsonDocument::fromJson(file.readAll()).object());
    }
    for (const SystemModel &model : Catalog::builtIn().models())
        for (const QString &text : { model.name, model.vendor, model.generation, model.gpu, model.id.toString() })
            addWords(text);
    return words;
}

// The words of `text` that are neither Chinese nor allowed: empty when it reads as translated.
QStringList untranslatedWords(const QString &text, const QSet<QString> &names)
{
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    if (hasHan(plain))
        return {};
    QStringList left;
    for (const QString &word : plain.split(QRegularExpression(QStringLiteral("[^A-Za-z0-9+]+")), Qt::SkipEmptyParts)) {
        const bool letters = word.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}")));
        if (letters && !names.contains(word) && !kAllowedWords.contains(word))
            left << word;
    }
    return left;
}

// "context\x1fsource" of every message of the .ts file at `path`.
QSet<QString> readMessageKeys(const QString &path)
{
    QSet<QString> keys;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return keys;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            keys.insert(context + QChar(0x1f) + xml.readElementText());
    }
    return keys;
}

// Installed before the language's translators, so asked only when they have no translation:
// remembers each lookup that found none, as "context\x1fsource".
class MissRecorder : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        misses.insert(QString::fromUtf8(context) + QChar(0x1f) + QString::fromUtf8(source));
        return {};
    }
    bool isEmpty() const override { return false; }

    mutable QSet<QString> misses;
};

struct WindowTexts
{
    QStringList menus; // menu bar titles, in order
    QHash<QString, QString> docks; // object name → title
};

WindowTexts textsOf(MainWindow &window)
{
    WindowTexts texts;
    for (QAction *action : window.menuBar()->actions())
        texts.menus << action->text();
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        texts.docks.insert(dock->objectName(), dock->windowTitle());
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menusAndDocksAreTheTranslations();
    void everyVisibleTextIsTranslated();
    void uiNumbersFollowTheLocaleFilesDoNot();
    void languageChoiceIsStored();
    void lookupsUseTheContextsOfTheTs();

private:
    std::unique_ptr<MainWindow> openWindow(const QLocale &locale, const QString &project);
    static bool waitForSolve(MainWindow &window);
    void checkTexts(const QStringList &texts, const QString &what, const QSet<QString> &names);

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    QMultiHash<QString, QString> m_zh;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_zh = readTranslations(QStringLiteral(WARMSHELL_SOURCE_DIR "/translations/warmshell_zh_CN.ts"));
    QVERIFY(m_zh.size() > 1000);
}

void TestTranslations::init()
{
    m_settingsDir = uitest::useFreshSettings();
}

void TestTranslations::cleanup()
{
    language::apply(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

std::unique_ptr<MainWindow> TestTranslations::openWindow(const QLocale &locale, const QString &project)
{
    language::apply(*qApp, locale);
    auto window = std::make_unique<MainWindow>();
    window->solveController()->setDebounceMs(0);
    if (!window->openFile(project).isEmpty())
        return nullptr;
    window->resize(uitest::screenshotSize());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

bool TestTranslations::waitForSolve(MainWindow &window)
{
    SolveController *solve = window.solveController();
    return QTest::qWaitFor([solve] { return !solve->isBusy() && solve->plan() && !solve->isStale(); }, kSolveTimeoutMs);
}

void TestTranslations::menusAndDocksAreTheTranslations()
{
    std::unique_ptr<MainWindow> english
        = openWindow(language::localeOf(language::Choice::English), MainWindow::labExample());
    QVERIFY(english);
    const WindowTexts source = textsOf(*english);
    english->document()->undoStack()->setClean();
    english.reset();
    std::unique_ptr<MainWindow> chinese
        = openWindow(language::localeOf(language::Choice::SimplifiedChinese), MainWindow::labExample());
    QVERIFY(chinese);
    const WindowTexts shown = textsOf(*chinese);
    QCOMPARE(shown.menus.size(), source.menus.size());
    QVERIFY(source.menus.size() >= 7);
    for (int i = 0; i < source.menus.size(); ++i) {
        const QStringList expected = m_zh.values(source.menus[i]);
        QVERIFY2(!expected.isEmpty(), qPrintable(source.menus[i] + QStringLiteral(" is not in the .ts")));
        QVERIFY2(
            expected.contains(shown.menus[i]), qPrintable(source.menus[i] + QStringLiteral(" → ") + shown.menus[i]));
    }
    int docks = 0;
    for (auto it = source.docks.begin(); it != source.docks.end(); ++it) {
        const QStringList expected = m_zh.values(it.value());
        if (expected.isEmpty())
            continue; // a title made of several strings ("Results — site"): the next test reads it
        ++docks;
        QVERIFY2(expected.contains(shown.docks.value(it.key())),
            qPrintable(it.value() + QStringLiteral(" → ") + shown.docks.value(it.key())));
    }
    QVERIFY2(docks >= 8, qPrintable(QString::number(docks)));
    // The Chinese title of the File menu is the .ts file's, whatever the code says.
    QCOMPARE(shown.menus.first(), m_zh.value(QStringLiteral("&File")));
    chinese->document()->undoStack()->setClean();
}

namespace {

void collectMenuTexts(QMenu *menu, QStringList &out)
{
    emit menu->aboutToShow(); // menus filled on demand (Open Recent)
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        out << action->text();
        if (action->menu())
            collectMenuTexts(action->menu(), out);
    }
}

// Every text the window shows: menus, tool bars, dock titles, tabs, buttons, labels and the
// horizontal headers of its tables and trees (the visible ones; menus whole).
QStringList visibleTexts(MainWindow &window)
{
    QStringList texts;
    for (QAction *top : window.menuBar()->actions()) {
        texts << top->text();
        collectMenuTexts(top->menu(), texts);
    }
    for (QToolBar *bar : window.findChildren<QToolBar *>())
        for (QAction *action : bar->actions())
            texts << action->text();
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        texts << dock->windowTitle();
    for (QTabBar *tabs : window.findChildren<QTabBar *>())
        for (int i = 0; tabs->isVisible() && i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->isVisible())
            texts << label->text();
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
        if (button->isVisible())
            texts << button->text();
    for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = view->model();
        for (int c = 0; view->isVisible() && model && c < model->columnCount(); ++c)
            texts << model->headerData(c, Qt::Horizontal).toString();
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

void TestTranslations::checkTexts(const QStringList &texts, const QString &what, const QSet<QString> &names)
{
    QStringList failures;
    for (const QString &text : texts)
        if (const QStringList words = untranslatedWords(text, names); !words.isEmpty())
            failures << QStringLiteral("\"%1\" (%2)").arg(text, words.join(QLatin1Char(' ')));
    QVERIFY2(
        failures.isEmpty(), qPrintable(what + QStringLiteral(" in English: ") + failures.join(QStringLiteral("; "))));
}

void TestTranslations::everyVisibleTextIsTranslated()
{
    const QString project = MainWindow::campusExample();
    std::unique_ptr<MainWindow> window = openWindow(language::localeOf(language::Choice::SimplifiedChinese), project);
    QVERIFY(window);
    QVERIFY(waitForSolve(*window));
    QTest::qWait(100);
    const QStringList texts = visibleTexts(*window);
    QVERIFY2(texts.size() > 150, qPrintable(QString::number(texts.size())));
    // The check itself finds English: the same texts of an English window fail it.
    QVERIFY(!untranslatedWords(QStringLiteral("&Fit Floor Plan"), namesOf(project)).isEmpty());
    checkTexts(texts, QStringLiteral("Texts"), namesOf(project));
    window->document()->undoStack()->setClean();
}

void TestTranslations::uiNumbersFollowTheLocaleFilesDoNot()
{
    // The UI: ui/format (and every QLocale() of ui/) writes in the default locale.
    language::apply(*qApp, QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(format::kilowatts(Kilowatts{ 12345.0 }), QStringLiteral("12.345 kW"));
    QCOMPARE(format::megawatts(Kilowatts{ 12345.0 }), QStringLiteral("12,35 MW"));
    language::apply(*qApp, language::localeOf(language::Choice::English));
    QCOMPARE(format::kilowatts(Kilowatts{ 12345.0 }), QStringLiteral("12,345 kW"));
    QCOMPARE(format::megawatts(Kilowatts{ 12345.0 }), QStringLiteral("12.35 MW"));
    // A file: the nodes table of the campus's plan, exported once per locale, is the same.
    std::unique_ptr<MainWindow> window
        = openWindow(language::localeOf(language::Choice::English), MainWindow::campusExample());
    QVERIFY(window);
    QVERIFY(waitForSolve(*window));
    const CapacityPlan plan = *window->solveController()->plan();
    const Project &project = window->document()->project();
    QStringList csv;
    for (const QLocale &locale : { QLocale(QLocale::English, QLocale::UnitedStates),
             QLocale(QLocale::German, QLocale::Germany), language::localeOf(language::Choice::SimplifiedChinese) }) {
        language::apply(*qApp, locale);
        const PlanTableResult nodes = planTable(PlanTableKind::Nodes, plan, project, Catalog::builtIn());
        QVERIFY(nodes.table);
        csv << tableToCsv(*nodes.table);
    }
    QCOMPARE(csv[1], csv[0]);
    QCOMPARE(csv[2], csv[0]);
    // Its figures are written with a '.' and no grouping: a load over 1,000 kW is in it as such.
    QVERIFY2(csv[0].contains(QRegularExpression(QStringLiteral(",\\d{4,}\\.\\d"))), qPrintable(csv[0].left(400)));
    window->document()->undoStack()->setClean();
}

void TestTranslations::languageChoiceIsStored()
{
    std::unique_ptr<MainWindow> window
        = openWindow(language::localeOf(language::Choice::English), MainWindow::labExample());
    QVERIFY(window);
    QCOMPARE(language::savedChoice(), language::Choice::System);
    auto *chinese = window->findChild<QAction *>(QStringLiteral("language_zh_CN"));
    QVERIFY(chinese);
    chinese->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(language::savedChoice(), language::Choice::SimplifiedChinese);
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("简体中文")),
        qPrintable(window->statusBar()->currentMessage()));
    // The next window ticks the stored choice.
    window->document()->undoStack()->setClean();
    window.reset();
    window = openWindow(language::localeOf(language::Choice::English), MainWindow::labExample());
    QVERIFY(window);
    QVERIFY(window->findChild<QAction *>(QStringLiteral("language_zh_CN"))->isChecked());
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("language_system"))->isChecked());
    window->document()->undoStack()->setClean();
}

void TestTranslations::lookupsUseTheContextsOfTheTs()
{
    const QSet<QString> keys = readMessageKeys(QStringLiteral(WARMSHELL_SOURCE_DIR "/translations/warmshell_zh_CN.ts"));
    MissRecorder recorder;
    QCoreApplication::installTranslator(&recorder);
    std::unique_ptr<MainWindow> window
        = openWindow(language::localeOf(language::Choice::SimplifiedChinese), MainWindow::campusExample());
    QVERIFY(window);
    QVERIFY(waitForSolve(*window));
    QTest::qWait(100);
    visibleTexts(*window); // every menu filled
    window->document()->undoStack()->setClean();
    window.reset();
    QCoreApplication::removeTranslator(&recorder);
    // A miss of a source the .ts has, in a context of ours (Qt's own start with Q), is a context
    // that differs from the one lupdate gave the string.
    QSet<QString> sources;
    for (const QString &key : keys)
        sources.insert(key.section(QChar(0x1f), 1));
    QStringList wrong;
    for (const QString &miss : std::as_const(recorder.misses)) {
        const QString context = miss.section(QChar(0x1f), 0, 0);
        const bool qts = context.size() > 1 && context[0] == QLatin1Char('Q') && context[1].isUpper();
        if (!qts && sources.contains(miss.section(QChar(0x1f), 1)))
            wrong << QString(miss).replace(QChar(0x1f), QStringLiteral(": "));
    }
    QVERIFY2(!recorder.misses.isEmpty(), "the recorder saw no lookup");
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
