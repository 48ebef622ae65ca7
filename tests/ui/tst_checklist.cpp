// The printed checklist and the wizard's Progress menu: the PDF in English and
// Chinese read back with pdftotext (poppler-utils) and page 1 rendered with
// pdftoppm; Export…, Import… (with the conflict box answered as a user
// would) and Print checklist… on a real database.
#include "OnboardingWizard.h"
#include "cloud/CloudAccess.h"
#include "common/SampleProfile.h"
#include "common/SpecialFiles.h"
#include "core/Clock.h"
#include "exchange/ProfileFileMenu.h"
#include "i18n/DateText.h"
#include "i18n/LanguageSwitcher.h"
#include "onboarding/StepText.h"
#include "onboarding/UnreadableValue.h"
#include "report/ChecklistDocument.h"
#include "report/ChecklistPdf.h"
#include "session/OnboardingSession.h"
#include "storage/ProgressStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <optional>

namespace {

const QDateTime Now(QDate(2026, 3, 16), QTime(2, 0), Qt::UTC);

QString withoutSpace(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

// Runs a poppler tool; its standard output, or a null array when it failed.
QByteArray poppler(const QString &tool, const QStringList &arguments)
{
    if (QStandardPaths::findExecutable(tool).isEmpty()) {
        qWarning("%s is missing: install poppler-utils (scripts/dev does)", qPrintable(tool));
        return {};
    }
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << tool << process.readAllStandardError();
        return {};
    }
    const QByteArray out = process.readAllStandardOutput();
    return out.isNull() ? QByteArray("") : out;
}

// Clicks `buttonName` in the next modal box once it is up.
// `seen`, when given, receives the box's text and informative text.
void answerNextBox(const QString &buttonName, QString *seen = nullptr)
{
    QTimer::singleShot(0, [buttonName, seen] {
        QWidget *modal = QApplication::activeModalWidget();
        for (int tries = 0; !modal && tries < 100; ++tries) {
            QTest::qWait(20);
            modal = QApplication::activeModalWidget();
        }
        if (!modal) {
            qWarning("no modal box appeared");
            return;
        }
        if (auto *box = qobject_cast<QMessageBox *>(modal); box && seen)
            *seen = box->text() + u'\n' + box->informativeText();
        if (auto *button = modal->findChild<QAbstractButton *>(buttonName))
            button->click();
        else
            qWarning("no %s in the box", qPrintable(buttonName));
    });
}

// How a Progress menu action ended (ProfileFileMenu::finished): true or
// false, or nothing when it never ended.
std::optional<bool> outcomeOf(ProfileFileMenu *menu, const std::function<void()> &action)
{
    QSignalSpy finished(menu, &ProfileFileMenu::finished);
    action();
    if (finished.isEmpty() && !finished.wait(10000))
        return std::nullopt;
    return finished.constLast().at(0).toBool();
}

// One running program: store, session and window on one database file.
struct Running
{
    Running(const QString &path, LanguageSwitcher &language)
        : clock(Now, QTimeZone("Asia/Shanghai"))
    {
        store = std::move(ProgressStore::openSqlite(path)).value();
        session = std::make_unique<OnboardingSession>(*store, clock);
        cloud = std::make_unique<CloudAccess>(
            network, clock, EndpointPolicy(), QProcessEnvironment(), nullptr);
        wizard = std::make_unique<OnboardingWizard>(
            *session, language, [](const QUrl &) { return true; }, *cloud);
        wizard->show();
    }
    ~Running()
    {
        wizard.reset();
        session.reset();
        store.reset();
    }
    ProfileFileMenu *menu() const { return wizard->profileMenu(); }
    QMessageBox *resultBox() const
    {
        return wizard->findChild<QMessageBox *>(QStringLiteral("profileFileResult"));
    }

    FixedClock clock;
    std::unique_ptr<ProgressStore> store;
    std::unique_ptr<OnboardingSession> session;
    QNetworkAccessManager network;
    std::unique_ptr<CloudAccess> cloud;
    std::unique_ptr<OnboardingWizard> wizard;
};

} // namespace

class TestChecklist : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void pdfInEachLanguage_data();
    void pdfInEachLanguage();
    void htmlEscapesWhatTheUserTyped();
    void damagedDataIsShown();
    void progressButtonOpensTheMenu();
    void exportImportAndPrintFromTheMenu();
    void conflictAnswers_data();
    void conflictAnswers();
    void refusedFileIsExplained();
    void pdfIsWrittenAllOrNothing_data();
    void pdfIsWrittenAllOrNothing();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_database;
    std::unique_ptr<LanguageSwitcher> m_language;
};

void TestChecklist::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_language = std::make_unique<LanguageSwitcher>();
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
    m_database = path(QStringLiteral("progress.sqlite"));
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::openSqlite(m_database);
    QVERIFY(store);
    const qint64 id = SampleProfile::create(*store.value());
    QVERIFY(id > 0);
    QVERIFY(store.value()->setSetting(QStringLiteral("last_profile"), QString::number(id)));
}

void TestChecklist::cleanup()
{
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
}

void TestChecklist::pdfInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expectedBy"); // Shanghai time, in the language's date format
    // The sample's region named in the language of the checklist, never in the other.
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("otherRegionName");
    QTest::newRow("en") << "en"
                        << "2026-03-06 09:00"
                        << "East China 2 Finance (Shanghai)"
                        << "华东2金融云";
    QTest::newRow("zh_CN") << "zh_CN"
                           << "2026年3月6日 09:00"
                           << "华东2金融云（上海）"
                           << "East China 2";
}

void TestChecklist::pdfInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, expectedBy);
    QFETCH(QString, region);
    QFETCH(QString, otherRegionName);
    const QString english = StepText::title(StepId::RealName);
    QVERIFY(m_language->setLanguage(language));
    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::openSqlite(m_database);
    QVERIFY(store);
    const ProfileData data = store.value()->loadProfile(1).value();
    const QString pdf = path(QStringLiteral("checklist-%1.pdf").arg(language));
    const Result<int> pages = ChecklistPdf::write(data, Now, QTimeZone("Asia/Shanghai"), pdf);
    QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().message));
    QVERIFY(pages.value() >= 1);

    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-1."));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    const QByteArray info = poppler(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(!info.isNull(), "pdfinfo could not read the file");
    QCOMPARE(QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                 .match(QString::fromUtf8(info))
                 .captured(1),
        QString::number(pages.value()));
    QVERIFY2(info.contains("pts (A4)"), info.constData());

    const QByteArray text = poppler(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY2(!text.isNull(), "pdftotext could not read the file");
    // Compatibility forms back to the plain ones: Qt 6.4's PDF writer maps
    // some glyphs to a twin (示 to the Kangxi radical ⽰, "fi" to ﬁ).
    const QString words
        = withoutSpace(QString::fromUtf8(text).normalized(QString::NormalizationForm_KC));
    QStringList expected = {SampleProfile::company(), SampleProfile::creditCode(),
        SampleCompany::field(FieldKey::RegionId), SampleCompany::field(FieldKey::VpcCidr),
        SampleProfile::vSwitches().at(0).zone, SampleProfile::vSwitches().at(1).cidr,
        QStringLiteral("jr@service.alibaba.com"), expectedBy,
        StepText::consoleName(StepId::Certification), region};
    for (StepId step : AllSteps)
        expected << StepText::title(step);
    expected << StepText::status(StepStatus::Waiting);
    for (const QString &needle : std::as_const(expected))
        QVERIFY2(words.contains(withoutSpace(needle.normalized(QString::NormalizationForm_KC))),
            qPrintable(QStringLiteral("\"%1\" is not in the PDF").arg(needle)));
    QVERIFY2(!words.contains(withoutSpace(otherRegionName)),
        "the region is named in the other language");
    if (language == QLatin1String("zh_CN")) {
        QVERIFY(StepText::title(StepId::RealName) != english); // really translated
        QVERIFY2(!words.contains(withoutSpace(english)), "an English step title in Chinese");
    }

    // Page 1 as a picture (look at it when the layout changes): it has ink,
    // and nothing is printed into the margins.
    const QString prefix = path(QStringLiteral("page-%1").arg(language));
    QVERIFY(!poppler(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
            QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, prefix})
                 .isNull());
    QImage page(prefix + QStringLiteral("-1.png"));
    if (page.isNull())
        page.load(prefix + QStringLiteral("-01.png"));
    QVERIFY(!page.isNull());
    // FINCLOUD_CHECKLIST_PAGES=folder keeps the picture for a person to look at.
    if (const QString keep = qEnvironmentVariable("FINCLOUD_CHECKLIST_PAGES"); !keep.isEmpty())
        page.save(QDir(keep).filePath(QStringLiteral("checklist-%1.png").arg(language)));
    QCOMPARE(page.size(), QSize(496, 702)); // A4 at 60 dpi
    const int margin = qRound(ChecklistPdf::MarginMillimetres / 25.4 * 60) - 2;
    int ink = 0;
    int inMargin = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            if (qGray(page.pixel(x, y)) > 160)
                continue;
            ++ink;
            if (x < margin || y < margin || x >= page.width() - margin
                || y >= page.height() - margin)
                ++inMargin;
        }
    }
    QVERIFY2(ink > 5000, qPrintable(QString::number(ink)));
    QCOMPARE(inMargin, 0);
}

void TestChecklist::htmlEscapesWhatTheUserTyped()
{
    ProfileData data;
    data.fields.insert(FieldKey::CompanyName, QStringLiteral("<b>Bold & Co</b>"));
    data.fields.insert(FieldKey::LoginName, QStringLiteral("a<script>"));
    const QString html = ChecklistDocument::html(data, Now, QTimeZone("Asia/Shanghai"));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Bold &amp; Co&lt;/b&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(StepText::title(StepId::Register).toHtmlEscaped()));
}

void TestChecklist::damagedDataIsShown()
{
    ProfileData data;
    data.fields.insert(FieldKey::CompanyName, QStringLiteral("Example Fintech Ltd"));
    data.unreadable
        = {UnreadableValue::ofStep(StepId::RealName, UnreadableValue::Status, u"bogus")};
    const QString html = ChecklistDocument::html(data, Now, QTimeZone("Asia/Shanghai"));
    QVERIFY2(html.contains(QStringLiteral("step real_name: status &quot;bogus&quot;")),
        qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("unreadable (damaged data)")));
    // Register is still "not started"; real-name is not.
    QCOMPARE(html.count(StepText::status(StepStatus::NotStarted).toHtmlEscaped()), 4);
}

void TestChecklist::progressButtonOpensTheMenu()
{
    const QString database = path(QStringLiteral("empty.sqlite"));
    Running app(database, *m_language);
    auto *button = qobject_cast<QPushButton *>(app.wizard->button(QWizard::CustomButton2));
    QVERIFY(button);
    QCOMPARE(button->objectName(), QStringLiteral("progressButton"));
    QCOMPARE(button->accessibleName(), QStringLiteral("Progress"));
    QVERIFY(button->isVisible());
    QCOMPARE(button->menu(), app.menu());
    // Without an open profile there is nothing to export or print yet.
    emit app.menu()->aboutToShow();
    QVERIFY(!app.menu()->exportAction()->isEnabled());
    QVERIFY(!app.menu()->printAction()->isEnabled());
    QVERIFY(app.menu()->importAction()->isEnabled());
    QCOMPARE(
        outcomeOf(app.menu(), [&] { app.menu()->exportTo(path(QStringLiteral("nothing.json"))); }),
        false);
    QVERIFY(!QFile::exists(path(QStringLiteral("nothing.json"))));
    QStringList texts;
    for (QAction *action : app.menu()->actions())
        texts << (action->isSeparator() ? QStringLiteral("--") : action->text());
    QCOMPARE(texts,
        QStringList({QStringLiteral("&Export…"), QStringLiteral("&Import…"),
            QStringLiteral("&Print checklist…"), QStringLiteral("--"),
            QStringLiteral("Restore a &backup…")}));
    QVERIFY(app.menu()->restoreBackupAction()->isEnabled()); // a SQLite file
}

void TestChecklist::exportImportAndPrintFromTheMenu()
{
    const QString exported = path(QStringLiteral("menu-export.json"));
    {
        Running app(m_database, *m_language);
        QVERIFY(app.wizard->resumeLastProfile());
        emit app.menu()->aboutToShow();
        QVERIFY(app.menu()->exportAction()->isEnabled());
        QCOMPARE(outcomeOf(app.menu(), [&] { app.menu()->exportTo(exported); }), true);
        QMessageBox *box = app.resultBox();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("menu-export.json")), qPrintable(box->text()));
        QCOMPARE(box->icon(), QMessageBox::Information);
        box->close();

        const QString pdf = path(QStringLiteral("menu-checklist.pdf"));
        QCOMPARE(outcomeOf(app.menu(), [&] { app.menu()->printTo(pdf); }), true);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(8).startsWith("%PDF-"));
        QVERIFY(app.resultBox());
    }
    // Into another database: no conflict, the profile opens at its page.
    Running other(path(QStringLiteral("other.sqlite")), *m_language);
    QCOMPARE(outcomeOf(other.menu(), [&] { other.menu()->importFrom(exported); }), true);
    QCOMPARE(other.session->profile().field(FieldKey::CompanyName), SampleProfile::company());
    QCOMPARE(other.session->profile().stepState(StepId::RealName).status, StepStatus::Waiting);
    QTRY_COMPARE(other.wizard->currentId(), 2);
    QVERIFY(other.resultBox());
    QVERIFY2(other.resultBox()->text().contains(QStringLiteral("is now open")),
        qPrintable(other.resultBox()->text()));
}

void TestChecklist::conflictAnswers_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("profiles");
    QTest::addColumn<QString>("opened");
    QTest::newRow("replace") << "conflictReplace" << 1 << SampleProfile::company();
    QTest::newRow("keep both") << "conflictKeepBoth" << 2
                               << SampleProfile::company() + QStringLiteral(" (2)");
    QTest::newRow("cancel") << "conflictCancel" << 1 << QString();
}

void TestChecklist::conflictAnswers()
{
    QFETCH(QString, button);
    QFETCH(int, profiles);
    QFETCH(QString, opened);
    const QString database = path(QStringLiteral("conflict-%1.sqlite").arg(button));
    QVERIFY(QFile::copy(m_database, database));
    Running app(database, *m_language);
    const QString file = path(QStringLiteral("conflict-%1.json").arg(button));
    QVERIFY(app.wizard->resumeLastProfile());
    QCOMPARE(outcomeOf(app.menu(), [&] { app.menu()->exportTo(file); }), true);
    app.resultBox()->close();

    const ProfileSummary before = app.session->profiles().value().constFirst();
    QString asked;
    answerNextBox(button, &asked);
    QCOMPARE(outcomeOf(app.menu(), [&] { app.menu()->importFrom(file); }), !opened.isEmpty());
    QCOMPARE(app.session->profiles().value().size(), profiles);
    // The box names the profile Replace would overwrite: its label, and
    // when it last changed, in the date format of the lists.
    QVERIFY2(asked.contains(
                 QStringLiteral("Replace overwrites the saved profile \"%1\", last "
                                "changed %2")
                     .arg(before.label,
                         DateText::dateTime(before.updatedAt, app.session->clock().timeZone()))),
        qPrintable(asked));
    if (!opened.isEmpty()) {
        // Kept beside it: numbered in the list, the company name untouched.
        QCOMPARE(app.session->profile().data().label(), opened);
        QCOMPARE(app.session->profile().field(FieldKey::CompanyName), SampleProfile::company());
    }
    QVERIFY(app.resultBox());
    if (opened.isEmpty())
        QVERIFY2(app.resultBox()->text().contains(QStringLiteral("cancelled")),
            qPrintable(app.resultBox()->text()));
}

void TestChecklist::refusedFileIsExplained()
{
    const QString bad = path(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "fincloud-onboard.profile", "formatVersion": 7})");
    file.close();
    Running app(path(QStringLiteral("refusing.sqlite")), *m_language);
    QCOMPARE(outcomeOf(app.menu(), [&] { app.menu()->importFrom(bad); }), false);
    QMessageBox *box = app.resultBox();
    QVERIFY(box);
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QVERIFY2(box->text().contains(QStringLiteral("format version 7")), qPrintable(box->text()));
    QVERIFY(app.session->profiles().value().isEmpty());
}

void TestChecklist::pdfIsWrittenAllOrNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("symlink") << "symlink";
    QTest::newRow("fifo") << "fifo";
    QTest::newRow("directory") << "directory";
    QTest::newRow("device") << "device";
    QTest::newRow("full disk") << "full disk";
}

// QPdfWriter does not look at the results of its writes: the PDF goes through
// OutputFile, which does, and which refuses what is not a file.
void TestChecklist::pdfIsWrittenAllOrNothing()
{
    QFETCH(QString, kind);
    if ((kind == QLatin1String("device") || kind == QLatin1String("full disk"))
        && !SpecialFiles::isRoot())
        QSKIP("a device node (mknod) and a full disk (mount -t tmpfs) need root; CI runs this "
              "test as root");
    QTemporaryDir dir;
    std::optional<SpecialFiles::FullDisk> disk;
    const QString pdf = dir.filePath(QStringLiteral("checklist.pdf"));
    const QString target = dir.filePath(QStringLiteral("target.pdf"));
    const QByteArray older = "%PDF-1.4 an older checklist, byte for byte\n";
    if (kind == QLatin1String("full disk")) {
        disk.emplace(dir.path());
        if (!disk->isMounted())
            QSKIP(qPrintable(
                QStringLiteral("no tmpfs can be mounted here (%1)").arg(disk->problem())));
        QVERIFY(SpecialFiles::writeFile(pdf, older, 0600));
        QVERIFY2(disk->fill(), "the tmpfs did not fill up");
    } else if (kind == QLatin1String("symlink")) {
        QVERIFY(SpecialFiles::writeFile(target, older, 0644));
        QVERIFY(QFile::link(target, pdf));
    } else if (kind == QLatin1String("fifo")) {
        QVERIFY(SpecialFiles::makeFifo(pdf));
    } else if (kind == QLatin1String("directory")) {
        QVERIFY(QDir().mkdir(pdf));
    } else {
        QVERIFY(SpecialFiles::makeNullDevice(pdf));
    }
    const struct stat before = SpecialFiles::statusOf(pdf);

    Result<std::unique_ptr<ProgressStore>> store = ProgressStore::openSqlite(m_database);
    QVERIFY(store);
    const Result<int> pages = ChecklistPdf::write(
        store.value()->loadProfile(1).value(), Now, QTimeZone("Asia/Shanghai"), pdf);
    QVERIFY(!pages);
    QVERIFY2(pages.error().message.contains(QDir::toNativeSeparators(pdf)),
        qPrintable(pages.error().message));

    const struct stat after = SpecialFiles::statusOf(pdf);
    QCOMPARE(after.st_mode, before.st_mode);
    QCOMPARE(after.st_ino, before.st_ino);
    QCOMPARE(after.st_rdev, before.st_rdev);
    if (kind == QLatin1String("full disk")) {
        QVERIFY2(pages.error().message.contains(QStringLiteral("no room left")),
            qPrintable(pages.error().message));
        QCOMPARE(SpecialFiles::contentOf(pdf), older);
    }
    if (kind == QLatin1String("symlink")) {
        QCOMPARE(SpecialFiles::contentOf(target), older);
        QCOMPARE(SpecialFiles::statusOf(target).st_mode & 07777, mode_t(0644));
    }
    const QStringList expected
        = {QStringLiteral("checklist.pdf"), QStringLiteral("target.pdf"), QStringLiteral("filler")};
    QCOMPARE(SpecialFiles::leftovers(dir.path(), expected), QStringList());
}

QTEST_MAIN(TestChecklist)
#include "tst_checklist.moc"
