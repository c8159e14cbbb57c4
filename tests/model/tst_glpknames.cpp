// SPDX-License-Identifier: GPL-3.0-or-later
// Ids that validation accepts but GLPK refuses as names (over 255 bytes, control characters)
// must neither abort the process nor change the plan: glpkName() makes every row and column
// name GLPK takes, and the written LP/MPS files read back with the same optimum.
#include "catalog.h"
#include "projectfile.h"
#include "solver/glpkmodel.h"
#include "solver/perrackmodel.h"
#include "solver/solver.h"
#include "testsupport.h"
#include "validation.h"

#include <glpk.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace warmshell;

namespace {

const QByteArray kLongModel = "custom-" + QByteArray(293, 'm'); // 300 characters
const QByteArray kLongRack = "rack-" + QByteArray(295, 'r'); // 300 characters

// good/minimal with a custom model (a copy of the DGX A100) in a second lot; `odd`: its id
// has 300 characters, the PDU's id a tab and a newline and rack-1's id 300 characters.
Project site(bool odd)
{
    QFile file(QStringLiteral(WARMSHELL_TEST_DATA "/good/minimal.warmshell.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read good/minimal.warmshell.json");
    QByteArray text = file.readAll();
    if (odd) {
        text.replace("\"pdu-1\"", "\"pdu\\t\\n1\"");
        text.replace("\"rack-1\"", "\"" + kLongRack + "\"");
    }
    const LoadResult r = parseProject(text);
    if (!r.ok())
        qFatal("the edited fixture does not load");
    Project p = *r.project;
    SystemModel custom = *Catalog::builtIn().find(SystemModelId(QStringLiteral("dgx-a100")));
    custom.id = SystemModelId(QString::fromLatin1(odd ? kLongModel : QByteArray("custom-a100")));
    custom.name = QStringLiteral("Custom A100");
    p.customModels.push_back(custom);
    FleetLot lot = p.fleet.front();
    lot.id = LotId(QStringLiteral("lot-custom"));
    lot.name = QStringLiteral("Custom");
    lot.model = custom.id;
    lot.count = 3;
    p.fleet.push_back(lot);
    return p;
}

// The proven optimum of an LP or free MPS file read back into GLPK; NaN if it cannot be read
// or solved.
double fileOptimum(const QString &fileName, bool mps)
{
    glp_term_out(GLP_OFF);
    glp_prob *p = glp_create_prob();
    const QByteArray name = fileName.toLocal8Bit();
    const int read
        = mps ? glp_read_mps(p, GLP_MPS_FILE, nullptr, name.constData()) : glp_read_lp(p, nullptr, name.constData());
    double value = std::nan("");
    if (read == 0) {
        glp_iocp parm;
        glp_init_iocp(&parm);
        parm.presolve = GLP_ON;
        parm.tm_lim = 60000;
        if (glp_intopt(p, &parm) == 0 && glp_mip_status(p) == GLP_OPT)
            value = glp_mip_obj_val(p);
    }
    glp_delete_prob(p);
    return value;
}

SolveOptions options()
{
    SolveOptions o;
    o.timeLimitSeconds = 60;
    o.marginalValues = false;
    return o;
}

} // namespace

class TestGlpkNames : public QObject
{
    Q_OBJECT

private slots:
    void nameFunction();
    void solveIsUnchanged();
    void modelFilesReadBack();
};

void TestGlpkNames::nameFunction()
{
    using solver::glpkName;
    // Ordinary ids are unchanged (spaces become '_', as GLPK's writers write them anyway).
    QCOMPARE(glpkName("place(rack-1,dgx-a100)", 'c', 3), QByteArray("place(rack-1,dgx-a100)"));
    QCOMPARE(glpkName("a b", 'r', 1), QByteArray("a_b"));
    const QByteArray exact(255, 'x');
    QCOMPARE(glpkName(exact, 'r', 1), exact);

    const QByteArray prefix(300, 'p');
    const QByteArray a = glpkName(prefix + "a", 'c', 1), b = glpkName(prefix + "b", 'c', 2);
    QVERIFY(a.size() <= 255 && b.size() <= 255);
    QVERIFY(a != b);
    QVERIFY(a.startsWith(prefix.left(200)));

    const QByteArray control = glpkName("pdu\t\n1", 'r', 7);
    QVERIFY(std::none_of(control.cbegin(), control.cend(), [](char c) { return uchar(c) < 0x20 || c == ' '; }));
    QVERIFY(control != glpkName("pdu\n\t1", 'r', 8));

    // Never cut inside a UTF-8 character.
    const QByteArray utf8 = glpkName(QString(200, QChar(0x00e9)).toUtf8(), 'c', 1);
    QVERIFY(utf8.size() <= 255);
    QVERIFY(QString::fromUtf8(utf8).toUtf8() == utf8);
}

void TestGlpkNames::solveIsUnchanged()
{
    const Project plain = site(false), odd = site(true);
    QCOMPARE(test::describe(validateProject(odd, Catalog::builtIn())), QStringLiteral("(no problems)"));
    const CapacityPlan a = solve(plain, Catalog::builtIn(), options());
    const CapacityPlan b = solve(odd, Catalog::builtIn(), options());
    QCOMPARE(a.status, PlanStatus::Optimal);
    QCOMPARE(b.status, a.status);
    QCOMPARE(b.objectiveValue, a.objectiveValue);
    QCOMPARE(b.energizedGpus(), a.energizedGpus());
    QVERIFY(a.energizedGpus() > 0);
}

void TestGlpkNames::modelFilesReadBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const ModelFormat format : { ModelFormat::Lp, ModelFormat::Mps }) {
        const bool mps = format == ModelFormat::Mps;
        double optimum[2] = { 0, 0 }, perRack[2] = { 0, 0 };
        for (const bool odd : { false, true }) {
            const Project p = site(odd);
            const QString file = dir.filePath(
                QStringLiteral("model-%1.%2").arg(odd).arg(mps ? QStringLiteral("mps") : QStringLiteral("lp")));
            QCOMPARE(writeModel(p, Catalog::builtIn(), options(), file, format), QString());
            optimum[odd] = fileOptimum(file, mps);
            QVERIFY2(!std::isnan(optimum[odd]), qPrintable(file));
            const QString rackFile = dir.filePath(
                QStringLiteral("rack-%1.%2").arg(odd).arg(mps ? QStringLiteral("mps") : QStringLiteral("lp")));
            QCOMPARE(writePerRackModel(p, Catalog::builtIn(), options(), rackFile, format), QString());
            perRack[odd] = fileOptimum(rackFile, mps);
            QVERIFY2(!std::isnan(perRack[odd]), qPrintable(rackFile));
        }
        QCOMPARE(optimum[1], optimum[0]);
        QCOMPARE(perRack[1], perRack[0]);
    }
}

QTEST_GUILESS_MAIN(TestGlpkNames)
#include "tst_glpknames.moc"
