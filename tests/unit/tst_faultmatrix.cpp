// The fault matrix: every headless command that uses the progress database,
// run by the real program against every kind of thing a --database path can
// name. For each pair: the exit status, a message that names the cause, and
// the thing itself afterwards (bytes, mode, kind; nothing created, moved or
// set aside). docs/reliability.md is this table in words; the test prints the
// counts it checked.
#include "common/ProgramRun.h"
#include "common/RawSqlite.h"
#include "common/ScratchStore.h"
#include "common/SpecialFiles.h"
#include "onboarding/FieldKey.h"
#include "storage/BackupShelf.h"
#include "storage/ProgressStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Now = QStringLiteral("2026-03-16T10:00:00+08:00");
const QDateTime T0(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

// What a command's run leaves: exit status, and a word its message must hold.
struct Expected
{
    int status;
    QString says; // in standard error (or output); empty: anything
};

// What stands at a path, compared before and after.
QByteArray garbage(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(99);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

bool writeHealthyDatabase(const QString &path, int notes = 60)
{
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::openSqlite(path);
    if (!store)
        return false;
    const Result<ProfileData> created
        = store.value()->createProfile(QStringLiteral("Matrix Fintech Ltd"), T0);
    if (!created)
        return false;
    for (int i = 0; i < notes; ++i) // some pages, so that truncation cuts into data
        store.value()->saveFields(created.value().id,
            {{QStringLiteral("note.%1").arg(i), QString(300, QLatin1Char('n'))}}, T0);
    return true;
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void matrix_data();
    void matrix();
    void cleanupTestCase();
    void fullDiskIsAFaultNotDamage();
    void eightParallelImports_data();
    void eightParallelImports();
    void emptyAndTildeDatabaseNames();
    void readOnlyFolderAsAnotherUser();
    void unreadableTablesAreAReadError();
    void unreadableSchemaVersionIsDamage();
    void restoreFromTheCommandLine();

private:
    // Makes `kind` at <folder>/progress.sqlite; returns the path.
    QString make(const QString &kind, const QString &folder) const;
    ProgramRun run(const QString &database, QStringList arguments, const QString &home) const;

    QTemporaryDir m_dir;
    QString m_profileFile; // an exported profile of another company, for import
    int m_checked = 0;
    QMap<QString, int> m_outcomes;
};

ProgramRun TestFaultMatrix::run(
    const QString &database, QStringList arguments, const QString &home) const
{
    arguments << QStringLiteral("--database") << database << QStringLiteral("--now") << Now;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    return ProgramRun::start(arguments, environment);
}

void TestFaultMatrix::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString source = m_dir.filePath(QStringLiteral("source/progress.sqlite"));
    {
        auto store = std::move(ProgressStore::openSqlite(source)).value();
        QVERIFY(store->createProfile(QStringLiteral("Imported Other Co"), T0));
    }
    m_profileFile = m_dir.filePath(QStringLiteral("other.json"));
    const ProgramRun exported
        = run(source, {QStringLiteral("export"), QStringLiteral("--out"), m_profileFile},
            m_dir.filePath(QStringLiteral("home")));
    QCOMPARE(exported.exitCode, 0);
}

QString TestFaultMatrix::make(const QString &kind, const QString &folder) const
{
    const QString path = folder + QStringLiteral("/progress.sqlite");
    const QString target = folder + QStringLiteral("/elsewhere");
    if (kind == QLatin1String("healthy") || kind == QLatin1String("read-only file"))
        writeHealthyDatabase(path);
    if (kind == QLatin1String("read-only file"))
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    if (kind == QLatin1String("empty file"))
        SpecialFiles::writeFile(path, {}, 0600);
    if (kind == QLatin1String("garbage")) {
        writeHealthyDatabase(path);
        SpecialFiles::writeFile(path, garbage(16384), 0600);
    }
    if (kind == QLatin1String("truncated")) {
        writeHealthyDatabase(path);
        QFile file(path);
        file.resize(file.size() / 3);
    }
    if (kind == QLatin1String("foreign SQLite")) {
        rawSqlite(path,
            {QStringLiteral("CREATE TABLE notes (id INTEGER, text TEXT)"),
                QStringLiteral("INSERT INTO notes VALUES (1, 'theirs')")});
        QFile::setPermissions(
            path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    if (kind == QLatin1String("folder"))
        QDir().mkdir(path);
    if (kind == QLatin1String("FIFO"))
        SpecialFiles::makeFifo(path);
    if (kind == QLatin1String("device"))
        SpecialFiles::makeNullDevice(path);
    if (kind == QLatin1String("link to a database")) {
        writeHealthyDatabase(target);
        QFile::link(target, path);
    }
    if (kind == QLatin1String("link to a text file")) {
        SpecialFiles::writeFile(target, "my own notes\n", 0644);
        QFile::link(target, path);
    }
    return path;
}

void TestFaultMatrix::matrix_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    QTest::addColumn<bool>("mayChange"); // import into a usable database writes, as it should

    const QStringList kinds = {QStringLiteral("healthy"), QStringLiteral("missing"),
        QStringLiteral("empty file"), QStringLiteral("garbage"), QStringLiteral("truncated"),
        QStringLiteral("foreign SQLite"), QStringLiteral("folder"), QStringLiteral("FIFO"),
        QStringLiteral("device"), QStringLiteral("link to a database"),
        QStringLiteral("link to a text file"), QStringLiteral("read-only file")};
    struct Command
    {
        QString name;
        QStringList arguments;
    };
    const QList<Command> commands = {
        {QStringLiteral("status"), {QStringLiteral("status")}},
        {QStringLiteral("status --all"), {QStringLiteral("status"), QStringLiteral("--all")}},
        {QStringLiteral("status --json"), {QStringLiteral("status"), QStringLiteral("--json")}},
        {QStringLiteral("export"), {QStringLiteral("export"), QStringLiteral("--out"), {}}},
        {QStringLiteral("checklist"), {QStringLiteral("checklist"), QStringLiteral("--out"), {}}},
        {QStringLiteral("diagnostics"), {QStringLiteral("diagnostics")}},
        {QStringLiteral("import"), {QStringLiteral("import"), m_profileFile}},
        {QStringLiteral("backups"), {QStringLiteral("backups")}},
    };
    for (const QString &kind : kinds) {
        for (const Command &command : commands) {
            const bool damaged
                = kind == QLatin1String("garbage") || kind == QLatin1String("truncated");
            const bool refused = kind == QLatin1String("foreign SQLite")
                || kind == QLatin1String("folder") || kind == QLatin1String("FIFO")
                || kind == QLatin1String("device") || kind.startsWith(QLatin1String("link"));
            const bool nothingYet
                = kind == QLatin1String("missing") || kind == QLatin1String("empty file");
            const bool import = command.name == QLatin1String("import");
            Expected expected {0, {}};
            if (command.name == QLatin1String("backups")) {
                expected = {0, {}}; // reads the shelf only, whatever the database is
            } else if (damaged) {
                expected = {3, QStringLiteral("damaged")};
            } else if (refused) {
                expected = {2,
                    kind == QLatin1String("foreign SQLite") ? QStringLiteral("another program")
                        : kind.startsWith(QLatin1String("link"))
                        ? QStringLiteral("symbolic link")
                        : QStringLiteral("not a database file")};
            } else if (nothingYet) {
                const bool needsAProfile = command.name == QLatin1String("status")
                    || command.name == QLatin1String("status --json")
                    || command.name == QLatin1String("export")
                    || command.name == QLatin1String("checklist");
                expected = {needsAProfile ? 1 : 0, {}};
            } else if (kind == QLatin1String("read-only file") && import) {
                expected = {2, QStringLiteral("read-only")};
            }
            const bool mayChange
                = import && !damaged && !refused && kind != QLatin1String("read-only file");
            QTest::addRow("%s | %s", qPrintable(kind), qPrintable(command.name))
                << kind << command.arguments << expected.status << expected.says << mayChange;
        }
    }
}

void TestFaultMatrix::matrix()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, command);
    QFETCH(int, status);
    QFETCH(QString, says);
    QFETCH(bool, mayChange);
    if (kind == QLatin1String("device") && !SpecialFiles::isRoot())
        QSKIP("making a device node needs root; CI runs as root");

    QTemporaryDir place;
    const QString folder = place.filePath(QStringLiteral("db"));
    QVERIFY(QDir().mkdir(folder));
    const QString path = make(kind, folder);
    const QString outFolder = place.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkdir(outFolder));
    for (QString &argument : command) {
        if (argument.isEmpty())
            argument = outFolder + QStringLiteral("/written");
    }

    const QMap<QString, QByteArray> before = SpecialFiles::snapshot(folder);

    const ProgramRun ran = run(path, command, place.filePath(QStringLiteral("home")));
    const QString said = QString::fromUtf8(ran.err + ran.out);
    QVERIFY2(ran.exitCode == status,
        qPrintable(
            QStringLiteral("exit %1, expected %2: %3").arg(ran.exitCode).arg(status).arg(said)));
    if (!says.isEmpty())
        QVERIFY2(said.contains(says), qPrintable(said));
    // Nothing says success where it failed.
    if (status != 0) {
        QVERIFY2(!said.contains(QStringLiteral("Exported"))
                && !said.contains(QStringLiteral("Imported")),
            qPrintable(said));
        QVERIFY(!QFileInfo::exists(outFolder + QStringLiteral("/written")));
    }

    const QMap<QString, QByteArray> after = SpecialFiles::snapshot(folder);
    // Nothing moved aside, ever, by a command.
    for (const QString &name : after.keys())
        QVERIFY2(!name.contains(QStringLiteral(".damaged-")), qPrintable(name));
    if (!mayChange) {
        // SQLite's own companions of a WAL database it read may appear; the
        // rest is as it was, byte for byte and mode for mode.
        for (const QString &name : after.keys()) {
            if (before.contains(name))
                QVERIFY2(after.value(name) == before.value(name),
                    qPrintable(name + QStringLiteral(": ") + after.value(name) + " was "
                        + before.value(name)));
            else
                QVERIFY2(
                    name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")),
                    qPrintable(QStringLiteral("created: ") + name));
        }
        for (const QString &name : before.keys())
            QVERIFY2(after.contains(name), qPrintable(QStringLiteral("gone: ") + name));
    }
    ++m_checked;
    m_outcomes[QStringLiteral("exit %1").arg(ran.exitCode)]++;
}

void TestFaultMatrix::cleanupTestCase()
{
    QStringList counts;
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it)
        counts << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    qInfo().noquote() << "fault matrix:" << m_checked << "cells checked;" << counts.join(u", ");
}

void TestFaultMatrix::fullDiskIsAFaultNotDamage()
{
    if (!SpecialFiles::isRoot())
        QSKIP("mounting a small tmpfs needs root; CI runs as root");
    QTemporaryDir place;
    const QString folder = place.filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkdir(folder));
    SpecialFiles::FullDisk disk(folder);
    QVERIFY2(disk.isMounted(), qPrintable(disk.problem()));
    const QString path = folder + QStringLiteral("/progress.sqlite");
    QVERIFY(writeHealthyDatabase(path, 3)); // small: the disk is 1 MiB
    const QString home = place.filePath(QStringLiteral("home"));
    QCOMPARE(run(path, {QStringLiteral("status"), QStringLiteral("--all")}, home).exitCode, 0);
    QVERIFY(disk.fill());
    const QByteArray before = SpecialFiles::fingerprint(path);

    const ProgramRun imported = run(path, {QStringLiteral("import"), m_profileFile}, home);
    QCOMPARE(imported.exitCode, 2);
    QVERIFY2(imported.err.contains("disk is full") || imported.err.contains("input/output"),
        imported.err.constData());
    QVERIFY2(!imported.err.contains("damaged"), imported.err.constData());
    QCOMPARE(SpecialFiles::fingerprint(path), before);
    QVERIFY(BackupShelf(path).damagedCopies().isEmpty());

    // Space again: everything is there.
    QVERIFY(QFile::remove(folder + QStringLiteral("/filler")));
    const ProgramRun listed = run(path, {QStringLiteral("status"), QStringLiteral("--all")}, home);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains("Matrix Fintech Ltd"), listed.out.constData());
    const ProgramRun again = run(path, {QStringLiteral("import"), m_profileFile}, home);
    QString listing;
    for (const QFileInfo &entry : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden))
        listing += QStringLiteral(" %1=%2").arg(entry.fileName()).arg(entry.size());
    QVERIFY2(again.exitCode == 0, qPrintable(QString::fromUtf8(again.err) + listing));
}

void TestFaultMatrix::eightParallelImports_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("choice");
    QTest::addColumn<int>("profiles");
    for (const char *backend : {"sqlite", "postgres"}) {
        QTest::addRow("%s, cancel", backend)
            << QString::fromLatin1(backend) << QStringLiteral("cancel") << 1;
        QTest::addRow("%s, keep-both", backend)
            << QString::fromLatin1(backend) << QStringLiteral("keep-both") << 8;
    }
}

void TestFaultMatrix::eightParallelImports()
{
    QFETCH(QString, backend);
    QFETCH(QString, choice);
    QFETCH(int, profiles);
    SCRATCH_STORE(scratch, backend);
    QTemporaryDir place;
    const QString path = scratch.url();
    QList<QProcess *> processes;
    for (int i = 0; i < 8; ++i) {
        auto *process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), place.filePath(QStringLiteral("home")));
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(FINCLOUD_BINARY),
            {QStringLiteral("import"), m_profileFile, QStringLiteral("--on-conflict"), choice,
                QStringLiteral("--database"), path});
        processes << process;
    }
    QList<int> statuses;
    QByteArray errors;
    for (QProcess *process : std::as_const(processes)) {
        statuses << (process->waitForFinished(60000) ? process->exitCode() : -1);
        errors += process->readAllStandardError();
        delete process;
    }
    // Imported (0), or refused as the same company (1, cancel); nothing else.
    const int imported = int(statuses.count(0));
    QVERIFY2(imported + statuses.count(1) == 8, errors.constData());
    QCOMPARE(imported, profiles);
    auto store = std::move(ProgressStore::open(scratch.address())).value();
    const QList<ProfileSummary> stored = store->listProfiles().value();
    QCOMPARE(stored.size(), profiles);
    // keep-both: eight different labels in the lists, and the company name
    // of each as in the file (the number is never company data).
    QSet<QString> names;
    QSet<QString> companies;
    for (const ProfileSummary &summary : stored) {
        names.insert(summary.label);
        companies.insert(summary.companyName);
    }
    QCOMPARE(names.size(), profiles);
    QCOMPARE(companies.size(), 1);
}

void TestFaultMatrix::emptyAndTildeDatabaseNames()
{
    QTemporaryDir home;
    const ProgramRun empty
        = ProgramRun::start({QStringLiteral("status"), QStringLiteral("--database"), QString()});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains("--database"), empty.err.constData());

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), home.path());
    const ProgramRun tilde = ProgramRun::start(
        {QStringLiteral("import"), m_profileFile, QStringLiteral("--database=~/x.sqlite")},
        environment);
    QCOMPARE(tilde.exitCode, 0);
    QVERIFY(QFileInfo::exists(home.filePath(QStringLiteral("x.sqlite"))));
    QVERIFY(!QFileInfo::exists(QStringLiteral("~")));
    const ProgramRun other = ProgramRun::start(
        {QStringLiteral("status"), QStringLiteral("--database=~nobody/x.sqlite")}, environment);
    QCOMPARE(other.exitCode, 2);
}

void TestFaultMatrix::readOnlyFolderAsAnotherUser()
{
    // The report: in a read-only folder a healthy database could not even be
    // read, and a damaged one was "moved aside" when nothing moved.
    if (!SpecialFiles::isRoot())
        QSKIP("running the program as another user needs root; CI runs as root");
    QTemporaryDir place;
    QVERIFY(QFile::setPermissions(place.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
            | QFile::ExeOther));
    const QString folder = place.filePath(QStringLiteral("db"));
    QVERIFY(QDir().mkdir(folder));
    const QString healthy = folder + QStringLiteral("/progress.sqlite");
    QVERIFY(writeHealthyDatabase(healthy, 3));
    const QString damaged = folder + QStringLiteral("/damaged.sqlite");
    QVERIFY(SpecialFiles::writeFile(damaged, garbage(8192), 0644));
    // Readable by everyone, writable by no one but root: nobody reads it.
    QVERIFY(
        QFile::setPermissions(healthy, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(
        folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    const auto asNobody = [&](const QString &database, const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), place.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("setpriv"),
            QStringList {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                QStringLiteral("--clear-groups"), QStringLiteral(FINCLOUD_BINARY)}
                + arguments + QStringList {QStringLiteral("--database"), database});
        process.waitForFinished(60000);
        return ProgramRun {
            process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    };
    const QByteArray before = SpecialFiles::fingerprint(healthy);
    const ProgramRun listed
        = asNobody(healthy, {QStringLiteral("status"), QStringLiteral("--all")});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QVERIFY2(listed.out.contains("Matrix Fintech Ltd"), listed.out.constData());
    const ProgramRun imported = asNobody(healthy, {QStringLiteral("import"), m_profileFile});
    QCOMPARE(imported.exitCode, 2);
    QVERIFY2(imported.err.contains("read-only") || imported.err.contains("cannot be opened"),
        imported.err.constData());
    QCOMPARE(SpecialFiles::fingerprint(healthy), before);

    const ProgramRun found = asNobody(damaged, {QStringLiteral("status")});
    QCOMPARE(found.exitCode, 3);
    QVERIFY(!found.err.contains("moved"));
    QVERIFY(BackupShelf(damaged).damagedCopies().isEmpty());
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
}

void TestFaultMatrix::unreadableTablesAreAReadError()
{
    // A read error is not "no such profile" (status used to exit 1 and say
    // the database "could not be updated").
    QTemporaryDir place;
    const QString path = place.filePath(QStringLiteral("progress.sqlite"));
    QVERIFY(writeHealthyDatabase(path, 1));
    QVERIFY(rawSqlite(
        path, {QStringLiteral("ALTER TABLE profiles RENAME COLUMN updated_at TO changed")}));
    const ProgramRun ran
        = run(path, {QStringLiteral("status")}, place.filePath(QStringLiteral("home")));
    QCOMPARE(ran.exitCode, 2);
    QVERIFY2(ran.err.contains("could not be read"), ran.err.constData());
    QVERIFY(!ran.err.contains("updated"));
}

void TestFaultMatrix::unreadableSchemaVersionIsDamage()
{
    // It gave "table … already exists": the migration started over.
    QTemporaryDir place;
    const QString path = place.filePath(QStringLiteral("progress.sqlite"));
    QVERIFY(writeHealthyDatabase(path, 1));
    QVERIFY(rawSqlite(path, {QStringLiteral("DELETE FROM schema_version")}));
    const QByteArray before = SpecialFiles::fingerprint(path);
    for (const QStringList &command : {QStringList {QStringLiteral("status")},
             QStringList {QStringLiteral("import"), m_profileFile}}) {
        const ProgramRun ran = run(path, command, place.filePath(QStringLiteral("home")));
        QCOMPARE(ran.exitCode, 3);
        QVERIFY2(ran.err.contains("schema_version") && !ran.err.contains("already exists"),
            ran.err.constData());
    }
    QCOMPARE(SpecialFiles::fingerprint(path), before);
}

void TestFaultMatrix::restoreFromTheCommandLine()
{
    QTemporaryDir place;
    const QString path = place.filePath(QStringLiteral("progress.sqlite"));
    const QString home = place.filePath(QStringLiteral("home"));
    QVERIFY(writeHealthyDatabase(path, 1));
    ProgressStore::OpenOptions earlier;
    earlier.now = T0;
    {
        auto store
            = std::move(ProgressStore::open(StoreAddress::sqliteFile(path), earlier)).value();
        QVERIFY(!store->backUp(QStringLiteral("manual")).value().isEmpty());
        QVERIFY(store->createProfile(QStringLiteral("Added Later Ltd"), T0));
    }
    const QString backup = BackupShelf(path).backups().constFirst();
    const ProgramRun listed = run(path, {QStringLiteral("backups")}, home);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QFile::encodeName(backup)), listed.out.constData());

    // While a wizard holds the database, nothing is replaced.
    const QByteArray before = SpecialFiles::fingerprint(path);
    {
        QLockFile wizard(path + QStringLiteral(".lock"));
        QVERIFY(wizard.tryLock(0));
        const ProgramRun refused
            = run(path, {QStringLiteral("restore"), QFileInfo(backup).fileName()}, home);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("close it first"), refused.err.constData());
        QCOMPARE(SpecialFiles::fingerprint(path), before);
    }
    const ProgramRun restored
        = run(path, {QStringLiteral("restore"), QFileInfo(backup).fileName()}, home);
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    QVERIFY(
        !QDir(place.path()).entryList({QStringLiteral("progress.sqlite.replaced-*")}).isEmpty());
    const ProgramRun after = run(path, {QStringLiteral("status"), QStringLiteral("--all")}, home);
    QVERIFY(after.out.contains("Matrix Fintech Ltd"));
    QVERIFY(!after.out.contains("Added Later Ltd")); // as the backup had it
    // Not a backup: refused, nothing changed.
    const QByteArray restoredPrint = SpecialFiles::fingerprint(path);
    QCOMPARE(run(path, {QStringLiteral("restore"), m_profileFile}, home).exitCode, 2);
    QCOMPARE(SpecialFiles::fingerprint(path), restoredPrint);
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
