// The session log: a new owner-only file per start in an owner-only folder,
// the newest few kept, capped in size, every line redacted, debug lines only
// with -v. Real files in a temporary folder.
#include "diagnostics/LogCategories.h"
#include "diagnostics/SessionLog.h"

#include <QtTest>

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestSessionLog : public QObject
{
    Q_OBJECT
private slots:
    void writesOwnerOnlyFile();
    void redactsEveryLine();
    void debugOnlyWhenVerbose();
    void keepsNewestFiles();
    void capsFileSize();
    void tailReadsLastLines();
    void restoresHandler();
};

void TestSessionLog::writesOwnerOnlyFile()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath("logs");
    SessionLog log({.folder = folder});
    QVERIFY(log.start().ok());
    qCInfo(lcStartup) << "hello from the test";
    QVERIFY(QFileInfo::exists(log.filePath()));
    QCOMPARE(QFileInfo(log.filePath()).absolutePath(), QFileInfo(folder).absoluteFilePath());
    const QFileDevice::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(folder).permissions() & others, QFileDevice::Permissions());
    QVERIFY(QFileInfo(folder).permissions() & QFile::ExeOwner);
    QCOMPARE(QFileInfo(log.filePath()).permissions() & others, QFileDevice::Permissions());
    QVERIFY(QFileInfo(log.filePath()).permissions() & QFile::WriteOwner);
    const QString text = readAll(log.filePath());
    QVERIFY2(text.contains(" info fincloud.startup: hello from the test\n"), qPrintable(text));
}

void TestSessionLog::redactsEveryLine()
{
    QTemporaryDir dir;
    SessionLog log({.folder = dir.filePath("logs"), .redactor = Redactor({"mySecretValue42"})});
    QVERIFY(log.start().ok());
    log.addSecret("addedLaterSecret");
    qCInfo(lcStorage) << "connect postgresql://bob:pgpass123@db/x";
    qCWarning(lcCloud) << "key mySecretValue42 and addedLaterSecret; Signature=abcdef0123";
    qCInfo(lcSession) << "legal representative 11010519491231002X";
    const QString text = readAll(log.filePath());
    for (const char *secret :
        {"pgpass123", "mySecretValue42", "addedLaterSecret", "abcdef0123", "11010519491231002X"})
        QVERIFY2(!text.contains(QLatin1String(secret)), secret);
    QVERIFY(text.contains("fincloud.cloud"));
    QVERIFY(text.contains("legal representative"));
}

void TestSessionLog::debugOnlyWhenVerbose()
{
    QTemporaryDir dir;
    {
        SessionLog quiet({.folder = dir.filePath("quiet")});
        QVERIFY(quiet.start().ok());
        qCDebug(lcUi) << "a quiet debug line";
        qCInfo(lcUi) << "a quiet info line";
        const QString text = readAll(quiet.filePath());
        QVERIFY(!text.contains("a quiet debug line"));
        QVERIFY(text.contains("a quiet info line"));
    }
    SessionLog verbose({.folder = dir.filePath("verbose"), .verbose = true});
    QVERIFY(verbose.start().ok());
    qCDebug(lcUi) << "a verbose debug line";
    QVERIFY(readAll(verbose.filePath()).contains(" debug fincloud.ui: a verbose debug line"));
}

void TestSessionLog::keepsNewestFiles()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath("logs");
    QVERIFY(QDir().mkpath(folder));
    QStringList old;
    for (int day = 1; day <= 7; ++day) {
        const QString path = QDir(folder).filePath(
            QStringLiteral("session-2020-01-0%1_12-00-00-000_1.log").arg(day));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        old.append(path);
    }
    QFile unrelated(QDir(folder).filePath("notes.txt"));
    QVERIFY(unrelated.open(QIODevice::WriteOnly));
    unrelated.close();

    SessionLog log({.folder = folder, .filesKept = 5});
    QVERIFY(log.start().ok());
    const QStringList files = SessionLog::files(folder);
    QCOMPARE(files.size(), 5);
    QCOMPARE(files.constFirst(), log.filePath());
    // The four newest old ones stay, the three oldest are gone.
    QCOMPARE(files.mid(1), QStringList({old[6], old[5], old[4], old[3]}));
    QVERIFY(unrelated.exists());
}

void TestSessionLog::capsFileSize()
{
    QTemporaryDir dir;
    SessionLog log({.folder = dir.filePath("logs"), .maxBytes = 2000});
    QVERIFY(log.start().ok());
    for (int i = 0; i < 200; ++i)
        qCInfo(lcSession) << "line number" << i << "with some padding text to fill the file";
    const QString text = readAll(log.filePath());
    QVERIFY2(QFileInfo(log.filePath()).size() < 2000 + 200, qPrintable(text));
    QVERIFY(text.contains("line number 0 "));
    QVERIFY(!text.contains("line number 199 "));
    QVERIFY(
        text.trimmed().endsWith("The log reached its size limit; later lines are not written."));
}

void TestSessionLog::tailReadsLastLines()
{
    QTemporaryDir dir;
    SessionLog log({.folder = dir.filePath("logs")});
    QVERIFY(log.start().ok());
    for (int i = 0; i < 30; ++i)
        qCInfo(lcSession).noquote() << QStringLiteral("entry %1").arg(i);
    const QStringList tail = SessionLog::tail(log.filePath(), 3);
    QCOMPARE(tail.size(), 3);
    QVERIFY(tail[0].endsWith("entry 27"));
    QVERIFY(tail[2].endsWith("entry 29"));
    QCOMPARE(SessionLog::tail(log.filePath(), 100).size(), 30);
    QVERIFY(SessionLog::tail(dir.filePath("missing.log"), 3).isEmpty());
}

void TestSessionLog::restoresHandler()
{
    QTemporaryDir dir;
    QString path;
    {
        SessionLog log({.folder = dir.filePath("logs")});
        QVERIFY(log.start().ok());
        path = log.filePath();
    }
    qCInfo(lcStartup) << "after the log ended";
    QVERIFY(!readAll(path).contains("after the log ended"));
}

QTEST_GUILESS_MAIN(TestSessionLog)
#include "tst_sessionlog.moc"
