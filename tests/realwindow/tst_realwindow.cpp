// Issue 19, item 11: the real program in a real X11 window, used as a person
// uses it. Under Xvfb (1280×800, the system's fonts) with the openbox window
// manager, keyboard only (xdotool; it cannot type CJK, so the data is
// ASCII): the five steps filled in, the window closed with Alt+F4, the
// program started again on the same database weeks later (--now), every
// value checked in an export, and the overdue notice of step 2 checked to
// be shown whole (the program's --layout-report). Skipped (exit status 77)
// only when Xvfb, openbox or xdotool is missing.
#include "common/ProgramRun.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

namespace {

const QStringList Tools = {"Xvfb", "openbox", "xdotool"};
constexpr int SkipExitCode = 77;

// The first start: a Monday morning in Beijing; step 2 is submitted then.
const QString FirstStart = "2026-03-02T02:00:00Z";
// The second: weeks later, step 2 long overdue.
const QString SecondStart = "2026-04-20T02:00:00Z";

// What is typed, and what the export must hold afterwards.
const QString Company = "Keyboard Test Co Ltd";
const QString LoginName = "kbd-fintech";
const QString Mobile = "13800138000";
const QString Email = "admin@example.com";
const QString CreditCode = "91110108551385082Q";
const QString BankName = "ICBC Beijing";
const QString BankAccount = "0200001234567890123";
const QString InvoiceTitle = "Keyboard Test Co Ltd";
const QString TaxpayerId = "91110108551385082Q";
const QString VpcCidr = "10.8.0.0/16";

// "1010×725+136+50", as the layout report writes a rectangle.
QRect parseGeometry(const QString &text)
{
    static const QRegularExpression shape("^(\\d+)×(\\d+)\\+(-?\\d+)\\+(-?\\d+)$");
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return {};
    return QRect(match.captured(3).toInt(), match.captured(4).toInt(), match.captured(1).toInt(),
        match.captured(2).toInt());
}

} // namespace

class TestRealWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void fiveStepsByKeyboardSurviveARestart();

private:
    // Runs xdotool with `arguments` on the test's display.
    bool xdotool(const QStringList &arguments, int timeoutMs = 15000);
    bool key(const QString &keys) { return xdotool({"key", "--delay", "60", keys}); }
    // Replaces what the field holds (a proposal, a prefilled value).
    bool type(const QString &text)
    {
        return key("ctrl+a") && xdotool({"type", "--delay", "25", text});
    }
    QProcessEnvironment programEnvironment() const;
    bool startProgram(const QString &now, const QString &reportFile);
    bool waitForProgramEnd(int timeoutMs = 20000);
    // Waits until the layout report says `key` is `value` (page, focus …).
    bool waitForReport(const QString &key, const QString &value, int timeoutMs = 15000);
    QJsonObject readReport() const;

    QTemporaryDir m_dir;
    QProcess m_xvfb;
    QProcess m_openbox;
    QProcess m_program;
    QString m_display;
    QString m_report;
    QString m_database;
};

bool TestRealWindow::xdotool(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("DISPLAY", m_display);
    process.setProcessEnvironment(environment);
    process.start("xdotool", arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        qWarning() << "xdotool" << arguments << "did not finish";
        return false;
    }
    if (process.exitCode() != 0)
        qWarning() << "xdotool" << arguments << process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QProcessEnvironment TestRealWindow::programEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("DISPLAY", m_display);
    environment.insert("QT_QPA_PLATFORM", "xcb");
    environment.insert("TZ", "Asia/Shanghai");
    environment.insert("LANG", "C.UTF-8");
    environment.insert("LC_ALL", "C.UTF-8");
    for (const char *variable : {"LANGUAGE", "LC_MESSAGES", "QT_SCALE_FACTOR", "QT_FONT_DPI",
             "FINCLOUD_DATABASE", "FINCLOUD_NOW", "QT_QPA_PLATFORMTHEME"})
        environment.remove(QString::fromLatin1(variable));
    // Its own settings, window place and lock: nothing of the user's.
    environment.insert("HOME", m_dir.filePath("home"));
    environment.insert("XDG_CONFIG_HOME", m_dir.filePath("home/.config"));
    environment.insert("XDG_DATA_HOME", m_dir.filePath("home/.local/share"));
    environment.insert("XDG_CONFIG_DIRS", m_dir.filePath("etc-xdg"));
    environment.insert("XDG_RUNTIME_DIR", m_dir.filePath("runtime"));
    return environment;
}

void TestRealWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath("home/.config")));
    QVERIFY(QDir().mkpath(m_dir.filePath("runtime")));
    QFile::setPermissions(m_dir.filePath("runtime"),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_database = m_dir.filePath("progress.sqlite");
    m_report = m_dir.filePath("layout.json");

    // A display of its own: Xvfb picks a free number and writes it on
    // standard output once it accepts connections.
    m_xvfb.start("Xvfb", {"-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"});
    QVERIFY(m_xvfb.waitForStarted());
    QDeadlineTimer xvfbReady(15000);
    while (!m_xvfb.canReadLine() && !xvfbReady.hasExpired())
        m_xvfb.waitForReadyRead(200);
    const QByteArray number = m_xvfb.readLine().trimmed();
    QVERIFY2(!number.isEmpty(), m_xvfb.readAllStandardError().constData());
    m_display = ":" + QString::fromLatin1(number);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("DISPLAY", m_display);
    environment.insert("HOME", m_dir.filePath("home"));
    environment.insert("XDG_CONFIG_HOME", m_dir.filePath("home/.config"));
    m_openbox.setProcessEnvironment(environment);
    m_openbox.start("openbox", {});
    QVERIFY(m_openbox.waitForStarted());
    // openbox makes its own check window once it manages the screen.
    QVERIFY(xdotool({"search", "--sync", "--class", "openbox"}, 15000));
}

void TestRealWindow::cleanupTestCase()
{
    for (QProcess *process : {&m_program, &m_openbox, &m_xvfb}) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished();
        }
    }
}

bool TestRealWindow::startProgram(const QString &now, const QString &reportFile)
{
    QFile::remove(reportFile);
    m_program.setProcessEnvironment(programEnvironment());
    m_program.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_program.start(QStringLiteral(FINCLOUD_BINARY),
        {"--database", m_database, "--lang", "en", "--now", now, "--layout-report", reportFile});
    if (!m_program.waitForStarted())
        return false;
    // The window, mapped and managed, with the keyboard.
    return xdotool(
               {"search", "--sync", "--onlyvisible", "--name", "^Finance Cloud onboarding$"}, 20000)
        && waitForReport("shown", "true");
}

bool TestRealWindow::waitForProgramEnd(int timeoutMs)
{
    return m_program.waitForFinished(timeoutMs) && m_program.exitStatus() == QProcess::NormalExit
        && m_program.exitCode() == 0;
}

QJsonObject TestRealWindow::readReport() const
{
    QFile file(m_report);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool TestRealWindow::waitForReport(const QString &key, const QString &value, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QJsonValue shown = readReport().value(key);
        const QString text
            = shown.isBool() ? QString(shown.toBool() ? "true" : "false") : shown.toString();
        if (text == value)
            return true;
        QTest::qWait(100);
    }
    qWarning().noquote() << "waited for" << key << "=" << value
                         << "; the report says:" << QJsonDocument(readReport()).toJson();
    return false;
}

void TestRealWindow::fiveStepsByKeyboardSurviveARestart()
{
    QElapsedTimer took;
    took.start();
    QVERIFY(startProgram(FirstStart, m_report));

    // Welcome: no company yet, so the keyboard starts in the name field;
    // Enter is Next.
    QVERIFY(waitForReport("page", "page_welcome"));
    QVERIFY(waitForReport("focus", "newCompanyName"));
    QVERIFY(type(Company));
    QVERIFY(key("Return"));

    // Step 1: the labels' mnemonics reach every field.
    QVERIFY(waitForReport("page", "page_register"));
    QVERIFY(key("alt+l"));
    QVERIFY(waitForReport("focus", "loginName"));
    QVERIFY(type(LoginName));
    // Tab, not Alt+M: "&Mobile number" shares its mnemonic with the
    // wizard's "Co&mpanies…" button.
    QVERIFY(key("Tab"));
    QVERIFY(waitForReport("focus", "mobile"));
    QVERIFY(type(Mobile));
    QVERIFY(key("alt+e"));
    QVERIFY(waitForReport("focus", "email"));
    QVERIFY(type(Email));
    QVERIFY(key("alt+w")); // the check box: its mnemonic ticks it
    QVERIFY(key("alt+s"));
    QVERIFY(waitForReport("focus", "stepStatus"));
    QVERIFY(key("d")); // Done
    QVERIFY(key("Return"));

    // Step 2: enterprise, bank-account method, submitted for review.
    QVERIFY(waitForReport("page", "page_real_name"));
    QVERIFY(key("alt+v"));
    QVERIFY(waitForReport("focus", "subjectEnterprise"));
    QVERIFY(key("space"));
    QVERIFY(key("Tab")); // "&Method" shares its mnemonic with "Co&mpanies…"
    QVERIFY(waitForReport("focus", "realNameMethod"));
    QVERIFY(key("End")); // the corporate bank account, last of the methods
    QVERIFY(key("alt+d"));
    QVERIFY(waitForReport("focus", "creditCode"));
    QVERIFY(type(CreditCode));
    QVERIFY(key("alt+k"));
    QVERIFY(waitForReport("focus", "bankName"));
    QVERIFY(type(BankName));
    QVERIFY(key("alt+a"));
    QVERIFY(waitForReport("focus", "bankAccount"));
    QVERIFY(type(BankAccount));
    QVERIFY(key("alt+s"));
    QVERIFY(waitForReport("focus", "stepStatus"));
    QVERIFY(key("s")); // Submitted, waiting for review
    QVERIFY(key("Return"));

    // Step 3: what can be filled before step 2 is through.
    QVERIFY(waitForReport("page", "page_certification"));
    QVERIFY(key("alt+r")); // no public-cloud resources: ticked
    QVERIFY(key("Return"));

    // Step 4.
    QVERIFY(waitForReport("page", "page_finance_services"));
    QVERIFY(key("alt+a"));
    QVERIFY(waitForReport("focus", "contractOnline"));
    QVERIFY(key("space"));
    QVERIFY(key("alt+u")); // topped up: ticked
    QVERIFY(key("alt+i"));
    QVERIFY(waitForReport("focus", "invoiceTitle"));
    QVERIFY(type(InvoiceTitle));
    QVERIFY(key("alt+x"));
    QVERIFY(waitForReport("focus", "taxpayerId"));
    QVERIFY(type(TaxpayerId));
    QVERIFY(key("Return"));

    // Step 5: the last region of the list, VPC, a plan.
    QVERIFY(waitForReport("page", "page_region"));
    QVERIFY(key("alt+r"));
    QVERIFY(waitForReport("focus", "regionChoice"));
    QVERIFY(key("End"));
    QVERIFY(key("alt+w"));
    QVERIFY(waitForReport("focus", "networkVpc"));
    QVERIFY(key("space"));
    QVERIFY(key("alt+v"));
    QVERIFY(waitForReport("focus", "vpcCidr"));
    QVERIFY(type(VpcCidr));
    QVERIFY(key("Tab"));

    // Closed as a person closes it; everything typed is kept.
    QVERIFY(key("alt+F4"));
    QVERIFY2(waitForProgramEnd(), "the program did not end normally after Alt+F4");
    QVERIFY(QFile::exists(m_dir.filePath("home/.config/fincloud-onboard/window.conf")));
    const QJsonObject first = readReport();

    // Weeks later: the same database, the window where it was, the notice of
    // the overdue review shown whole, in English and in Chinese.
    const QString secondReport = m_dir.filePath("layout-2.json");
    m_report = secondReport;
    QVERIFY(startProgram(SecondStart, secondReport));
    QTRY_VERIFY_WITH_TIMEOUT(
        readReport().value("pendingNotice").toObject().value("visible").toBool(), 15000);
    QTest::qWait(500); // laid out
    const QJsonObject notice = readReport().value("pendingNotice").toObject();
    QVERIFY2(notice.value("text").toString().contains("overdue"),
        qPrintable(notice.value("text").toString()));
    QVERIFY2(notice.value("text").toString().contains("jr@service.alibaba.com"),
        qPrintable(notice.value("text").toString()));
    QVERIFY2(notice.value("whole").toBool(),
        qPrintable("The overdue notice is cut off: "
            + QJsonDocument(notice.value("clipped").toArray()).toJson(QJsonDocument::Compact)));
    const QJsonObject second = readReport();
    QVERIFY2(second.value("windowFitsScreen").toBool(),
        qPrintable(second.value("window").toString() + " on " + second.value("screen").toString()));
    // Where it was: the same size, the same place give or take the frame's
    // rounding by the window manager.
    const QRect was = parseGeometry(first.value("window").toString());
    const QRect is = parseGeometry(second.value("window").toString());
    QVERIFY(was.isValid());
    QCOMPARE(is.size(), was.size());
    QVERIFY2((is.topLeft() - was.topLeft()).manhattanLength() <= 6,
        qPrintable(second.value("window").toString() + " was " + first.value("window").toString()));
    QVERIFY(key("alt+F4"));
    QVERIFY(waitForProgramEnd());

    // Every value, as the program exports it.
    const QString exported = m_dir.filePath("export.json");
    const ProgramRun run
        = ProgramRun::start({"export", "--database", m_database, "--out", exported});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject profile = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject fields = profile.value("fields").toObject();
    const QList<std::pair<QString, QString>> expected = {
        {"company.name", Company},
        {"register.login_name", LoginName},
        {"register.mobile", "+86" + Mobile}, // kept in the international form
        {"register.email", Email},
        {"register.dedicated_account", "true"},
        {"real_name.subject", "enterprise"},
        {"real_name.method", "bank_account"},
        {"company.credit_code", CreditCode},
        {"real_name.bank_name", BankName},
        {"real_name.bank_account", BankAccount},
        {"certification.no_public_resources", "true"},
        {"services.contract", "online"},
        {"services.top_up_done", "true"},
        {"services.invoice_title", InvoiceTitle},
        {"services.taxpayer_id", TaxpayerId},
        {"region.network", "vpc"},
        {"region.vpc_cidr", VpcCidr},
    };
    for (const auto &[key, value] : expected)
        QVERIFY2(fields.value(key).toString() == value,
            qPrintable(
                QString("%1: \"%2\", typed \"%3\"").arg(key, fields.value(key).toString(), value)));
    QVERIFY(!fields.value("region.region_id").toString().isEmpty());
    QHash<QString, QString> statuses;
    for (const QJsonValue &step : profile.value("steps").toArray())
        statuses.insert(step["step"].toString(), step["status"].toString());
    QCOMPARE(statuses.value("register"), QString("done"));
    QCOMPARE(statuses.value("real_name"), QString("waiting"));
    qInfo("the whole run took %lld ms", took.elapsed());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList missing;
    for (const QString &tool : Tools) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            missing << tool;
    }
    if (!missing.isEmpty()) {
        std::fprintf(stderr, "SKIP: needs %s (packages xvfb, openbox, xdotool)\n",
            qPrintable(missing.join(", ")));
        return SkipExitCode;
    }
    TestRealWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_realwindow.moc"
