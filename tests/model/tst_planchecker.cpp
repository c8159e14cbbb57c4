// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

class TestPlanchecker : public QObject
{
    Q_OBJECT
private slots:
    void placeholderUntilWritten() { QSKIP("being written"); }
};

QTEST_GUILESS_MAIN(TestPlanchecker)
#include "tst_planchecker.moc"
