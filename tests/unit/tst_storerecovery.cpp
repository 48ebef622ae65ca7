// Damaged or unusual database files: detected on open, moved aside with their
// -wal/-shm files (never deleted), and the automatic backups that can replace
// them.
#include "onboarding/FieldKey.h"
#include "storage/ProgressStore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime T0(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

enum class Damage { Garbage, Truncated, OverwrittenPage, ForeignWal };

QByteArray garbage(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(4711);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

// A database with a profile whose login name is "before-the-damage".
qint64 writeGoodDatabase(const QString &path)
{
    auto store = std::move(ProgressStore::openSqlite(path)).value();
    const qint64 id = store->createProfile(QStringLiteral("ACME"), T0).value().id;
    for (int i = 0; i < 200; ++i) // enough pages to damage one in the middle
        store->saveFields(
            id, {{QStringLiteral("bulk.%1").arg(i), QString(200, QLatin1Char('x'))}}, T0);
    store->saveFields(id, {{FieldKey::LoginName, QStringLiteral("before-the-damage")}}, T0);
    return id;
}

} // namespace

Q_DECLARE_METATYPE(Damage)

class TestStoreRecovery : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void damagedFileIsMovedAside_data();
    void damagedFileIsMovedAside();
    void openingMakesADailyBackup();
    void migrationIsPrecededByABackup();
    void backupsRotate();
    void backupReplacesDamagedFile();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("progress.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestStoreRecovery::damagedFileIsMovedAside_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::newRow("garbage bytes") << Damage::Garbage;
    QTest::newRow("truncated file") << Damage::Truncated;
    QTest::newRow("overwritten page") << Damage::OverwrittenPage;
    // SQLite would replay it without complaint: nothing in a WAL names its
    // database. The store's own database_id catches it.
    QTest::newRow("WAL of another database") << Damage::ForeignWal;
}

void TestStoreRecovery::damagedFileIsMovedAside()
{
    QFETCH(Damage, damage);
    writeGoodDatabase(path());
    QFile file(path());
    switch (damage) {
    case Damage::Garbage:
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(garbage(64 * 1024));
        break;
    case Damage::Truncated:
        QVERIFY(file.resize(file.size() / 3));
        break;
    case Damage::OverwrittenPage:
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(4096 * 3));
        file.write(garbage(4096 * 4));
        break;
    case Damage::ForeignWal: {
        const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
        auto store = std::move(ProgressStore::openSqlite(other)).value();
        store->createProfile(QStringLiteral("Other"), T0); // its -wal exists while open
        QVERIFY(QFile::copy(other + QStringLiteral("-wal"), path() + QStringLiteral("-wal")));
        break;
    }
    }
    file.close();

    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::openSqlite(path());
    QVERIFY(!store);
    QCOMPARE(store.error().code, ProgressStore::DamagedCode);
    QVERIFY(store.error().message.contains(QStringLiteral("moved aside")));
    QVERIFY(!QFile::exists(path()));
    const QStringList aside
        = QDir(m_dir->path()).entryList({QStringLiteral("progress.sqlite.damaged-*")});
    QVERIFY2(!aside.isEmpty(), qPrintable(QDir(m_dir->path()).entryList().join(u' ')));
    QVERIFY(!aside.filter(QRegularExpression(QStringLiteral("\\d$"))).isEmpty()); // the file itself
    // A fresh start is possible at the same place afterwards.
    QVERIFY(ProgressStore::openSqlite(path()));
}

void TestStoreRecovery::openingMakesADailyBackup()
{
    QVERIFY(ProgressStore::backups(path()).isEmpty());
    writeGoodDatabase(path());
    QCOMPARE(ProgressStore::backups(path()).size(), 1);
    QVERIFY(ProgressStore::backups(path()).constFirst().endsWith(QStringLiteral("-daily.sqlite")));
    QVERIFY(ProgressStore::openSqlite(path())); // the same day: no second one
    QCOMPARE(ProgressStore::backups(path()).size(), 1);
    const QFileInfo folder(ProgressStore::backupFolder(path()));
    QCOMPARE(
        folder.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
}

void TestStoreRecovery::migrationIsPrecededByABackup()
{
    QVERIFY(ProgressStore::openSqlite(path(), 1));
    QVERIFY(ProgressStore::openSqlite(path()));
    const QStringList backups = ProgressStore::backups(path());
    QVERIFY(std::any_of(backups.cbegin(), backups.cend(), [](const QString &name) {
        return name.endsWith(QStringLiteral("-before-migration-1.sqlite"));
    }));
}

void TestStoreRecovery::backupsRotate()
{
    auto store = std::move(ProgressStore::openSqlite(path())).value();
    for (int i = 0; i < ProgressStore::BackupsKept + 3; ++i) {
        QVERIFY(store->backUp(QStringLiteral("manual")));
        QTest::qWait(2); // distinct millisecond stamps
    }
    QCOMPARE(ProgressStore::backups(path()).size(), ProgressStore::BackupsKept);
}

void TestStoreRecovery::backupReplacesDamagedFile()
{
    const qint64 id = writeGoodDatabase(path());
    {
        auto store = std::move(ProgressStore::openSqlite(path())).value();
        QVERIFY(store->backUp(QStringLiteral("manual")));
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(garbage(8192));
    file.close();
    Result<std::unique_ptr<ProgressStore>> damaged = ProgressStore::openSqlite(path());
    QVERIFY(!damaged);
    QCOMPARE(damaged.error().code, ProgressStore::DamagedCode);

    const QStringList backups = ProgressStore::backups(path());
    QVERIFY(!backups.isEmpty());
    QVERIFY(ProgressStore::restoreBackup(backups.constFirst(), path()));
    auto restored = std::move(ProgressStore::openSqlite(path())).value();
    QCOMPARE(restored->loadProfile(id).value().field(FieldKey::LoginName),
        QStringLiteral("before-the-damage"));
}

QTEST_GUILESS_MAIN(TestStoreRecovery)
#include "tst_storerecovery.moc"
