// The child of tst_storagefaults: what must happen in another process.
//
//   hold-lock PATH      takes SQLite's write lock on PATH (BEGIN EXCLUSIVE),
//                       prints "locked", holds it until a line arrives on
//                       standard input, then commits and ends.
//   read-only-folder F  (as uid/gid 65534 when started as root, for whom
//                       modes change nothing) creates a store in F, makes F
//                       read-only, opens it again, makes F writable, opens
//                       it once more and saves an edit; prints each outcome.
//   read-only-file P    (as uid/gid 65534 when started as root) opens P,
//                       which another user owns and this one cannot write,
//                       edits a field, prints the refusal, and waits until
//                       the parent has made P writable and the autosaver's
//                       retry has saved the edit.
// Each outcome is a line "key: value"; messages are printed as they are.
#include "core/Clock.h"
#include "onboarding/FieldKey.h"
#include "onboarding/Profile.h"
#include "storage/ProfileAutosaver.h"
#include "storage/ProgressStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>
#include <grp.h>
#include <iostream>
#include <string>
#include <unistd.h>

namespace {

constexpr uid_t Nobody = 65534;
const QDateTime Now(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

void say(const char *key, const QString &value)
{
    std::printf("%s: %s\n", key, qPrintable(QString(value).replace(u'\n', u' ')));
    std::fflush(stdout);
}

// Root may write anywhere: the read-only cases run as nobody.
bool dropRoot()
{
    if (geteuid() != 0)
        return true;
    return setgroups(0, nullptr) == 0 && setgid(Nobody) == 0 && setuid(Nobody) == 0
        && geteuid() == Nobody;
}

int holdLock(const QString &path)
{
    const QString name = QStringLiteral("lock-holder");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return 3;
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN EXCLUSIVE"))) {
            say("error", begin.lastError().text());
            return 4;
        }
        say("locked", path);
        std::string line;
        std::getline(std::cin, line);
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return 0;
}

bool setFolderWritable(const QString &folder, bool writable)
{
    return QFile::setPermissions(folder,
        QFileDevice::ReadOwner | QFileDevice::ExeOwner
            | (writable ? QFileDevice::WriteOwner : QFileDevice::Permissions()));
}

int readOnlyFolder(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("p.sqlite"));
    qint64 id = 0;
    {
        Result<std::unique_ptr<ProgressStore>> store = ProgressStore::openSqlite(path);
        if (!store)
            return 3;
        id = store.value()->createProfile(QStringLiteral("ACME"), Now).value().id;
    }
    if (!setFolderWritable(folder, false))
        return 4;
    {
        const Result<std::unique_ptr<ProgressStore>> refused = ProgressStore::openSqlite(path);
        say("open-read-only", refused ? QStringLiteral("opened") : refused.error().message);
        say("open-read-only-code", refused ? QString() : refused.error().code);
    }
    say("files", QDir(folder).entryList(QDir::Files).join(u','));
    if (!setFolderWritable(folder, true))
        return 5;
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::openSqlite(path);
    say("open-writable", store ? QStringLiteral("opened") : store.error().message);
    if (!store)
        return 0;
    const Result<int> saved
        = store.value()->saveFields(id, {{FieldKey::LoginName, QStringLiteral("acme-admin")}}, Now);
    say("saved",
        saved ? store.value()->loadProfile(id).value().field(FieldKey::LoginName)
              : saved.error().message);
    return 0;
}

int readOnlyFile(const QString &path)
{
    Result<std::unique_ptr<ProgressStore>> opened = ProgressStore::openSqlite(path);
    say("open", opened ? QStringLiteral("opened") : opened.error().message);
    if (!opened)
        return 0;
    ProgressStore &store = *opened.value();
    const FixedClock clock(Now);
    Profile profile(clock);
    const Result<QList<ProfileSummary>> profiles = store.listProfiles();
    if (!profiles || profiles.value().isEmpty())
        return 3;
    profile.load(store.loadProfile(profiles.value().constFirst().id).value());
    ProfileAutosaver saver(profile, store, clock);
    int failures = 0;
    QObject::connect(&saver, &ProfileAutosaver::saveFailed, [&failures](const Error &error) {
        if (++failures == 1)
            say("save-refused", error.message); // the parent now makes the file writable
    });
    profile.setField(FieldKey::LoginName, QStringLiteral("acme-admin"));
    saver.flush();
    say("pending", saver.hasPending() ? QStringLiteral("yes") : QStringLiteral("no"));
    // The autosaver tries again every RetryMs; 20 s are many tries.
    QEventLoop wait;
    QObject::connect(&saver, &ProfileAutosaver::saved, &wait, &QEventLoop::quit);
    QTimer::singleShot(20000, &wait, &QEventLoop::quit);
    if (saver.hasPending())
        wait.exec();
    say("pending-at-end", saver.hasPending() ? QStringLiteral("yes") : QStringLiteral("no"));
    say("stored", store.loadProfile(profile.id()).value().field(FieldKey::LoginName));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    const QString mode = QString::fromLocal8Bit(argv[1]);
    if (mode != QLatin1String("hold-lock") && !dropRoot())
        return 6;
    QCoreApplication app(argc, argv);
    const QString target = QString::fromLocal8Bit(argv[2]);
    if (mode == QLatin1String("hold-lock"))
        return holdLock(target);
    if (mode == QLatin1String("read-only-folder"))
        return readOnlyFolder(target);
    if (mode == QLatin1String("read-only-file"))
        return readOnlyFile(target);
    return 2;
}
