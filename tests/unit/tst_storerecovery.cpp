// Damaged, foreign and unusual database files are judged before anything is
// written: damage is reported and never moved without the user's word;
// another program's file, a folder, a FIFO or a link is refused and left
// byte-identical. The automatic backups keep the last good one (multi-day
// rotation on an injected clock), and a backup can take a damaged file's place.
#include "common/RawSqlite.h"
#include "common/SpecialFiles.h"
#include "onboarding/FieldKey.h"
#include "storage/BackupShelf.h"
#include "storage/ProgressStore.h"
#include "storage/SqliteFileCheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

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

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

ProgressStore::OpenOptions readOnly()
{
    ProgressStore::OpenOptions options;
    options.access = ProgressStore::Access::ReadOnly;
    return options;
}

ProgressStore::OpenOptions at(const QDateTime &now)
{
    ProgressStore::OpenOptions options;
    options.now = now;
    return options;
}

// A database with a profile whose login name is "before-the-damage".
qint64 writeGoodDatabase(const QString &path, const QDateTime &now = T0)
{
    auto store = std::move(ProgressStore::open(StoreAddress::sqliteFile(path), at(now))).value();
    const qint64 id = store->createProfile(QStringLiteral("ACME"), now).value().id;
    for (int i = 0; i < 200; ++i) // enough pages to damage one in the middle
        store->saveFields(
            id, {{QStringLiteral("bulk.%1").arg(i), QString(200, QLatin1Char('x'))}}, now);
    store->saveFields(id, {{FieldKey::LoginName, QStringLiteral("before-the-damage")}}, now);
    return id;
}

// Another program's SQLite file.
void writeForeignDatabase(const QString &path)
{
    QVERIFY(rawSqlite(path,
        {QStringLiteral("CREATE TABLE notes (id INTEGER, text TEXT)"),
            QStringLiteral("INSERT INTO notes VALUES (1, 'mine')")}));
}

} // namespace

Q_DECLARE_METATYPE(Damage)

class TestStoreRecovery : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void damageIsReportedAndNothingMoves_data();
    void damageIsReportedAndNothingMoves();
    void newDatabaseCarriesTheApplicationId();
    void foreignDatabaseIsRefusedUntouched();
    void databaseFromBeforeTheIdIsRecognisedAndMarked();
    void notARegularFileIsRefusedUntouched_data();
    void notARegularFileIsRefusedUntouched();
    void readOnlyAccessCreatesNothing();
    void readOnlyAccessNeverMigrates();
    void readOnlyFileStaysReadOnly();
    void openingMakesADailyBackup();
    void emptyOrUnchangedDatabaseAddsNoBackup();
    void migrationIsPrecededByABackup();
    void rotationKeepsTheLastGoodBackup();
    void damagedStartOverKeepsTheGoodBackupForDays();
    void backupReplacesDamagedFileOnlyWhenAsked();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("progress.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestStoreRecovery::damageIsReportedAndNothingMoves_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::newRow("garbage bytes") << Damage::Garbage;
    QTest::newRow("truncated file") << Damage::Truncated;
    QTest::newRow("overwritten page") << Damage::OverwrittenPage;
    // SQLite would replay it without complaint: nothing in a WAL names its
    // database. The store's own database_id catches it.
    QTest::newRow("WAL of another database") << Damage::ForeignWal;
}

void TestStoreRecovery::damageIsReportedAndNothingMoves()
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
        const QString other = m_dir->filePath(QStringLiteral("other/other.sqlite"));
        auto store = std::move(ProgressStore::openSqlite(other)).value();
        store->createProfile(QStringLiteral("Other"), T0); // its -wal exists while open
        QVERIFY(QFile::copy(other + QStringLiteral("-wal"), path() + QStringLiteral("-wal")));
        break;
    }
    }
    file.close();
    const QMap<QString, QByteArray> before = SpecialFiles::snapshot(m_dir->path());

    for (const ProgressStore::OpenOptions &options : {ProgressStore::OpenOptions {}, readOnly()}) {
        Result<std::unique_ptr<ProgressStore>> store
            = ProgressStore::open(StoreAddress::sqliteFile(path()), options);
        QVERIFY(!store);
        QCOMPARE(storeErrorKind(store.error()), StoreErrorKind::Damaged);
        QVERIFY(!store.error().message.isEmpty());
        QVERIFY2(!store.error().message.contains(QStringLiteral("moved")),
            qPrintable(store.error().message));
    }
    QCOMPARE(SpecialFiles::snapshot(m_dir->path()), before);
    QVERIFY(BackupShelf(path()).damagedCopies().isEmpty());
}

void TestStoreRecovery::newDatabaseCarriesTheApplicationId()
{
    writeGoodDatabase(path());
    const SqliteFileCheck::Verdict verdict = SqliteFileCheck::examine(path());
    QCOMPARE(int(verdict.kind), int(SqliteFileCheck::Kind::Ours));
    QCOMPARE(verdict.profiles, 1);
    QCOMPARE(QFileInfo(path()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
        QFileDevice::Permissions());
}

void TestStoreRecovery::foreignDatabaseIsRefusedUntouched()
{
    writeForeignDatabase(path());
    QVERIFY(QFile::setPermissions(path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
            | QFile::ReadOther)); // 0644: must stay so
    const QMap<QString, QByteArray> before = SpecialFiles::snapshot(m_dir->path());
    for (const ProgressStore::OpenOptions &options : {ProgressStore::OpenOptions {}, readOnly()}) {
        Result<std::unique_ptr<ProgressStore>> store
            = ProgressStore::open(StoreAddress::sqliteFile(path()), options);
        QVERIFY(!store);
        QCOMPARE(storeErrorKind(store.error()), StoreErrorKind::Refused);
        QVERIFY2(store.error().message.contains(QStringLiteral("another program")),
            qPrintable(store.error().message));
    }
    QCOMPARE(SpecialFiles::snapshot(m_dir->path()), before);
}

void TestStoreRecovery::databaseFromBeforeTheIdIsRecognisedAndMarked()
{
    writeGoodDatabase(path());
    QVERIFY(rawSqlite(path(), {QStringLiteral("PRAGMA application_id = 0")}));
    QCOMPARE(int(SqliteFileCheck::examine(path()).kind), int(SqliteFileCheck::Kind::OursUnmarked));
    // Reading leaves it as it is; the first writer marks it.
    const QByteArray hash = hashOf(path());
    QVERIFY(ProgressStore::open(StoreAddress::sqliteFile(path()), readOnly()));
    QCOMPARE(hashOf(path()), hash);
    QVERIFY(ProgressStore::openSqlite(path()));
    QCOMPARE(int(SqliteFileCheck::examine(path()).kind), int(SqliteFileCheck::Kind::Ours));
}

void TestStoreRecovery::notARegularFileIsRefusedUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("folder") << QStringLiteral("folder");
    QTest::newRow("FIFO") << QStringLiteral("fifo");
    QTest::newRow("link to a database") << QStringLiteral("link-db");
    QTest::newRow("link to a text file") << QStringLiteral("link-text");
    QTest::newRow("dangling link") << QStringLiteral("link-none");
}

void TestStoreRecovery::notARegularFileIsRefusedUntouched()
{
    QFETCH(QString, kind);
    const QByteArray where = QFile::encodeName(path());
    if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkdir(path()));
    } else if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(where.constData(), 0644), 0);
    } else {
        const QString target = m_dir->filePath(QStringLiteral("target"));
        if (kind == QLatin1String("link-db"))
            writeGoodDatabase(target);
        if (kind == QLatin1String("link-text")) {
            QFile text(target);
            QVERIFY(text.open(QIODevice::WriteOnly));
            text.write("my notes\n");
        }
        QVERIFY(QFile::link(target, path()));
    }
    const QMap<QString, QByteArray> before = SpecialFiles::snapshot(m_dir->path());
    for (const ProgressStore::OpenOptions &options : {ProgressStore::OpenOptions {}, readOnly()}) {
        Result<std::unique_ptr<ProgressStore>> store
            = ProgressStore::open(StoreAddress::sqliteFile(path()), options);
        QVERIFY(!store);
        QCOMPARE(storeErrorKind(store.error()), StoreErrorKind::Refused);
    }
    QCOMPARE(SpecialFiles::snapshot(m_dir->path()), before);
}

void TestStoreRecovery::readOnlyAccessCreatesNothing()
{
    const QString deep = m_dir->filePath(QStringLiteral("new/deeper/progress.sqlite"));
    Result<std::unique_ptr<ProgressStore>> store
        = ProgressStore::open(StoreAddress::sqliteFile(deep), readOnly());
    QVERIFY(store);
    QVERIFY(store.value()->listProfiles().value().isEmpty());
    store.value().reset();
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("new"))));
    // An empty file reads as empty and stays empty.
    QFile empty(path());
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QVERIFY(ProgressStore::open(StoreAddress::sqliteFile(path()), readOnly()));
    QCOMPARE(QFileInfo(path()).size(), 0);
}

void TestStoreRecovery::readOnlyAccessNeverMigrates()
{
    {
        auto old = std::move(ProgressStore::openSqlite(path(), 1)).value();
    }
    const QMap<QString, QByteArray> before = SpecialFiles::snapshot(m_dir->path());
    Result<std::unique_ptr<ProgressStore>> store
        = ProgressStore::open(StoreAddress::sqliteFile(path()), readOnly());
    QVERIFY2(store, qPrintable(store ? QString() : store.error().details));
    QCOMPARE(store.value()->schemaVersion(), Schema::LatestVersion); // its private copy
    QCOMPARE(store.value()->location(), path());
    QVERIFY(store.value()->listProfiles());
    QVERIFY(!store.value()->backUp(QStringLiteral("manual")));
    store.value().reset();
    QCOMPARE(SpecialFiles::snapshot(m_dir->path()), before);
}

void TestStoreRecovery::readOnlyFileStaysReadOnly()
{
    const qint64 id = writeGoodDatabase(path());
    QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray hash = hashOf(path());
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::openSqlite(path());
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    QCOMPARE(store.value()->loadProfile(id).value().field(FieldKey::LoginName),
        QStringLiteral("before-the-damage"));
    const Result<int> saved = store.value()->saveFields(id, {{FieldKey::LoginName, "x"}}, T0);
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(QStringLiteral("read-only")),
        qPrintable(saved.error().message));
    store.value().reset();
    QCOMPARE(hashOf(path()), hash);
    QVERIFY(!(QFileInfo(path()).permissions() & QFile::WriteOwner));
}

void TestStoreRecovery::openingMakesADailyBackup()
{
    const BackupShelf shelf(path());
    QVERIFY(shelf.backups().isEmpty());
    writeGoodDatabase(path());
    QVERIFY(ProgressStore::open(StoreAddress::sqliteFile(path()), at(T0.addSecs(3600))));
    QCOMPARE(shelf.backups().size(), 1);
    QVERIFY(shelf.backups().constFirst().endsWith(QStringLiteral("-daily.sqlite")));
    QCOMPARE(BackupShelf::takenAt(shelf.backups().constFirst()), T0.addSecs(3600));
    // The same day: no second one, though the database changed.
    {
        auto store = std::move(
            ProgressStore::open(StoreAddress::sqliteFile(path()), at(T0.addSecs(5 * 3600))))
                         .value();
        QVERIFY(store->saveFields(1, {{FieldKey::LoginName, QStringLiteral("changed")}}, T0));
    }
    QCOMPARE(shelf.backups().size(), 1);
    // A month later: one more.
    QVERIFY(ProgressStore::open(StoreAddress::sqliteFile(path()), at(T0.addDays(30))));
    QCOMPARE(shelf.backups().size(), 2);
    // That backup is stamped in the future for a start at T0 + 6 h (a fixed
    // --now, a clock set back): it must not make every such start take one.
    for (int hour = 6; hour < 9; ++hour) {
        auto store = std::move(
            ProgressStore::open(StoreAddress::sqliteFile(path()), at(T0.addSecs(hour * 3600))))
                         .value();
        QVERIFY(store->saveFields(1, {{FieldKey::LoginName, QString::number(hour)}}, T0));
    }
    QCOMPARE(shelf.backups().size(), 2);
    const QFileInfo folder(shelf.folder());
    QCOMPARE(
        folder.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
}

void TestStoreRecovery::emptyOrUnchangedDatabaseAddsNoBackup()
{
    const BackupShelf shelf(path());
    {
        auto store = std::move(ProgressStore::openSqlite(path())).value();
        QVERIFY(store->backUp(QStringLiteral("manual")));
        QVERIFY(shelf.backups().isEmpty()); // nothing in it to keep
    }
    writeGoodDatabase(path());
    auto store = std::move(ProgressStore::open(StoreAddress::sqliteFile(path()), at(T0))).value();
    const QString first = store->backUp(QStringLiteral("manual")).value();
    QCOMPARE(shelf.backups(), QStringList {first});
    QCOMPARE(store->backUp(QStringLiteral("manual")).value(), first); // unchanged
    QCOMPARE(shelf.backups().size(), 1);
}

void TestStoreRecovery::migrationIsPrecededByABackup()
{
    {
        auto old = std::move(ProgressStore::openSqlite(path(), 1)).value();
    }
    QVERIFY(rawSqlite(path(),
        {QStringLiteral("INSERT INTO profiles (created_at, updated_at)"
                        " VALUES ('2026-01-01', '2026-01-01')")}));
    QVERIFY(ProgressStore::openSqlite(path()));
    const QStringList backups = BackupShelf(path()).backups();
    QVERIFY2(std::any_of(backups.cbegin(), backups.cend(),
                 [](const QString &name) {
                     return name.endsWith(QStringLiteral("-before-migration-1.sqlite"));
                 }),
        qPrintable(backups.join(u' ')));
}

void TestStoreRecovery::rotationKeepsTheLastGoodBackup()
{
    const BackupShelf shelf(path());
    writeGoodDatabase(path(), T0);
    {
        auto store
            = std::move(ProgressStore::open(StoreAddress::sqliteFile(path()), at(T0))).value();
        QVERIFY(store->backUp(QStringLiteral("manual")));
    }
    const QString good = shelf.backups().constFirst();
    // Newer backups that are no use: damaged ones, as a failing disk leaves them.
    for (int day = 1; day <= BackupShelf::Kept + 2; ++day) {
        QFile bad(shelf.newBackupPath(T0.addDays(day), QStringLiteral("daily")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(garbage(8192));
    }
    shelf.rotate();
    const QStringList kept = shelf.backups();
    QCOMPARE(kept.size(), BackupShelf::Kept + 1);
    QVERIFY(kept.contains(good));
    QCOMPARE(shelf.newestGood(), good);
}

void TestStoreRecovery::damagedStartOverKeepsTheGoodBackupForDays()
{
    // The report: damage, an empty start, five daily backups of the empty
    // file, and the last good backup was gone.
    const BackupShelf shelf(path());
    const qint64 id = writeGoodDatabase(path(), T0);
    QVERIFY(ProgressStore::open(StoreAddress::sqliteFile(path()), at(T0.addDays(1))));
    const QString good = shelf.newestGood();
    QVERIFY(!good.isEmpty());
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(garbage(8192));
    file.close();
    QVERIFY(shelf.moveAside(QStringLiteral("damaged"), T0.addDays(2)));
    for (int day = 2; day < 12; ++day)
        QVERIFY(ProgressStore::open(StoreAddress::sqliteFile(path()), at(T0.addDays(day))));
    QCOMPARE(shelf.newestGood(), good);
    QCOMPARE(shelf.damagedCopies().size(), 1); // said at every start, ten days long
    QVERIFY(shelf.restore(good, T0.addDays(12), QStringLiteral("replaced")));
    QVERIFY(shelf.damagedCopies().isEmpty());
    auto restored = std::move(ProgressStore::openSqlite(path())).value();
    QCOMPARE(restored->loadProfile(id).value().field(FieldKey::LoginName),
        QStringLiteral("before-the-damage"));
}

void TestStoreRecovery::backupReplacesDamagedFileOnlyWhenAsked()
{
    const qint64 id = writeGoodDatabase(path());
    {
        auto store
            = std::move(ProgressStore::open(StoreAddress::sqliteFile(path()), at(T0))).value();
        QVERIFY(store->backUp(QStringLiteral("manual")));
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(garbage(8192));
    file.close();
    const QByteArray damagedHash = hashOf(path());
    Result<std::unique_ptr<ProgressStore>> damaged = ProgressStore::openSqlite(path());
    QVERIFY(!damaged);
    QCOMPARE(storeErrorKind(damaged.error()), StoreErrorKind::Damaged);

    const BackupShelf shelf(path());
    const Result<QString> aside
        = shelf.restore(shelf.newestGood(), T0, QStringLiteral("replaced-damaged"));
    QVERIFY(aside);
    QVERIFY(aside.value().contains(QStringLiteral(".replaced-damaged-")));
    QCOMPARE(hashOf(aside.value()), damagedHash); // kept, byte for byte
    QVERIFY(shelf.damagedCopies().isEmpty()); // the restore answered it
    auto restored = std::move(ProgressStore::openSqlite(path())).value();
    QCOMPARE(restored->loadProfile(id).value().field(FieldKey::LoginName),
        QStringLiteral("before-the-damage"));
    QCOMPARE(QFileInfo(path()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
        QFileDevice::Permissions());

    // Set aside for an empty start: reported until dismissed, then kept.
    QFile again(path());
    QVERIFY(again.open(QIODevice::WriteOnly | QIODevice::Truncate));
    again.write(garbage(8192));
    again.close();
    const QString damagedCopy = shelf.moveAside(QStringLiteral("damaged"), T0.addDays(1)).value();
    QCOMPARE(shelf.damagedCopies(), QStringList {damagedCopy});
    QCOMPARE(shelf.dismissDamaged().value(), 1);
    QVERIFY(shelf.damagedCopies().isEmpty());
    QCOMPARE(QDir(m_dir->path())
                 .entryList({QStringLiteral("progress.sqlite.dismissed-*")})
                 .filter(QRegularExpression(QStringLiteral("\\d$")))
                 .size(),
        1); // the file itself (its -wal and -shm went with it)
}

QTEST_GUILESS_MAIN(TestStoreRecovery)
#include "tst_storerecovery.moc"
