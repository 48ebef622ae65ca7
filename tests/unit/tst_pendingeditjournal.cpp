// The file that keeps edits a shared server did not get (issue 23, item 4):
// owner-only, never written through a link or into someone else's file,
// kept across a reopen, keyed by store, and made only when there is
// something to keep.
#include "storage/PendingEditJournal.h"
#include "storage/StoreAddress.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

const QDateTime T0(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);

PendingEditJournal::StoreKey key(const QString &role = QStringLiteral("alice"))
{
    return {QStringLiteral("db.example:5433"), QStringLiteral("fin"), role};
}

mode_t modeOf(const QString &path)
{
    struct stat info
    { };
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

} // namespace

class TestPendingEditJournal : public QObject
{
    Q_OBJECT
private slots:
    void keyNamesServerDatabaseAndRoleButNoPassword();
    void readingWithoutAFileMakesNone();
    void keptEditsSurviveAReopen();
    void fileIsOwnerOnlyInAnOwnerOnlyFolder();
    void aSymbolicLinkIsRefusedAndItsTargetUntouched();
    void aFileOthersMayReadIsRefusedAndLeftAsItIs();
    void anotherProgramsFileIsLeftAsItIs();
    void anEarlierFormatIsReadANewerOneLeftAlone();
    void forgettingASavedValueKeepsANewerOne();
    void storesDoNotSeeEachOthersEdits();
};

void TestPendingEditJournal::keyNamesServerDatabaseAndRoleButNoPassword()
{
    const PendingEditJournal::StoreKey withPort = PendingEditJournal::keyFor(
        StoreAddress::parse("postgresql://alice:s3cret@db.example:5433/fin?sslmode=require")
            .value());
    QCOMPARE(withPort.server, QStringLiteral("db.example:5433"));
    QCOMPARE(withPort.database, QStringLiteral("fin"));
    QCOMPARE(withPort.role, QStringLiteral("alice"));
    const PendingEditJournal::StoreKey noPort = PendingEditJournal::keyFor(
        StoreAddress::parse("postgresql://bob@db.example/fin").value());
    QCOMPARE(noPort.server, QStringLiteral("db.example"));
    QCOMPARE(noPort.role, QStringLiteral("bob"));
}

void TestPendingEditJournal::readingWithoutAFileMakesNone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("data/pending-edits.sqlite");
    PendingEditJournal journal(path, key());
    QCOMPARE(journal.count(), 0);
    QVERIFY(journal.entries(1).value().isEmpty());
    QVERIFY(journal.profiles().value().isEmpty());
    QVERIFY(journal.forgetSaved(1, {{"a", "1"}}));
    QVERIFY(journal.forgetProfile(1));
    QVERIFY(!QFileInfo::exists(dir.filePath("data")));
}

void TestPendingEditJournal::keptEditsSurviveAReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("pending-edits.sqlite");
    {
        PendingEditJournal journal(path, key());
        QSignalSpy counted(&journal, &PendingEditJournal::countChanged);
        QVERIFY(
            journal.keep(7, {{"register.login_name", "typed"}, {"contact.email", "a@b.c"}}, 3, T0));
        QVERIFY(journal.keep(9, {{"register.login_name", "other"}}, 5, T0.addSecs(60)));
        QCOMPARE(journal.count(), 3);
        QCOMPARE(counted.count(), 2);
        QCOMPARE(counted.last().at(0).toInt(), 3);
    }
    PendingEditJournal reopened(path, key());
    QCOMPARE(reopened.count(), 3);
    QCOMPARE(reopened.profiles().value(), (QList<qint64> {9, 7}));
    const QList<PendingEditJournal::Entry> kept = reopened.entries(7).value();
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.at(0).field, QStringLiteral("contact.email"));
    QCOMPARE(kept.at(0).value, QStringLiteral("a@b.c"));
    QCOMPARE(kept.at(0).baseVersion, 3);
    QCOMPARE(kept.at(0).editedAt, T0);
    QCOMPARE(kept.at(1).value, QStringLiteral("typed"));
    QVERIFY(reopened.forgetProfile(7));
    QCOMPARE(reopened.count(), 1);
    QVERIFY(reopened.entries(7).value().isEmpty());
}

void TestPendingEditJournal::fileIsOwnerOnlyInAnOwnerOnlyFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath("made/here");
    const QString path = folder + "/pending-edits.sqlite";
    PendingEditJournal journal(path, key());
    QVERIFY(journal.keep(1, {{"a", "1"}}, 1, T0));
    QCOMPARE(modeOf(path), mode_t(0600));
    QCOMPARE(modeOf(folder), mode_t(0700));
    QCOMPARE(modeOf(dir.filePath("made")), mode_t(0700));
}

void TestPendingEditJournal::aSymbolicLinkIsRefusedAndItsTargetUntouched()
{
    QTemporaryDir dir;
    const QString target = dir.filePath("elsewhere.txt");
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not yours to write\n");
    file.close();
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString path = dir.filePath("pending-edits.sqlite");
    QVERIFY(QFile::link(target, path));

    PendingEditJournal journal(path, key());
    const Result<> kept = journal.keep(1, {{"a", "1"}}, 1, T0);
    QVERIFY(!kept);
    QVERIFY(!kept.error().message.isEmpty());
    QVERIFY(!journal.entries(1));
    QCOMPARE(contents(target), QByteArray("not yours to write\n"));
    QVERIFY(QFileInfo(path).isSymLink());
    // A dangling link is not followed to make a file either.
    QVERIFY(QFile::remove(target));
    QVERIFY(!PendingEditJournal(path, key()).keep(1, {{"a", "1"}}, 1, T0));
    QVERIFY(!QFileInfo::exists(target));
}

void TestPendingEditJournal::aFileOthersMayReadIsRefusedAndLeftAsItIs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("pending-edits.sqlite");
    {
        PendingEditJournal journal(path, key());
        QVERIFY(journal.keep(1, {{"a", "1"}}, 1, T0));
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    const QByteArray before = contents(path);
    PendingEditJournal journal(path, key());
    QVERIFY(!journal.keep(1, {{"a", "2"}}, 1, T0));
    QCOMPARE(modeOf(path), mode_t(0644)); // never changed behind the user's back
    QCOMPARE(contents(path), before);
}

void TestPendingEditJournal::anotherProgramsFileIsLeftAsItIs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("pending-edits.sqlite");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    PendingEditJournal journal(path, key());
    QVERIFY(!journal.keep(1, {{"a", "1"}}, 1, T0));
    QCOMPARE(contents(path), QByteArray(4096, 'x'));
}

void TestPendingEditJournal::anEarlierFormatIsReadANewerOneLeftAlone()
{
    QTemporaryDir dir;
    // A journal as the version before step statuses wrote it (format 1),
    // and one from a newer version (format 3).
    const auto makeJournal = [&dir](const QString &name, int format) {
        const QString path = dir.filePath(name);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QSqlQuery query(db);
            if (!db.open()
                || !query.exec(QStringLiteral(
                    "CREATE TABLE pending_fields (server TEXT NOT NULL, database TEXT NOT NULL,"
                    " role TEXT NOT NULL, profile_id INTEGER NOT NULL, field TEXT NOT NULL,"
                    " value TEXT NOT NULL, base_version INTEGER NOT NULL, edited_at TEXT NOT NULL,"
                    " PRIMARY KEY (server, database, role, profile_id, field))"))
                || !query.exec(
                    QStringLiteral("INSERT INTO pending_fields VALUES ('db.example:5433',"
                                   " 'fin', 'alice', 7, 'company.name', 'ACME', 3,"
                                   " '2026-11-02T09:30:00.000Z')"))
                || !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(format)))
                qWarning() << query.lastError().text();
        }
        QSqlDatabase::removeDatabase(name);
        ::chmod(QFile::encodeName(path).constData(), 0600);
        return path;
    };
    const QString earlier = makeJournal(QStringLiteral("earlier.sqlite"), 1);
    {
        PendingEditJournal journal(earlier, key());
        const Result<QList<PendingEditJournal::Entry>> kept = journal.entries(7);
        QVERIFY(kept);
        QCOMPARE(kept.value().size(), 1);
        QCOMPARE(kept.value().at(0).value, QStringLiteral("ACME"));
        QCOMPARE(kept.value().at(0).baseVersion, 3);
    }
    const QString newer = makeJournal(QStringLiteral("newer.sqlite"), 3);
    const QByteArray before = contents(newer);
    PendingEditJournal journal(newer, key());
    QVERIFY(!journal.entries(7));
    QVERIFY(!journal.keep(7, {{"a", "1"}}, 1, T0));
    QCOMPARE(contents(newer), before);
}

void TestPendingEditJournal::forgettingASavedValueKeepsANewerOne()
{
    QTemporaryDir dir;
    PendingEditJournal journal(dir.filePath("pending-edits.sqlite"), key());
    QVERIFY(journal.keep(1, {{"a", "first"}}, 4, T0));
    QVERIFY(journal.keep(1, {{"a", "second"}}, 6, T0.addSecs(5)));
    // The edit began on version 4: that stays its base.
    QCOMPARE(journal.entries(1).value().constFirst().baseVersion, 4);
    QVERIFY(journal.forgetSaved(1, {{"a", "first"}}));
    QCOMPARE(journal.entries(1).value().constFirst().value, QStringLiteral("second"));
    QVERIFY(journal.forgetSaved(1, {{"a", "second"}}));
    QCOMPARE(journal.count(), 0);
}

void TestPendingEditJournal::storesDoNotSeeEachOthersEdits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("pending-edits.sqlite");
    PendingEditJournal alice(path, key("alice"));
    PendingEditJournal bob(path, key("bob"));
    QVERIFY(alice.keep(1, {{"a", "alice's"}}, 1, T0));
    QCOMPARE(bob.count(), 0);
    QVERIFY(bob.entries(1).value().isEmpty());
    QVERIFY(bob.forgetProfile(1));
    QCOMPARE(alice.entries(1).value().size(), 1);
}

QTEST_GUILESS_MAIN(TestPendingEditJournal)
#include "tst_pendingeditjournal.moc"
