// Each wizard page opened alone (PageHarness) with the sample company
// (SampleProfile: step 1 done, step 2 waiting for the bank deposit, steps 4
// and 5 in progress), in both languages: the page shows the profile, only
// that page is built, and opening it writes nothing to the store.
#include "PageHarness.h"
#include "common/SampleProfile.h"
#include "core/Clock.h"
#include "i18n/LanguageSwitcher.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FlowRules.h"
#include "onboarding/StepText.h"
#include "pages/OnDemandPage.h"
#include "pages/PageId.h"
#include "pages/StepPage.h"
#include "session/OnboardingSession.h"
#include "storage/ProgressStore.h"
#include "widgets/Callout.h"
#include "widgets/FaqPanel.h"
#include "widgets/StatusSelector.h"
#include "widgets/StepSidebar.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString statusShown(PageHarness &harness)
{
    return harness.stepPage()->statusSelector()->combo()->currentData().toString();
}

bool hasChinese(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x4E00; });
}

} // namespace

class TestPageHarness : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void eachPageAloneShowsTheProfile_data();
    void eachPageAloneShowsTheProfile();
    void openingEveryPageWritesNothing();
    void nextIsRefusedWhileThePageMayNotBeLeft();
    void helpOpensTheStepsQuestions();
    void withoutSidebar();
    void regionNamesFollowALanguageSwitch();
    void welcomeSaysWhatLeavesTheComputer();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LanguageSwitcher> m_language;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<OnboardingSession> m_session;
    qint64 m_id = 0;
};

void TestPageHarness::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_language = std::make_unique<LanguageSwitcher>();
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
    m_clock
        = std::make_unique<FixedClock>(SampleProfile::Start.addDays(2), QTimeZone("Asia/Shanghai"));
    m_store
        = std::move(ProgressStore::openSqlite(m_dir->filePath(QStringLiteral("p.sqlite")))).value();
    m_id = SampleProfile::create(*m_store);
    QVERIFY(m_id);
    m_session = std::make_unique<OnboardingSession>(*m_store, *m_clock);
    QVERIFY(m_session->open(m_id));
}

void TestPageHarness::cleanup()
{
    m_session.reset();
    m_store.reset();
    m_language.reset();
}

void TestPageHarness::eachPageAloneShowsTheProfile_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("language");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        for (int page = WelcomePageId; page <= SummaryPageId; ++page)
            QTest::addRow("%d %s", page, qPrintable(language)) << page << language;
    }
}

void TestPageHarness::eachPageAloneShowsTheProfile()
{
    QFETCH(int, page);
    QFETCH(QString, language);
    QVERIFY(m_language->setLanguage(language));
    PageHarnessOptions options;
    options.windowSize = QSize(900, 640);
    PageHarness harness(*m_session, page, *m_language, options);
    const QPixmap picture = harness.screenshot();
    QCOMPARE(picture.size(), options.windowSize * picture.devicePixelRatio());
    QVERIFY(harness.isOnPage());
    QCOMPARE(harness.currentPage(), harness.shownPage());

    // Only this page: the rest of the wizard is stand-ins with nothing in them.
    for (int id : harness.pageIds()) {
        QWizardPage *other = harness.page(id);
        if (id != page)
            QVERIFY2(other->children().isEmpty() && other->title().isEmpty(),
                qPrintable(QString::number(id)));
    }
    QCOMPARE(hasChinese(harness.shownPage()->title()), language == QLatin1String("zh_CN"));
    QCOMPARE(harness.sidebar()->item(StepId::Register)->statusText(),
        StepText::status(StepStatus::Done));

    const QString region = SampleCompany::field(FieldKey::RegionId);
    // The sample's region (cn-shanghai-finance-1) in the page's language only.
    const bool chinese = language == QLatin1String("zh_CN");
    const QString regionName = chinese ? QStringLiteral("华东2金融云（上海）")
                                       : QStringLiteral("East China 2 Finance (Shanghai)");
    const QString otherName
        = chinese ? QStringLiteral("East China 2") : QStringLiteral("华东2金融云");
    const auto namesRegion = [&](const QString &text) {
        return text.contains(regionName) && !text.contains(otherName);
    };
    switch (page) {
    case WelcomePageId: {
        auto *list = harness.find<QListWidget>("profileList");
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->isSelected());
        QVERIFY(list->item(0)->text().startsWith(SampleProfile::company()));
        QVERIFY(harness.nextEnabled());
        break;
    }
    case RegisterPageId:
        QCOMPARE(statusShown(harness), statusKey(StepStatus::Done));
        QCOMPARE(harness.find<QLineEdit>("loginName")->text(),
            SampleCompany::field(FieldKey::LoginName));
        break;
    case RealNamePageId:
        QCOMPARE(statusShown(harness), statusKey(StepStatus::Waiting));
        QCOMPARE(harness.find<QLineEdit>("creditCode")->text(), SampleProfile::creditCode());
        QVERIFY(harness.find<QWidget>("depositBox")->isVisible()); // waiting for the deposit
        QVERIFY(harness.sidebar()->pendingNotice()->isVisible());
        break;
    case CertificationPageId:
        QCOMPARE(statusShown(harness), statusKey(StepStatus::NotStarted));
        QVERIFY(harness.find<Callout>("publicResourcesDanger")->isVisible());
        break;
    case FinanceServicesPageId:
        QCOMPARE(statusShown(harness), statusKey(StepStatus::InProgress));
        QCOMPARE(harness.find<QLineEdit>("invoiceTitle")->text(), SampleProfile::company());
        break;
    case RegionPageId:
        QCOMPARE(statusShown(harness), statusKey(StepStatus::InProgress));
        QCOMPARE(harness.find<QComboBox>("regionChoice")->currentData().toString(), region);
        QCOMPARE(
            harness.find<QLineEdit>("vpcCidr")->text(), SampleCompany::field(FieldKey::VpcCidr));
        QVERIFY2(namesRegion(harness.find<QComboBox>("regionChoice")->currentText()),
            qPrintable(harness.find<QComboBox>("regionChoice")->currentText()));
        QVERIFY(harness.find<QComboBox>("regionChoice")->currentText().contains(region));
        QVERIFY2(namesRegion(harness.find<QLabel>("regionPlan")->text()),
            qPrintable(harness.find<QLabel>("regionPlan")->text()));
        {
            auto *zones = harness.find<QTableWidget>("zoneTableView");
            const QList<QTableWidgetItem *> rows = zones->findItems(region, Qt::MatchExactly);
            QCOMPARE(rows.size(), 1);
            QCOMPARE(zones->item(rows.constFirst()->row(), 0)->text(), regionName);
        }
        break;
    case SummaryPageId: {
        QVERIFY(harness.find<QLabel>("summaryPlan")->text().contains(region));
        QVERIFY2(namesRegion(harness.find<QLabel>("summaryPlan")->text()),
            qPrintable(harness.find<QLabel>("summaryPlan")->text()));
        auto *table = harness.find<QTableWidget>("summaryTable");
        QCOMPARE(table->rowCount(), int(AllSteps.size()));
        QVERIFY(!harness.button(QWizard::NextButton)->isVisible());
        // The sample company still has steps open: Close only, as in the wizard.
        QVERIFY(!FlowRules::allDone(m_session->profile().data()));
        QVERIFY(!harness.button(QWizard::FinishButton)->isVisible());
        QVERIFY(harness.button(QWizard::CancelButton)->isVisible());
        break;
    }
    }
    if (const std::optional<StepId> step = stepForPage(page)) {
        QVERIFY(harness.sidebar()->item(*step)->isCurrent());
        QVERIFY(harness.nextEnabled()); // every value of the sample passes
        QVERIFY(harness.button(QWizard::BackButton)->isEnabled());
    }
}

void TestPageHarness::openingEveryPageWritesNothing()
{
    const ProfileData before = m_store->loadProfile(m_id).value();
    const qsizetype events = m_store->events(m_id).value().size();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QVERIFY(m_language->setLanguage(language));
        for (int page = WelcomePageId; page <= SummaryPageId; ++page) {
            PageHarness harness(*m_session, page, *m_language);
            harness.screenshot();
        }
    }
    QVERIFY(m_session->flushAndWait());
    const ProfileData after = m_store->loadProfile(m_id).value();
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.currentPage, before.currentPage); // no page is remembered as the user's
    QCOMPARE(after.fields, before.fields);
    QCOMPARE(m_store->events(m_id).value().size(), events);
    QCOMPARE(m_session->profile().data().version, before.version);
}

void TestPageHarness::nextIsRefusedWhileThePageMayNotBeLeft()
{
    PageHarness harness(*m_session, RealNamePageId, *m_language);
    harness.show();
    QVERIFY(QTest::qWaitForWindowExposed(&harness));
    QLineEdit *code = harness.find<QLineEdit>("creditCode");
    code->selectAll();
    QTest::keyClicks(code, "9144-03");
    QVERIFY(!harness.nextEnabled());
    QVERIFY(harness.stepPage()->holdBackNotice()->isVisible());
    QVERIFY(harness.find<QLabel>("creditCodeVerdict")->isVisible());
    harness.next();
    QVERIFY(harness.isOnPage());

    code->selectAll();
    QTest::keyClicks(code, SampleProfile::creditCode());
    QVERIFY(harness.nextEnabled());
    QTest::mouseClick(harness.button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(!harness.isOnPage()); // on the stand-in after it
    QCOMPARE(harness.currentId(), int(CertificationPageId));
}

void TestPageHarness::helpOpensTheStepsQuestions()
{
    PageHarness harness(*m_session, CertificationPageId, *m_language);
    harness.show();
    FaqPanel *faq = harness.stepPage()->faq();
    QVERIFY(!faq->isExpanded());
    QTest::mouseClick(harness.button(QWizard::HelpButton), Qt::LeftButton);
    QVERIFY(faq->isExpanded());
}

void TestPageHarness::withoutSidebar()
{
    PageHarnessOptions options;
    options.sidebar = false;
    PageHarness harness(*m_session, RegionPageId, *m_language, options);
    harness.show();
    QVERIFY(!harness.sidebar());
    QVERIFY(!harness.sideWidget());
    QVERIFY(harness.find<QComboBox>("regionChoice")->isVisible());
}

void TestPageHarness::regionNamesFollowALanguageSwitch()
{
    PageHarness harness(*m_session, RegionPageId, *m_language);
    harness.show();
    auto *zones = harness.find<QTableWidget>("zoneTableView");
    auto *choice = harness.find<QComboBox>("regionChoice");
    auto *plan = harness.find<QLabel>("regionPlan");
    const int hangzhou = choice->findData(QStringLiteral("cn-hangzhou-finance"));
    QVERIFY(hangzhou > 0);
    QCOMPARE(zones->item(0, 0)->text(), QStringLiteral("East China 1 Finance (Hangzhou)"));
    QCOMPARE(choice->itemText(hangzhou),
        QStringLiteral("East China 1 Finance (Hangzhou) (cn-hangzhou-finance)"));
    QVERIFY(plan->text().contains(QStringLiteral("East China 2 Finance (Shanghai)")));

    QVERIFY(m_language->setLanguage(QStringLiteral("zh_CN")));
    QCoreApplication::processEvents(); // the language change is an event
    QCOMPARE(zones->item(0, 0)->text(), QStringLiteral("华东1金融云（杭州）"));
    QVERIFY2(choice->itemText(hangzhou).startsWith(QStringLiteral("华东1金融云（杭州）")),
        qPrintable(choice->itemText(hangzhou)));
    QVERIFY(!choice->itemText(hangzhou).contains(QStringLiteral("East China")));
    QVERIFY2(
        plan->text().contains(QStringLiteral("华东2金融云（上海）")), qPrintable(plan->text()));
    QVERIFY(!plan->text().contains(QStringLiteral("East China")));
    // The note on the classic network names the guide's region that had it,
    // in the same language.
    auto *classicOnly = harness.find<Callout>("classicNoLongerOffered");
    QVERIFY(classicOnly->isVisible());
    QVERIFY(classicOnly->text().contains(QStringLiteral("华东1金融云（杭州）")));

    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents(); // the language change is an event
    QCOMPARE(zones->item(0, 0)->text(), QStringLiteral("East China 1 Finance (Hangzhou)"));
    QVERIFY(classicOnly->text().contains(QStringLiteral("East China 1 Finance (Hangzhou)")));
    QVERIFY(!classicOnly->text().contains(QStringLiteral("华东1")));
}

// The promise on the welcome page must hold: the account checks do go online,
// so it says when and to whom, and where the secret is (not) kept.
void TestPageHarness::welcomeSaysWhatLeavesTheComputer()
{
    PageHarness harness(*m_session, WelcomePageId, *m_language);
    auto *privacy = harness.find<QLabel>("welcomePrivacy");
    const QString english = privacy->text();
    QVERIFY2(!english.contains("Nothing is sent anywhere."), qPrintable(english));
    for (const char *promise :
        {"saved in a file on this computer", "unless you start an account check",
            "read-only requests to Alibaba Cloud's API", "signed with your AccessKey",
            "no company data", "keychain", "password is never asked for"})
        QVERIFY2(english.contains(promise), promise);

    QVERIFY(m_language->setLanguage(QStringLiteral("zh_CN")));
    QTRY_VERIFY2(privacy->text().contains(QString("阿里云 API")), qPrintable(privacy->text()));
    QVERIFY2(privacy->text().contains(QString("除非您启动账号检查")), qPrintable(privacy->text()));
    QVERIFY(hasChinese(privacy->text()));
}

QTEST_MAIN(TestPageHarness)
#include "tst_pageharness.moc"
