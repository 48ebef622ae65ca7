// The wizard with a profile from a prefill file: the locked fields are
// read-only and say why (tooltip and accessible description), typing into
// them changes nothing, editable ones stay editable, and another profile has
// no locks. The Help button's menu copies the diagnostics to the clipboard.
#include "HelpMenu.h"
#include "OnboardingWizard.h"
#include "cloud/CloudAccess.h"
#include "core/Clock.h"
#include "i18n/LanguageSwitcher.h"
#include "onboarding/FieldKey.h"
#include "pages/PageId.h"
#include "pages/StepPage.h"
#include "prefill/PrefillApplier.h"
#include "prefill/PrefillFile.h"
#include "session/OnboardingSession.h"
#include "storage/ProgressStore.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QClipboard>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QtTest>

namespace {

const QByteArray Prefill = R"({
  "format": "fincloud-onboard.prefill", "formatVersion": 1,
  "fields": {
    "company.name": {"value": "Example Fintech Ltd", "locked": true},
    "company.credit_code": {"value": "91110108551385082Q", "locked": true},
    "register.email": "cloud-admin@example.com.cn"
  }
})";

QString description(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Description) : QString();
}

} // namespace

class TestLockedFields : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void lockedFieldsAreReadOnly();
    void otherProfileHasNoLocks();
    void helpMenuCopiesDiagnostics();

private:
    // A page's field, whether the page has been visited or not (a page's
    // widgets are built on its first visit).
    QLineEdit *edit(int page, const char *name) const
    {
        QWizardPage *shown = m_wizard->page(page);
        if (auto *step = qobject_cast<StepPage *>(shown))
            step->ensureBuilt();
        return shown->findChild<QLineEdit *>(QLatin1String(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<OnboardingSession> m_session;
    QNetworkAccessManager m_network;
    std::unique_ptr<CloudAccess> m_cloud;
    LanguageSwitcher m_language;
    std::unique_ptr<OnboardingWizard> m_wizard;
    qint64 m_profile = 0;
};

void TestLockedFields::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    m_store = std::move(ProgressStore::openSqlite(m_dir->filePath("p.sqlite"))).value();
    m_session = std::make_unique<OnboardingSession>(*m_store, *m_clock);
    m_language.setLanguage("en");
    const Result<PrefillData> prefill
        = PrefillFile::parse(Prefill, QDate(2026, 11, 2), LanguageSwitcher::available());
    QVERIFY(prefill.ok());
    const Result<PrefillOutcome> applied = PrefillApplier::apply(*m_session, prefill.value());
    QVERIFY(applied.ok());
    m_profile = applied.value().profileId;
    m_cloud = std::make_unique<CloudAccess>(
        m_network, *m_clock, EndpointPolicy(), QProcessEnvironment(), nullptr);
    m_wizard = std::make_unique<OnboardingWizard>(
        *m_session, m_language, [](const QUrl &) { return true; }, *m_cloud);
    m_wizard->show();
    QVERIFY(m_wizard->resumeLastProfile());
}

void TestLockedFields::cleanup()
{
    m_wizard.reset();
    m_cloud.reset();
    m_session.reset();
    m_store.reset();
}

void TestLockedFields::lockedFieldsAreReadOnly()
{
    QLineEdit *company = edit(RealNamePageId, "companyName");
    QLineEdit *creditCode = edit(RealNamePageId, "creditCode");
    QLineEdit *email = edit(RegisterPageId, "email");
    QVERIFY(company && creditCode && email);

    QCOMPARE(creditCode->text(), QStringLiteral("91110108551385082Q"));
    QVERIFY(company->isReadOnly());
    QVERIFY(creditCode->isReadOnly());
    QVERIFY(creditCode->toolTip().contains("administrator"));
    QVERIFY2(
        description(creditCode).contains("administrator"), qPrintable(description(creditCode)));
    QVERIFY(!email->isReadOnly());
    QVERIFY(!email->toolTip().contains("administrator"));
    // A padlock at the end of the field shows it before anyone hovers.
    auto *padlock = creditCode->findChild<QAction *>("lockedMark");
    QVERIFY(padlock && padlock->isVisible() && !padlock->icon().isNull());
    QVERIFY(!email->findChild<QAction *>("lockedMark"));

    // The note follows the language.
    m_language.setLanguage("zh_CN");
    QTRY_VERIFY2(creditCode->toolTip().contains(QStringLiteral("管理员")),
        qPrintable(creditCode->toolTip()));
    QCOMPARE(padlock->toolTip(), creditCode->toolTip());
    m_language.setLanguage("en");
    QTRY_VERIFY(creditCode->toolTip().contains("administrator"));

    // Typing into a locked field changes nothing, anywhere.
    m_wizard->goToPage(RealNamePageId);
    QCOMPARE(m_wizard->currentId(), int(RealNamePageId));
    creditCode->setFocus();
    QTest::keyClicks(creditCode, "X");
    QCOMPARE(creditCode->text(), QStringLiteral("91110108551385082Q"));
    QCOMPARE(
        m_session->profile().field(FieldKey::CreditCode), QStringLiteral("91110108551385082Q"));
}

void TestLockedFields::otherProfileHasNoLocks()
{
    QVERIFY(m_session->create("Another Company Ltd").ok());
    QLineEdit *creditCode = edit(RealNamePageId, "creditCode");
    QVERIFY(creditCode);
    QVERIFY(!creditCode->isReadOnly());
    QVERIFY(creditCode->toolTip().isEmpty());
    // No padlock: none made (the page was built for this profile), or hidden.
    const auto padlock = [creditCode] { return creditCode->findChild<QAction *>("lockedMark"); };
    QVERIFY(!padlock() || !padlock()->isVisible());
    // Back to the prefilled one: locked again, padlock and all.
    QVERIFY(m_session->open(m_profile).ok());
    QVERIFY(creditCode->isReadOnly());
    QVERIFY(padlock() && padlock()->isVisible());
    QVERIFY(creditCode->toolTip().contains("administrator"));
}

void TestLockedFields::helpMenuCopiesDiagnostics()
{
    int asked = 0;
    m_wizard->setDiagnosticsSource([&asked](auto deliver) {
        ++asked;
        deliver(QStringLiteral("fincloud-onboard diagnostics\nschema version: 4\n"));
    });
    QTest::mouseClick(m_wizard->button(QWizard::HelpButton), Qt::LeftButton);
    HelpMenu *menu = m_wizard->helpMenu();
    QTRY_VERIFY(menu->isVisible());
    // The welcome page has no questions and answers of its own.
    QCOMPARE(m_wizard->currentId(), int(WelcomePageId));
    QVERIFY(!menu->faqAction()->isEnabled());
    QVERIFY(menu->diagnosticsAction()->isEnabled());

    menu->diagnosticsAction()->trigger();
    menu->close();
    QCOMPARE(asked, 1);
    QCOMPARE(QGuiApplication::clipboard()->text(),
        QStringLiteral("fincloud-onboard diagnostics\nschema version: 4\n"));
    auto *box = m_wizard->findChild<QMessageBox *>("diagnosticsCopiedBox");
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->detailedText().contains("schema version: 4"));
    box->close();

    // On a step page the questions and answers are offered too.
    m_wizard->goToPage(RegisterPageId);
    QTest::mouseClick(m_wizard->button(QWizard::HelpButton), Qt::LeftButton);
    QTRY_VERIFY(menu->isVisible());
    QVERIFY(menu->faqAction()->isEnabled());
    menu->close();
}

QTEST_MAIN(TestLockedFields)
#include "tst_lockedfields.moc"
