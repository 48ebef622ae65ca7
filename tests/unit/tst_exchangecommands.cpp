// `export`, `import` and `checklist` end to end: the real program on a real
// database prepared with the store's own save calls; its files, messages and
// exit statuses, and what the database holds afterwards.
#include "common/ProgramRun.h"
#include "common/RawSqlite.h"
#include "common/SampleProfile.h"
#include "common/SpecialFiles.h"
#include "onboarding/FieldKey.h"
#include "storage/ProgressStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Now = QStringLiteral("2026-03-16T10:00:00+08:00");

ProgramRun run(QStringList arguments)
{
    arguments << QStringLiteral("--now") << Now;
    return ProgramRun::start(arguments);
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<ProfileSummary> profilesIn(const QString &database)
{
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::openSqlite(database);
    if (!store)
        return {};
    return store.value()->listProfiles().value();
}

} // namespace

class TestExchangeCommands : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exportWritesTheProfile();
    void exportNeedsAProfileAndAFile();
    void importIntoFreshDatabase();
    void importConflictDefaultsToCancel();
    void importConflictChoices();
    void importRefusesBadFile();
    void importRejectsUnknownChoice();
    void checklistWritesPdf();
    void checklistNeedsAProfile();
    void outputRefusesWhatIsNotAFile_data();
    void outputRefusesWhatIsNotAFile();
    void outputModes_data();
    void outputModes();
    void fullDiskKeepsTheOlderFile_data();
    void fullDiskKeepsTheOlderFile();
    void importEchoesTheFileEscaped();
    void exportRefusesUnreadableValues();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // `command` (export or checklist) of the sample profile into `out`.
    ProgramRun writeTo(const QString &command, const QString &out) const;
    QTemporaryDir m_dir;
    QString m_source;
    QString m_exported;
};

void TestExchangeCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = path(QStringLiteral("source/progress.sqlite"));
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::openSqlite(m_source);
    QVERIFY(store);
    QVERIFY(SampleProfile::create(*store.value()) > 0);
    store.value().reset(); // closed before the program opens it
    m_exported = path(QStringLiteral("sample.json"));
    const ProgramRun exported = run({QStringLiteral("export"), QStringLiteral("--database"),
        m_source, QStringLiteral("--profile"), SampleProfile::company(), QStringLiteral("--out"),
        m_exported});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
}

void TestExchangeCommands::exportWritesTheProfile()
{
    const QJsonObject root = QJsonDocument::fromJson(contentOf(m_exported)).object();
    QCOMPARE(root.value(u"format").toString(), QStringLiteral("fincloud-onboard.profile"));
    QCOMPARE(root.value(u"company").toString(), SampleProfile::company());
    QCOMPARE(root.value(u"exportedAt").toString(), QStringLiteral("2026-03-16T02:00:00.000Z"));
    QCOMPARE(root.value(u"fields").toObject().value(FieldKey::CreditCode).toString(),
        SampleProfile::creditCode());
    QCOMPARE(root.value(u"steps").toArray().size(), 5);
    QCOMPARE(root.value(u"steps").toArray().at(1).toObject().value(u"status").toString(),
        QStringLiteral("waiting"));
    QVERIFY(root.value(u"events").toArray().size() >= 4);
    // The profile id works as well as the name, and the last used is the default.
    for (const QStringList &which :
        {QStringList {QStringLiteral("--profile"), QStringLiteral("1")}, QStringList {}}) {
        const QString out = path(QStringLiteral("by-id.json"));
        const ProgramRun again
            = run(QStringList {QStringLiteral("export"), QStringLiteral("--database"), m_source,
                      QStringLiteral("--out"), out}
                + which);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("Exported"), again.out.constData());
        QCOMPARE(QJsonDocument::fromJson(contentOf(out)).object().value(u"fields"),
            root.value(u"fields"));
    }
}

void TestExchangeCommands::exportNeedsAProfileAndAFile()
{
    const ProgramRun unknown = run({QStringLiteral("export"), QStringLiteral("--database"),
        m_source, QStringLiteral("--profile"), QStringLiteral("Nobody Ltd"),
        QStringLiteral("--out"), path(QStringLiteral("nobody.json"))});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("Nobody Ltd"), unknown.err.constData());
    QVERIFY(!QFile::exists(path(QStringLiteral("nobody.json"))));

    const ProgramRun noFile
        = run({QStringLiteral("export"), QStringLiteral("--database"), m_source});
    QCOMPARE(noFile.exitCode, 2);
    QVERIFY2(noFile.err.contains("--out"), noFile.err.constData());

    const ProgramRun unwritable = run({QStringLiteral("export"), QStringLiteral("--database"),
        m_source, QStringLiteral("--out"), path(QStringLiteral("no/such/folder/x.json"))});
    QCOMPARE(unwritable.exitCode, 2);
    QVERIFY2(unwritable.err.contains("Cannot write"), unwritable.err.constData());
}

void TestExchangeCommands::importIntoFreshDatabase()
{
    const QString database = path(QStringLiteral("fresh/progress.sqlite"));
    const ProgramRun imported
        = run({QStringLiteral("import"), m_exported, QStringLiteral("--database"), database});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY2(imported.out.contains("as a new profile"), imported.out.constData());
    const QList<ProfileSummary> profiles = profilesIn(database);
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.constFirst().companyName, SampleProfile::company());

    // The status command of the new database tells the same story.
    const ProgramRun status = run({QStringLiteral("status"), QStringLiteral("--json"),
        QStringLiteral("--database"), database});
    QCOMPARE(status.exitCode, 0);
    const QJsonArray steps = QJsonDocument::fromJson(status.out)
                                 .object()
                                 .value(u"profiles")
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(u"steps")
                                 .toArray();
    QCOMPARE(steps.at(0).toObject().value(u"status").toString(), QStringLiteral("done"));
    QCOMPARE(steps.at(1).toObject().value(u"status").toString(), QStringLiteral("waiting"));
    QCOMPARE(steps.at(1).toObject().value(u"expectedBy").toString(),
        QStringLiteral("2026-03-06T01:00:00.125Z"));
}

void TestExchangeCommands::importConflictDefaultsToCancel()
{
    const ProgramRun again
        = run({QStringLiteral("import"), m_exported, QStringLiteral("--database"), m_source});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("Not imported"), again.err.constData());
    QVERIFY2(again.err.contains("--on-conflict"), again.err.constData());
    QCOMPARE(profilesIn(m_source).size(), 1);

    const ProgramRun cancelled
        = run({QStringLiteral("import"), m_exported, QStringLiteral("--on-conflict"),
            QStringLiteral("cancel"), QStringLiteral("--database"), m_source});
    QCOMPARE(cancelled.exitCode, 1);
    QCOMPARE(profilesIn(m_source).size(), 1);
}

void TestExchangeCommands::importConflictChoices()
{
    const QString database = path(QStringLiteral("choices/progress.sqlite"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("choices"))));
    QVERIFY(QFile::copy(m_source, database));

    const ProgramRun kept
        = run({QStringLiteral("import"), m_exported, QStringLiteral("--on-conflict"),
            QStringLiteral("keep-both"), QStringLiteral("--database"), database});
    QVERIFY2(kept.exitCode == 0, kept.err.constData());
    QVERIFY2(kept.out.contains((SampleProfile::company() + QStringLiteral(" (2)")).toUtf8()),
        kept.out.constData());
    QCOMPARE(profilesIn(database).size(), 2);

    const ProgramRun replaced
        = run({QStringLiteral("import"), m_exported, QStringLiteral("--on-conflict"),
            QStringLiteral("replace"), QStringLiteral("--database"), database});
    QVERIFY2(replaced.exitCode == 0, replaced.err.constData());
    QVERIFY2(replaced.out.contains("in place of the saved profile"), replaced.out.constData());
    QCOMPARE(profilesIn(database).size(), 2);
}

void TestExchangeCommands::importRefusesBadFile()
{
    QJsonObject root = QJsonDocument::fromJson(contentOf(m_exported)).object();
    QJsonObject fields = root.value(u"fields").toObject();
    fields.insert(FieldKey::CreditCode, QStringLiteral("9144"));
    root.insert(QStringLiteral("fields"), fields);
    const QString bad = path(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    file.close();

    const QString database = path(QStringLiteral("refusing/progress.sqlite"));
    const ProgramRun refused = run({QStringLiteral("import"), bad, QStringLiteral("--database"),
        database, QStringLiteral("--on-conflict"), QStringLiteral("replace")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("fields.\"company.credit_code\""), refused.err.constData());
    QVERIFY2(refused.err.contains("18 characters"), refused.err.constData());
    QVERIFY(profilesIn(database).isEmpty());

    const ProgramRun missing = run({QStringLiteral("import"), path(QStringLiteral("missing.json")),
        QStringLiteral("--database"), database});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("Cannot read"), missing.err.constData());

    const ProgramRun noFile
        = run({QStringLiteral("import"), QStringLiteral("--database"), database});
    QCOMPARE(noFile.exitCode, 2);
    QVERIFY2(noFile.err.contains("usage"), noFile.err.constData());
}

void TestExchangeCommands::importRejectsUnknownChoice()
{
    const ProgramRun wrong
        = run({QStringLiteral("import"), m_exported, QStringLiteral("--on-conflict"),
            QStringLiteral("merge"), QStringLiteral("--database"), m_source});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains("replace|keep-both|cancel"), wrong.err.constData());
    QCOMPARE(profilesIn(m_source).size(), 1);
}

void TestExchangeCommands::checklistWritesPdf()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString pdf = path(QStringLiteral("checklist-%1.pdf").arg(language));
        const ProgramRun written = run({QStringLiteral("checklist"), QStringLiteral("--database"),
            m_source, QStringLiteral("--profile"), SampleProfile::company(),
            QStringLiteral("--out"), pdf, QStringLiteral("--lang"), language});
        QVERIFY2(written.exitCode == 0, written.err.constData());
        const QByteArray bytes = contentOf(pdf);
        QVERIFY(bytes.startsWith("%PDF-1."));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QVERIFY2(written.out.contains(SampleProfile::company().toUtf8()), written.out.constData());
    }
}

void TestExchangeCommands::checklistNeedsAProfile()
{
    const QString pdf = path(QStringLiteral("nobody.pdf"));
    const ProgramRun unknown = run({QStringLiteral("checklist"), QStringLiteral("--database"),
        m_source, QStringLiteral("--profile"), QStringLiteral("Nobody Ltd"),
        QStringLiteral("--out"), pdf});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(!QFile::exists(pdf));
    const ProgramRun noFile
        = run({QStringLiteral("checklist"), QStringLiteral("--database"), m_source});
    QCOMPARE(noFile.exitCode, 2);
}

ProgramRun TestExchangeCommands::writeTo(const QString &command, const QString &out) const
{
    return run({command, QStringLiteral("--database"), m_source, QStringLiteral("--profile"),
        SampleProfile::company(), QStringLiteral("--out"), out});
}

void TestExchangeCommands::outputRefusesWhatIsNotAFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("kind");
    for (const char *command : {"export", "checklist"}) {
        for (const char *kind : {"symlink", "dangling symlink", "fifo", "directory", "device"})
            QTest::addRow("%s onto a %s", command, kind)
                << QString::fromLatin1(command) << QString::fromLatin1(kind);
    }
}

void TestExchangeCommands::outputRefusesWhatIsNotAFile()
{
    QFETCH(QString, command);
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    const QString target = dir.filePath(QStringLiteral("target"));
    const QByteArray older = "the file the link points to, byte for byte\n";
    if (kind == QLatin1String("symlink")) {
        QVERIFY(SpecialFiles::writeFile(target, older, 0644));
        QVERIFY(QFile::link(target, out));
    } else if (kind == QLatin1String("dangling symlink")) {
        QVERIFY(QFile::link(target, out)); // writing through it would create `target`
    } else if (kind == QLatin1String("fifo")) {
        QVERIFY(SpecialFiles::makeFifo(out));
    } else if (kind == QLatin1String("directory")) {
        QVERIFY(QDir().mkdir(out));
        QVERIFY(SpecialFiles::writeFile(out + QStringLiteral("/inside"), older));
    } else if (kind == QLatin1String("device")) {
        if (!SpecialFiles::isRoot())
            QSKIP("making a device node (mknod) needs root; CI runs this test as root");
        QVERIFY(SpecialFiles::makeNullDevice(out));
    }
    const struct stat before = SpecialFiles::statusOf(out);

    const ProgramRun refused = writeTo(command, out);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(out.toUtf8()), refused.err.constData());
    QVERIFY2(refused.out.isEmpty(), refused.out.constData());

    const struct stat after = SpecialFiles::statusOf(out);
    QCOMPARE(after.st_mode, before.st_mode);
    QCOMPARE(after.st_ino, before.st_ino);
    QCOMPARE(after.st_rdev, before.st_rdev);
    if (kind == QLatin1String("symlink")) {
        QCOMPARE(SpecialFiles::contentOf(target), older);
        QCOMPARE(SpecialFiles::statusOf(target).st_mode & 07777, mode_t(0644));
    }
    if (kind == QLatin1String("dangling symlink"))
        QCOMPARE(SpecialFiles::statusOf(target).st_mode, mode_t(0)); // not created through it
    if (kind == QLatin1String("directory"))
        QCOMPARE(SpecialFiles::contentOf(out + QStringLiteral("/inside")), older);
    const QStringList expected = {QStringLiteral("out"), QStringLiteral("target")};
    QCOMPARE(SpecialFiles::leftovers(dir.path(), expected), QStringList());
}

void TestExchangeCommands::outputModes_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("olderMode"); // -1: no file yet
    QTest::addColumn<int>("mode");
    for (const char *command : {"export", "checklist"}) {
        const QString name = QString::fromLatin1(command);
        QTest::addRow("%s, new file", command) << name << -1 << 0600;
        QTest::addRow("%s over 0600", command) << name << 0600 << 0600;
        QTest::addRow("%s over 0644", command) << name << 0644 << 0600;
        QTest::addRow("%s over 0750", command) << name << 0750 << 0700;
    }
}

void TestExchangeCommands::outputModes()
{
    QFETCH(QString, command);
    QFETCH(int, olderMode);
    QFETCH(int, mode);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    if (olderMode >= 0)
        QVERIFY(SpecialFiles::writeFile(out, "older\n", mode_t(olderMode)));
    const ProgramRun written = writeTo(command, out);
    QVERIFY2(written.exitCode == 0, written.err.constData());
    QCOMPARE(int(SpecialFiles::statusOf(out).st_mode & 07777), mode);
    QVERIFY(SpecialFiles::contentOf(out) != "older\n");
    QCOMPARE(SpecialFiles::leftovers(dir.path(), {QStringLiteral("out")}), QStringList());
}

void TestExchangeCommands::fullDiskKeepsTheOlderFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("export") << "export";
    QTest::newRow("checklist") << "checklist";
}

void TestExchangeCommands::fullDiskKeepsTheOlderFile()
{
    QFETCH(QString, command);
    if (!SpecialFiles::isRoot())
        QSKIP("a full disk is a small tmpfs, and mounting one needs root; CI runs this test as "
              "root");
    QTemporaryDir dir;
    SpecialFiles::FullDisk disk(dir.path());
    if (!disk.isMounted())
        QSKIP(qPrintable(QStringLiteral("no tmpfs can be mounted here (%1)").arg(disk.problem())));
    const QString out = dir.filePath(QStringLiteral("out"));
    const QByteArray older = "the older file, which must come through whole\n";
    QVERIFY(SpecialFiles::writeFile(out, older, 0600));
    QVERIFY2(disk.fill(), "the tmpfs did not fill up");

    const ProgramRun full = writeTo(command, out);
    QCOMPARE(full.exitCode, 2);
    QVERIFY2(full.out.isEmpty(), full.out.constData()); // no "Exported", no "Wrote"
    QVERIFY2(full.err.contains("no room left on the disk"), full.err.constData());
    QVERIFY2(full.err.contains("The existing file is unchanged."), full.err.constData());
    QCOMPARE(SpecialFiles::contentOf(out), older);
    QCOMPARE(SpecialFiles::statusOf(out).st_mode & 07777, mode_t(0600));
    const QStringList expected = {QStringLiteral("out"), QStringLiteral("filler")};
    QCOMPARE(SpecialFiles::leftovers(dir.path(), expected), QStringList());
}

void TestExchangeCommands::importEchoesTheFileEscaped()
{
    // Keys quoted back in the refusal: ESC (a colour, a window title), BEL,
    // a carriage return and a C1 CSI must not reach the terminal raw.
    QJsonObject root = QJsonDocument::fromJson(contentOf(m_exported)).object();
    QJsonObject fields = root.value(u"fields").toObject();
    fields.insert(QStringLiteral("x\u001b[31mred\u001b]0;title\u0007\rback\u009b2J"),
        QStringLiteral("value"));
    root.insert(QStringLiteral("fields"), fields);
    const QString hostile = path(QStringLiteral("hostile.json"));
    QFile file(hostile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    file.close();

    const QString database = path(QStringLiteral("hostile/progress.sqlite"));
    const ProgramRun refused
        = run({QStringLiteral("import"), hostile, QStringLiteral("--database"), database});
    QCOMPARE(refused.exitCode, 2);
    const QString err = QString::fromUtf8(refused.err);
    QVERIFY2(
        err.contains(QStringLiteral("x\\u001b[31mred\\u001b]0;title\\u0007\\u000dback\\u009b2J")),
        refused.err.constData());
    for (const QChar character : err + QString::fromUtf8(refused.out)) {
        const char16_t code = character.unicode();
        QVERIFY2(code == u'\n' || (code >= 0x20 && (code < 0x7f || code > 0x9f)),
            qPrintable(QStringLiteral("U+%1 printed raw").arg(uint(code), 4, 16)));
    }
}

void TestExchangeCommands::exportRefusesUnreadableValues()
{
    // Such a status would leave as "not_started": a file that says something false.
    const QString database = path(QStringLiteral("damaged/progress.sqlite"));
    {
        Result<std::unique_ptr<ProgressStore>> store = ProgressStore::openSqlite(database);
        QVERIFY(store);
        const qint64 id
            = store.value()
                  ->createProfile(QStringLiteral("ACME"), QDateTime::currentDateTimeUtc())
                  .value()
                  .id;
        QVERIFY(store.value()->saveStepState(id, StepId::Register,
            {StepStatus::InProgress, QDateTime::currentDateTimeUtc(), {}}, StepStatus::NotStarted,
            QDateTime::currentDateTimeUtc()));
    }
    QVERIFY(rawSqlite(database, {QStringLiteral("UPDATE step_states SET status = 'paused'")}));
    const QString out = path(QStringLiteral("damaged.json"));
    const ProgramRun refused = run({QStringLiteral("export"), QStringLiteral("--database"),
        database, QStringLiteral("--out"), out});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("damaged data") && refused.err.contains("paused"),
        refused.err.constData());
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestExchangeCommands)
#include "tst_exchangecommands.moc"
