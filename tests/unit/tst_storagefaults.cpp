// Storage faults on a real SQLite file (issue 9): a full disk, a database
// another program holds locked, a read-only folder or file, a folder that
// cannot exist. Each gives a plain sentence, leaves nothing half-written,
// keeps the edit in memory and saves it once the fault is gone; the wizard
// shows the problem and takes it away after the successful retry.
#include "OnboardingWizard.h"
#include "cloud/CloudAccess.h"
#include "core/Clock.h"
#include "i18n/LanguageSwitcher.h"
#include "onboarding/FieldKey.h"
#include "onboarding/Profile.h"
#include "session/OnboardingSession.h"
#include "storage/ProfileAutosaver.h"
#include "storage/ProgressStore.h"
#include "storage/StoreClient.h"
#include "widgets/Callout.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <unistd.h>

namespace {

const QDateTime Now(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
constexpr uid_t Nobody = 65534;

// 100 kB of text that is not all one byte: the write needs many new pages.
QString largeValue()
{
    QString text;
    for (int i = 0; text.size() < 100 * 1024; ++i)
        text += QStringLiteral("line %1: «quotes» ; emoji 🙂 — ").arg(i);
    return text;
}

// What a second connection (another program) sees in the file.
struct FileView
{
    QString integrity;
    int version = -1;
    int events = -1;
    QHash<QString, QString> fields;
};

FileView readFile(const QString &path, qint64 id)
{
    FileView view;
    const QString name = QStringLiteral("storagefaults-reader");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                view.integrity = query.value(0).toString();
            if (query.exec(QStringLiteral("SELECT version FROM profiles WHERE id = %1").arg(id))
                && query.next())
                view.version = query.value(0).toInt();
            if (query.exec(
                    QStringLiteral("SELECT count(*) FROM events WHERE profile_id = %1").arg(id))
                && query.next())
                view.events = query.value(0).toInt();
            if (query.exec(
                    QStringLiteral("SELECT key, value FROM profile_fields WHERE profile_id = %1")
                        .arg(id))) {
                while (query.next())
                    view.fields.insert(query.value(0).toString(), query.value(1).toString());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return view;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The lines "key: value" a store_fault_child printed.
QHash<QString, QString> outcomes(const QByteArray &output)
{
    QHash<QString, QString> lines;
    for (const QByteArray &line : output.split('\n')) {
        const qsizetype colon = line.indexOf(": ");
        if (colon > 0)
            lines.insert(
                QString::fromUtf8(line.left(colon)), QString::fromUtf8(line.mid(colon + 2)));
    }
    return lines;
}

bool isRoot()
{
    return geteuid() == 0;
}

} // namespace

class TestStorageFaults : public QObject
{
    Q_OBJECT
private slots:
    void diskFullKeepsTheEditUntilThereIsRoom();
    void lockedDatabaseFailsAfterTheBusyTimeoutWithoutFreezing();
    void lockedDatabaseIsNotTakenForDamaged();
    void readOnlyFolderIsRefusedPlainlyAndNotMovedAside();
    void readOnlyFileKeepsTheEditUntilItIsWritable();
    void folderThatCannotExistIsNamed();
    void wizardShowsTheFaultUntilTheRetrySaves();
};

void TestStorageFaults::diskFullKeepsTheEditUntilThereIsRoom()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    std::unique_ptr<ProgressStore> store = std::move(ProgressStore::openSqlite(path)).value();
    const FixedClock clock(Now);
    Profile profile(clock);
    profile.load(store->createProfile(QStringLiteral("ACME"), Now).value());
    const qint64 id = profile.id();
    ProfileAutosaver saver(profile, *store, clock);
    QList<Error> failures;
    connect(&saver, &ProfileAutosaver::saveFailed, this,
        [&failures](const Error &error) { failures << error; });
    // Step 1 started before the disk fills: only the fields below are refused.
    QVERIFY(profile.requestStatus(StepId::Register, StepStatus::InProgress).allowed);
    QVERIFY(saver.flush());
    const FileView before = readFile(path, id);

    QVERIFY(store->limitGrowthForTest(0));
    const QString large = largeValue();
    profile.setField(FieldKey::LoginName, QStringLiteral("acme-admin"));
    profile.setField(FieldKey::DedicatedAccount, large);
    QVERIFY(!saver.flush());

    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.constFirst().message,
        QStringLiteral("The disk is full: the progress database %1 cannot grow.")
            .arg(native(path)));
    QVERIFY2(failures.constFirst().details.contains(QStringLiteral("full")),
        qPrintable(failures.constFirst().details));
    QVERIFY(saver.hasPending());
    QCOMPARE(profile.field(FieldKey::DedicatedAccount), large); // still on screen
    // Nothing of the refused transaction is in the file: not the small field
    // written before the large one, not the version, not the event.
    const FileView during = readFile(path, id);
    QCOMPARE(during.integrity, QStringLiteral("ok"));
    QCOMPARE(during.version, before.version);
    QCOMPARE(during.events, before.events);
    QCOMPARE(during.fields, before.fields);

    QVERIFY(store->limitGrowthForTest(-1));
    QSignalSpy saved(&saver, &ProfileAutosaver::saved);
    QVERIFY(saved.wait(ProfileAutosaver::RetryMs * 3)); // the autosaver's own retry
    QVERIFY(!saver.hasPending());
    const FileView after = readFile(path, id);
    QCOMPARE(after.integrity, QStringLiteral("ok"));
    QCOMPARE(after.fields.value(FieldKey::LoginName), QStringLiteral("acme-admin"));
    QVERIFY(after.fields.value(FieldKey::DedicatedAccount) == large); // byte-exact, no 100 kB dump
    QCOMPARE(after.version, before.version + 1);
}

void TestStorageFaults::lockedDatabaseFailsAfterTheBusyTimeoutWithoutFreezing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    // As the program runs it: the store on its own thread.
    Result<std::unique_ptr<StoreClient>> opened = StoreClient::open(StoreAddress::sqliteFile(path));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    StoreClient &client = *opened.value();
    const FixedClock clock(Now);
    Profile profile(clock);
    profile.load(client.createProfile(QStringLiteral("ACME"), Now).value());
    ProfileAutosaver saver(profile, client, clock);
    QList<Error> failures;
    connect(&saver, &ProfileAutosaver::saveFailed, this,
        [&failures](const Error &error) { failures << error; });

    QProcess holder;
    holder.start(QStringLiteral(FINCLOUD_STORE_FAULT_CHILD), {QStringLiteral("hold-lock"), path});
    QVERIFY(holder.waitForReadyRead(10000));
    QVERIFY2(holder.readLine().startsWith("locked"), holder.readAllStandardError().constData());

    // The GUI thread's own work goes on while the store waits for the lock.
    QElapsedTimer sinceTick;
    qint64 longestPause = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this,
        [&] { longestPause = std::max(longestPause, sinceTick.restart()); });
    tick.start(10);
    sinceTick.start();
    QElapsedTimer sinceEdit;
    sinceEdit.start();
    profile.setField(FieldKey::LoginName, QStringLiteral("acme-admin"));
    saver.flush();
    QVERIFY2(sinceEdit.elapsed() < 200, qPrintable(QString::number(sinceEdit.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(!failures.isEmpty(), 20000);
    const qint64 waited = sinceEdit.elapsed();
    tick.stop();

    QCOMPARE(failures.constFirst().message,
        QStringLiteral("The progress database %1 is in use by another program.").arg(native(path)));
    QVERIFY2(waited >= 4000, qPrintable(QString::number(waited))); // the busy timeout, 5 s
    QVERIFY2(longestPause < 250, qPrintable(QString::number(longestPause)));
    QVERIFY(saver.hasPending());
    QVERIFY(readFile(path, profile.id()).fields.value(FieldKey::LoginName).isEmpty());

    holder.write("release\n");
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(holder.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        !saver.hasPending() && !saver.isSaving(), ProfileAutosaver::RetryMs + 8000);
    QCOMPARE(client.loadProfile(profile.id()).value().field(FieldKey::LoginName),
        QStringLiteral("acme-admin"));
}

void TestStorageFaults::lockedDatabaseIsNotTakenForDamaged()
{
    // Our database, held by another program in a rollback-journal write (as
    // a database tool may, after switching it out of WAL mode): opening it
    // must wait and then say so, never call it damaged.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    QVERIFY(ProgressStore::openSqlite(path));
    {
        const QString name = QStringLiteral("storagefaults-rollback");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QProcess holder;
    holder.start(QStringLiteral(FINCLOUD_STORE_FAULT_CHILD), {QStringLiteral("hold-lock"), path});
    QVERIFY(holder.waitForReadyRead(10000));
    QVERIFY(holder.readLine().startsWith("locked"));
    const Result<std::unique_ptr<ProgressStore>> refused = ProgressStore::openSqlite(path);
    holder.write("release\n");
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
        QStringLiteral("The progress database %1 is in use by another program.").arg(native(path)));
    QVERIFY(storeErrorKind(refused.error()) != StoreErrorKind::Damaged);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*damaged*")}, QDir::Files), QStringList());
    QVERIFY(ProgressStore::openSqlite(path)); // released: it opens
}

void TestStorageFaults::readOnlyFolderIsRefusedPlainlyAndNotMovedAside()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(folder));
    if (isRoot()) {
        // Root writes into any folder: the child runs as nobody, in a folder
        // it owns (and may make read-only itself).
        QVERIFY(QFile::setPermissions(dir.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                | QFileDevice::ExeGroup | QFileDevice::ExeOther));
        QCOMPARE(chown(QFile::encodeName(folder).constData(), Nobody, Nobody), 0);
    }
    QProcess child;
    child.start(
        QStringLiteral(FINCLOUD_STORE_FAULT_CHILD), {QStringLiteral("read-only-folder"), folder});
    QVERIFY(child.waitForFinished(60000));
    QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
    const QHash<QString, QString> lines = outcomes(child.readAllStandardOutput());
    const QString path = QDir(folder).filePath(QStringLiteral("p.sqlite"));
    QCOMPARE(lines.value(QStringLiteral("open-read-only")),
        QStringLiteral("The progress database %1 cannot be written: the file or its folder is "
                       "read-only.")
            .arg(native(path)));
    QCOMPARE(lines.value(QStringLiteral("open-read-only-code")), QString());
    QCOMPARE(lines.value(QStringLiteral("files")), QStringLiteral("p.sqlite"));
    QCOMPARE(lines.value(QStringLiteral("open-writable")), QStringLiteral("opened"));
    QCOMPARE(lines.value(QStringLiteral("saved")), QStringLiteral("acme-admin"));
    QCOMPARE(readFile(path, 1).integrity, QStringLiteral("ok"));
}

void TestStorageFaults::readOnlyFileKeepsTheEditUntilItIsWritable()
{
    // A database file another user owns (one created with sudo, say): the
    // store opens it read-only, and writing succeeds once it is writable.
    if (!isRoot())
        QSKIP("needs a file owned by another user: runs as root (as in CI)");
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ExeGroup | QFileDevice::ExeOther));
    const QString folder = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("p.sqlite"));
    qint64 id = 0;
    {
        std::unique_ptr<ProgressStore> store = std::move(ProgressStore::openSqlite(path)).value();
        id = store->createProfile(QStringLiteral("ACME"), Now).value().id;
    }
    QCOMPARE(chown(QFile::encodeName(folder).constData(), Nobody, Nobody), 0);
    const auto readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
        | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(path, readable));
    const FileView before = readFile(path, id);

    QProcess child;
    child.start(
        QStringLiteral(FINCLOUD_STORE_FAULT_CHILD), {QStringLiteral("read-only-file"), path});
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("save-refused")
            || child.state() == QProcess::NotRunning,
        20000);
    const QByteArray printed = output + child.readAllStandardError();
    QVERIFY2(output.contains("save-refused"), printed.constData());
    const FileView during = readFile(path, id);
    QCOMPARE(during.integrity, QStringLiteral("ok"));
    QCOMPARE(during.version, before.version);
    QCOMPARE(during.fields, before.fields);
    // Writable again: the file and the log files beside it (this test's
    // reader, running as root, left those owned by root).
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            QVERIFY(QFile::setPermissions(
                path + suffix, readable | QFileDevice::WriteGroup | QFileDevice::WriteOther));
    }
    QVERIFY(child.waitForFinished(30000));
    QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
    output += child.readAllStandardOutput();
    const QHash<QString, QString> lines = outcomes(output);
    QCOMPARE(lines.value(QStringLiteral("open")), QStringLiteral("opened"));
    QCOMPARE(lines.value(QStringLiteral("save-refused")),
        QStringLiteral("The progress database %1 cannot be written: the file or its folder is "
                       "read-only.")
            .arg(native(path)));
    QCOMPARE(lines.value(QStringLiteral("pending")), QStringLiteral("yes"));
    QCOMPARE(lines.value(QStringLiteral("pending-at-end")), QStringLiteral("no"));
    QCOMPARE(lines.value(QStringLiteral("stored")), QStringLiteral("acme-admin"));
    const FileView after = readFile(path, id);
    QCOMPARE(after.integrity, QStringLiteral("ok"));
    QCOMPARE(after.fields.value(FieldKey::LoginName), QStringLiteral("acme-admin"));
}

void TestStorageFaults::folderThatCannotExistIsNamed()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    {
        QFile plain(file);
        QVERIFY(plain.open(QIODevice::WriteOnly));
    }
    const QString folder = file + QStringLiteral("/progress");
    const QString path = folder + QStringLiteral("/p.sqlite");
    const Result<std::unique_ptr<ProgressStore>> refused = ProgressStore::openSqlite(path);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
        QStringLiteral("Cannot create the folder %1.").arg(native(folder)));
    // The program's way in (the store's own thread) says the same.
    const Result<std::unique_ptr<StoreClient>> client
        = StoreClient::open(StoreAddress::sqliteFile(path));
    QVERIFY(!client);
    QCOMPARE(client.error().message, refused.error().message);
    // A folder that is merely missing is made.
    QVERIFY(ProgressStore::openSqlite(dir.filePath(QStringLiteral("new/deeper/p.sqlite"))));
}

void TestStorageFaults::wizardShowsTheFaultUntilTheRetrySaves()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    std::unique_ptr<ProgressStore> store = std::move(ProgressStore::openSqlite(path)).value();
    const FixedClock clock(Now, QTimeZone("Asia/Shanghai"));
    OnboardingSession session(*store, clock);
    LanguageSwitcher language;
    QNetworkAccessManager network;
    CloudAccess cloud(network, clock, EndpointPolicy(), QProcessEnvironment(), nullptr);
    OnboardingWizard wizard(
        session, language, [](const QUrl &) { return true; }, cloud);
    wizard.show();
    QVERIFY(session.create(QStringLiteral("ACME")));
    auto *notice = wizard.findChild<Callout *>(QStringLiteral("saveError"));
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());

    QVERIFY(store->limitGrowthForTest(0));
    session.profile().setField(FieldKey::DedicatedAccount, largeValue());
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), ProfileAutosaver::DebounceMs + 2000);
    QVERIFY2(notice->text().contains(
                 QStringLiteral("The disk is full: the progress database %1 cannot grow.")
                     .arg(native(path))),
        qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(
                 QStringLiteral("Your edits are kept and will be saved when possible.")),
        qPrintable(notice->text()));

    QVERIFY(store->limitGrowthForTest(-1));
    QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), ProfileAutosaver::RetryMs * 3);
    QVERIFY(!session.autosaver().hasPending());
    QCOMPARE(store->loadProfile(session.profile().id()).value().field(FieldKey::DedicatedAccount),
        largeValue());
}

QTEST_MAIN(TestStorageFaults)
#include "tst_storagefaults.moc"
