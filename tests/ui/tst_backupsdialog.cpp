// Progress → Restore a backup…: the dialog lists the real backups of a real
// database (newest first, profiles, usable or not), lets only a usable one be
// chosen (keyboard: arrows and Enter), and shows the damaged copies kept.
#include "exchange/BackupsDialog.h"
#include "storage/BackupShelf.h"
#include "storage/ProgressStore.h"

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace {

const QDateTime T0(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

} // namespace

class TestBackupsDialog : public QObject
{
    Q_OBJECT
private slots:
    void listsBackupsAndChoosesOnlyAUsableOne();
    void saysWhenThereIsNone();
};

void TestBackupsDialog::listsBackupsAndChoosesOnlyAUsableOne()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
    ProgressStore::OpenOptions day1;
    day1.now = T0;
    {
        auto store = std::move(ProgressStore::open(StoreAddress::sqliteFile(path), day1)).value();
        QVERIFY(store->createProfile(QStringLiteral("ACME"), T0));
        QVERIFY(store->createProfile(QStringLiteral("Beta"), T0));
        QVERIFY(!store->backUp(QStringLiteral("manual")).value().isEmpty());
    }
    const BackupShelf shelf(path);
    const QString good = shelf.backups().constFirst();
    // A newer one that cannot be used.
    QFile bad(shelf.newBackupPath(T0.addDays(1), QStringLiteral("daily")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray(4096, 'x'));
    bad.close();
    QFile damaged(path + QStringLiteral(".damaged-20261101-080000"));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.close();

    BackupsDialog dialog(path, QTimeZone("Asia/Shanghai"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTreeWidget *list = dialog.list();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("2026-11-03 17:00")); // newest first
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("not usable"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("2"));
    QVERIFY(!dialog.restoreButton()->isEnabled()); // the newest is not usable
    QVERIFY(dialog.findChild<QLabel *>() != nullptr);

    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QVERIFY(dialog.restoreButton()->isEnabled());
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenBackup(), good);
    QVERIFY(QFile::exists(path)); // choosing moves nothing
}

void TestBackupsDialog::saysWhenThereIsNone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
    BackupsDialog dialog(path, QTimeZone::utc());
    QCOMPARE(dialog.list()->topLevelItemCount(), 0);
    QVERIFY(!dialog.restoreButton()->isEnabled());
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
        [](const QLabel *label) { return label->text().contains(QStringLiteral("no backup")); }));
}

QTEST_MAIN(TestBackupsDialog)
#include "tst_backupsdialog.moc"
