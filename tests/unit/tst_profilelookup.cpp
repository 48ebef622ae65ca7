// "The profile the user means" is one rule (ProfileLookup) for status,
// export, checklist and diagnostics. These used to differ: status took the
// newest profile of a name, export and checklist the oldest, diagnostics
// ignored the one open in the wizard, and "42" meant a company or an id
// depending on the command.
#include "common/ProgramRun.h"
#include "storage/ProfileLookup.h"
#include "storage/ProgressStore.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime T0(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

} // namespace

class TestProfileLookup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rule();
    void everyCommandMeansTheSameProfile();

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_acmeOld = 0;
    qint64 m_acmeNew = 0;
    qint64 m_fortyTwo = 0;
    qint64 m_beta = 0;
};

void TestProfileLookup::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("progress.sqlite"));
    auto store = std::move(ProgressStore::openSqlite(m_path)).value();
    m_acmeOld = store->createProfile(QStringLiteral("ACME"), T0).value().id;
    m_beta = store->createProfile(QStringLiteral("Beta Bank"), T0.addSecs(60)).value().id;
    m_acmeNew = store->createProfile(QStringLiteral("ACME"), T0.addSecs(120)).value().id;
    // A company whose name is another profile's id.
    m_fortyTwo = store->createProfile(QString::number(m_beta), T0.addSecs(180)).value().id;
    // The wizard had Beta Bank open last, although others changed later.
    QVERIFY(store->setSetting(QStringLiteral("last_profile"), QString::number(m_beta)));
}

void TestProfileLookup::rule()
{
    ProgressStore::OpenOptions readOnly;
    readOnly.access = ProgressStore::Access::ReadOnly;
    auto store = std::move(ProgressStore::open(StoreAddress::sqliteFile(m_path), readOnly)).value();
    QCOMPARE(ProfileLookup::find(*store, QString()).value(), m_beta);
    QCOMPARE(ProfileLookup::find(*store, QStringLiteral("Beta Bank")).value(), m_beta);
    const Result<qint64> ambiguous = ProfileLookup::find(*store, QStringLiteral("ACME"));
    QVERIFY(!ambiguous);
    QCOMPARE(ambiguous.error().code, ProfileLookup::AmbiguousCode);
    QVERIFY(ambiguous.error().message.contains(QStringLiteral("#%1").arg(m_acmeOld)));
    QVERIFY(ambiguous.error().message.contains(QStringLiteral("#%1").arg(m_acmeNew)));
    QCOMPARE(ProfileLookup::exitStatus(ambiguous.error()), 2);
    QCOMPARE(ProfileLookup::find(*store, QStringLiteral("#%1").arg(m_acmeNew)).value(), m_acmeNew);
    // A name wins over an id; "#" always means the id.
    QCOMPARE(ProfileLookup::find(*store, QString::number(m_beta)).value(), m_fortyTwo);
    QCOMPARE(ProfileLookup::find(*store, QStringLiteral("#%1").arg(m_beta)).value(), m_beta);
    QCOMPARE(ProfileLookup::find(*store, QString::number(m_acmeOld)).value(), m_acmeOld);
    const Result<qint64> none = ProfileLookup::find(*store, QStringLiteral("#999"));
    QCOMPARE(none.error().code, ProfileLookup::NotFoundCode);
    QCOMPARE(ProfileLookup::exitStatus(none.error()), 1);
}

void TestProfileLookup::everyCommandMeansTheSameProfile()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    const QStringList database = {QStringLiteral("--database"), m_path};
    const ProgramRun status
        = ProgramRun::start(QStringList {QStringLiteral("status")} + database, environment);
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.startsWith("Beta Bank"), status.out.constData());
    const ProgramRun diagnostics
        = ProgramRun::start(QStringList {QStringLiteral("diagnostics")} + database, environment);
    QCOMPARE(diagnostics.exitCode, 0);
    QVERIFY2(diagnostics.out.contains("Beta Bank"), diagnostics.out.constData());
    const QString out = m_dir.filePath(QStringLiteral("out.json"));
    const ProgramRun exported = ProgramRun::start(
        QStringList {QStringLiteral("export"), QStringLiteral("--out"), out} + database,
        environment);
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.out.contains("Beta Bank"), exported.out.constData());
    // The same name means the same refusal everywhere.
    for (const QString &command : {QStringLiteral("status"), QStringLiteral("export")}) {
        QStringList arguments = {command, QStringLiteral("--profile"), QStringLiteral("ACME")};
        if (command == QLatin1String("export"))
            arguments << QStringLiteral("--out") << m_dir.filePath(QStringLiteral("acme.json"));
        const ProgramRun refused = ProgramRun::start(arguments + database, environment);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("Several profiles"), refused.err.constData());
    }
}

QTEST_GUILESS_MAIN(TestProfileLookup)
#include "tst_profilelookup.moc"
